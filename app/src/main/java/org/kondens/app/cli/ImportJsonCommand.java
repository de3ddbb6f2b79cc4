package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.export.ProjectJson;
import org.kondens.core.model.Project;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-json", description = "Build a new project file from a JSON export.")
final class ImportJsonCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "a JSON file written by kondens export --format json")
    Path jsonFile;

    @Option(names = "--out", required = true, paramLabel = "PROJECT", description = "the new project file (must not exist)")
    Path projectFile;

    @Override
    public Integer call() {
        ProjectJson.restore(jsonFile, projectFile);
        try (StcProject p = StcProject.open(projectFile)) {
            Project project = p.project();
            printer().result("Created " + projectFile + " from " + jsonFile.getFileName()
                    + " (" + project.title() + ")", Printer.obj("file", projectFile.toString(), "id", project.id(), "title", project.title()));
        }
        return 0;
    }
}
