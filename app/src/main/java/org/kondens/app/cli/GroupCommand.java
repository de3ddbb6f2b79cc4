package org.kondens.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "group", description = "Step 2: code groups.", subcommands = {GroupCommand.Add.class, GroupCommand.Rename.class})
final class GroupCommand {

    @Command(name = "add", description = "Add a code group, optionally grown from preliminary themes.")
    static final class Add extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Option(names = "--from-theme", paramLabel = "NAME", description = "a theme it grew from (repeatable)")
        List<String> themes = new ArrayList<>();

        @Option(names = "--color", paramLabel = "#RRGGBB")
        String color;

        @Override
        int run(StcProject project, Printer out) {
            List<UUID> from = themes.stream().map(t -> project.findTheme(t).id()).toList();
            CodeGroup g = project.addCodeGroup(name, color, from);
            out.result("Added code group '" + g.workingName() + "' " + g.color() + " (" + Printer.shortId(g.id()) + ")", g);
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a code group: its working name, or (step 4) its final name.")
    static final class Rename extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "GROUP")
        String group;

        static final class NewName {
            @Option(names = "--final", paramLabel = "FINAL", required = true, description = "the final result-category name (\"\" removes it)")
            String finalName;

            @Option(names = "--working", paramLabel = "NEW", required = true, description = "a new working name")
            String working;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        NewName newName;

        @Override
        int run(StcProject project, Printer out) {
            CodeGroup g = project.findCodeGroup(group);
            if (newName.working != null) {
                project.renameCodeGroup(g.id(), newName.working);
            } else {
                project.setFinalName(g.id(), newName.finalName);
            }
            CodeGroup after = project.findCodeGroup(g.id().toString());
            out.result("Code group '" + after.workingName() + "'" + (after.finalName() == null ? "" : " → final name '"
                    + after.finalName() + "'"), after);
            return 0;
        }
    }
}
