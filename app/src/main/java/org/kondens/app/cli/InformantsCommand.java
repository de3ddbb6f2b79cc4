package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.kondens.core.importer.InformantRow;
import org.kondens.core.importer.InformantTable;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "informants", description = "Informants and their attributes.", subcommands = InformantsCommand.Import.class)
final class InformantsCommand {

    @Command(name = "import", description = "Add or update informants from a CSV table: first column the label, "
            + "other columns attributes (header row names them; comma or semicolon separated).")
    static final class Import extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "FILE.csv")
        Path table;

        @Override
        int run(StcProject project, Printer out) {
            List<InformantRow> rows = InformantTable.read(table);
            int added = project.importInformants(rows);
            out.result(rows.size() + " informants from " + table.getFileName() + ": " + added + " new, "
                    + (rows.size() - added) + " updated.", Printer.obj("informants", rows.size(), "added", added));
            return 0;
        }
    }
}
