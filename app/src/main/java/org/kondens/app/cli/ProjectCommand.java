package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command on an existing project: the project path comes first; {@code --json} for machine output. */
abstract class ProjectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.kondens)")
    Path projectFile;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        try (StcProject project = StcProject.open(projectFile)) {
            return run(project, new Printer(spec.commandLine().getOut(), json));
        }
    }

    abstract int run(StcProject project, Printer out);
}
