package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.exchange.QdcReader;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-qdc", description = {"Add the code groups, subgroups, descriptions and colours of a REFI-QDA",
    "codebook (.qdc, as Taguette and ATLAS.ti export it) to a project, as one undo step.",
    "A code group already there is merged into; what was adapted is printed."})
final class ImportQdcCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "FILE.qdc", description = "a REFI-QDA codebook")
    Path codebook;

    @Override
    int run(StcProject project, Printer out) {
        QdcReader.Report r = project.importCodebook(codebook);
        out.result(String.join("\n", r.lines()), Printer.obj("source", r.file(), "codeGroups", r.codeGroups(),
                "subgroups", r.subgroups(), "notices", r.notices()));
        return 0;
    }
}
