package org.kondens.app.cli;

import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "condense", description = "Step 3: write the condensate (first-person artificial quotation) of a subgroup.")
final class CondenseCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "GROUP")
    String group;

    @Parameters(index = "2", paramLabel = "SUBGROUP")
    String subgroup;

    @Option(names = "--text", required = true, paramLabel = "T")
    String text;

    @Override
    int run(StcProject project, Printer out) {
        CodeGroup g = project.findCodeGroup(group);
        Subgroup s = project.findSubgroup(g.id(), subgroup);
        project.setCondensate(s.id(), text, null);
        out.result("Condensate of '" + s.name() + "' saved (" + text.length() + " characters).", project.findSubgroup(g.id(), s.id().toString()));
        return 0;
    }
}
