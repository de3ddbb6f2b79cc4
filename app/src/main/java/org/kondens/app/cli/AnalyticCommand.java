package org.kondens.app.cli;

import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analytic", description = "Step 4: write the analytic text of a subgroup, or the introduction of a code group.")
final class AnalyticCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "GROUP")
    String group;

    @Parameters(index = "2", arity = "0..1", paramLabel = "SUBGROUP")
    String subgroup;

    @Option(names = "--text", required = true, paramLabel = "T")
    String text;

    @Override
    int run(StcProject project, Printer out) {
        CodeGroup g = project.findCodeGroup(group);
        if (subgroup == null) {
            project.setGroupAnalyticText(g.id(), text);
            out.result("Analytic text of code group '" + g.workingName() + "' saved.", project.findCodeGroup(g.id().toString()));
        } else {
            Subgroup s = project.findSubgroup(g.id(), subgroup);
            project.setAnalyticText(s.id(), text);
            out.result("Analytic text of '" + s.name() + "' saved.", project.findSubgroup(g.id(), s.id().toString()));
        }
        return 0;
    }
}
