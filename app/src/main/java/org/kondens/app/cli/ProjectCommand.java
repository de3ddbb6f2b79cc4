package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Parameters;

/**
 * A command on an existing project: the project path comes first. Commands that only read
 * ({@link #readsOnly()}) open the file read-only, so they never change a byte of it and work on
 * a write-protected file or a full disk. What the open has to say (read-only, no backup made,
 * damaged) is printed once, as one line each, on stderr.
 */
abstract class ProjectCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.kondens)")
    Path projectFile;

    @Override
    public final Integer call() {
        try (StcProject project = readsOnly() ? StcProject.openReadOnly(projectFile) : StcProject.open(projectFile)) {
            var err = spec.commandLine().getErr();
            project.warnings().forEach(w -> err.println("kondens: " + w));
            err.flush();
            return run(project, printer());
        }
    }

    /** True for commands that never change the project. */
    boolean readsOnly() {
        return false;
    }

    abstract int run(StcProject project, Printer out);
}
