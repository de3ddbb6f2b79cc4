package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.sample.SampleStudy;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sample-project", description = "Build the sample project from the fictional study that comes with Kondens.")
final class SampleProjectCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the new project file (must not exist)")
    Path out;

    @Option(names = "--study", paramLabel = "DIR", description = "build from this study folder instead (a copy of samples/study)")
    Path study;

    @Override
    public Integer call() {
        if (study == null) {
            SampleStudy.build(out);
        } else {
            SampleStudy.build(study, out);
        }
        try (StcProject p = StcProject.open(out)) {
            var s = p.snapshot();
            printer().result("Built " + out + ": " + s.transcripts().size() + " transcripts, " + s.themes().size() + " themes, "
                    + s.codeGroups().size() + " code groups, " + s.meaningUnits().size() + " meaning units.",
                    Printer.obj("file", out.toString(), "transcripts", s.transcripts().size(), "meaningUnits", s.meaningUnits().size()));
        }
        return 0;
    }
}
