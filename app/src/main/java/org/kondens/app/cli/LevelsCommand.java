package org.kondens.app.cli;

import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "levels", description = {"Name the two analysis levels, as exports print them:",
    "e.g. Kodegruppe Subgruppe, Tema Subtema, Hovedtema Undertema, \"Code group\" Subgroup. \"\" \"\" restores the default."})
final class LevelsCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "GROUP_LEVEL")
    String group;

    @Parameters(index = "2", paramLabel = "SUBGROUP_LEVEL")
    String subgroup;

    @Override
    int run(StcProject project, Printer out) {
        project.setLevelNames(group, subgroup);
        var p = project.snapshot().project();
        out.result("Levels: " + (p.groupLevelName() == null ? "(default)" : p.groupLevelName()) + " / "
                + (p.subgroupLevelName() == null ? "(default)" : p.subgroupLevelName()),
                Printer.obj("groupLevel", p.groupLevelName(), "subgroupLevel", p.subgroupLevelName()));
        return 0;
    }
}
