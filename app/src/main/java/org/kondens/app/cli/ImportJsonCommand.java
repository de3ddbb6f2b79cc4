package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kondens.core.export.ProjectJson;
import org.kondens.core.model.Project;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-json", description = "Build a new project file from a JSON export.")
final class ImportJsonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a JSON file written by kondens export --format json")
    Path jsonFile;

    @Option(names = "--out", required = true, paramLabel = "PROJECT", description = "the new project file (must not exist)")
    Path projectFile;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProjectJson.restore(jsonFile, projectFile);
        try (StcProject p = StcProject.open(projectFile)) {
            Project project = p.project();
            new Printer(spec.commandLine().getOut(), json).result("Created " + projectFile + " from " + jsonFile.getFileName()
                    + " (" + project.title() + ")", Printer.obj("file", projectFile.toString(), "id", project.id(), "title", project.title()));
        }
        return 0;
    }
}
