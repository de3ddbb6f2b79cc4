package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.exchange.ImportReport;
import org.kondens.core.exchange.QdpxReader;
import org.kondens.core.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-qdpx", description = {"Build a new project file from a REFI-QDA project (.qdpx) written by",
    "NVivo, ATLAS.ti, MAXQDA, QualCoder or Kondens. Prints what could not be carried over."})
final class ImportQdpxCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "a .qdpx file")
    Path qdpxFile;

    @Option(names = "--out", required = true, paramLabel = "PROJECT", description = "the new project file (must not exist)")
    Path projectFile;

    @Option(names = "--language", paramLabel = "nb|nn|en", description = "the project language when the file is not from Kondens (default nb)")
    String language = "nb";

    @Option(names = "--group-level", paramLabel = "N", description = "which level of the file's code tree becomes code groups "
            + "(default 1, the top; the level below becomes subgroups, deeper codes are kept on the meaning units)")
    int groupLevel = 1;

    @Override
    public Integer call() {
        Language lang;
        try {
            lang = Language.fromCode(language);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (groupLevel < 1) {
            throw usage("--group-level is 1 or more (1 = the top of the code tree).");
        }
        ImportReport r = QdpxReader.importProject(qdpxFile, projectFile, lang, groupLevel);
        printer().result("Created " + projectFile + " from " + String.join("\n", r.lines()),
                Printer.obj("file", projectFile.toString(), "source", r.file(), "fromKondens", r.fromKondens(),
                        "transcripts", r.transcripts(), "informants", r.informants(), "codeGroups", r.codeGroups(),
                        "subgroups", r.subgroups(), "meaningUnits", r.meaningUnits(), "quotes", r.quotes(), "notes", r.notes(),
                        "notices", r.notices(), "notCarried", r.notCarried()));
        return 0;
    }
}
