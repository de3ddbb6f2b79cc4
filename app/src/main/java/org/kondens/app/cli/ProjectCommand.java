package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Parameters;

/** A command on an existing project: the project path comes first. */
abstract class ProjectCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.kondens)")
    Path projectFile;

    @Override
    public final Integer call() {
        try (StcProject project = StcProject.open(projectFile)) {
            return run(project, printer());
        }
    }

    abstract int run(StcProject project, Printer out);
}
