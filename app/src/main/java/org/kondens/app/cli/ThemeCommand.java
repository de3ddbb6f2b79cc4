package org.kondens.app.cli;

import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "theme", description = "Step 1: preliminary themes.", subcommands = ThemeCommand.Add.class)
final class ThemeCommand {

    @Command(name = "add", description = "Add a preliminary theme.")
    static final class Add extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Option(names = "--description", paramLabel = "D")
        String description;

        @Override
        int run(StcProject project, Printer out) {
            PreliminaryTheme t = project.addTheme(name, description);
            out.result("Added theme '" + t.name() + "' (" + Printer.shortId(t.id()) + ")", t);
            return 0;
        }
    }
}
