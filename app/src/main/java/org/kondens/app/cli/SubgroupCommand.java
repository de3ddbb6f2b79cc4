package org.kondens.app.cli;

import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "subgroup", description = "Step 3: subgroups of a code group.", subcommands = SubgroupCommand.Add.class)
final class SubgroupCommand {

    @Command(name = "add", description = "Add a subgroup to a code group.")
    static final class Add extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "GROUP")
        String group;

        @Parameters(index = "2", paramLabel = "NAME")
        String name;

        @Override
        int run(StcProject project, Printer out) {
            CodeGroup g = project.findCodeGroup(group);
            Subgroup s = project.addSubgroup(g.id(), name);
            out.result("Added subgroup '" + s.name() + "' to '" + g.workingName() + "' (" + Printer.shortId(s.id()) + ")", s);
            return 0;
        }
    }
}
