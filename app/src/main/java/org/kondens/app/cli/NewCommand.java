package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.model.Language;
import org.kondens.core.model.Project;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", description = "Create a new, empty project file.")
final class NewCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the new project file, e.g. study.kondens")
    Path projectFile;

    @Option(names = "--title", required = true, description = "the project's title")
    String title;

    @Option(names = "--language", defaultValue = "nb", description = "nb, nn or en (default: ${DEFAULT-VALUE})")
    String language;

    @Override
    public Integer call() {
        Language lang;
        try {
            lang = Language.fromCode(language);
        } catch (IllegalArgumentException e) {
            throw usage("--language: " + e.getMessage());
        }
        try (StcProject p = StcProject.create(projectFile, title, lang)) {
            Project project = p.project();
            printer().result("Created " + projectFile + " (" + project.title() + ", "
                    + lang.displayName() + ")", Printer.obj("file", projectFile.toString(), "id", project.id(), "title", project.title(),
                    "language", lang.code()));
        }
        return 0;
    }
}
