package org.kondens.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.model.Informant;
import org.kondens.core.stc.StcProject;

class InformantTableTest {

    @TempDir
    Path dir;

    @Test
    void norwegianExcelWithSemicolonsAndWindows1252() throws Exception {
        String csv = "Informant;Alder;Yrke;Kjønn\r\nEK1;30–39;Sykepleier;kvinne\r\nEK2;50–59;\"Vernepleier; leder\";mann\r\n";
        Path file = Files.write(dir.resolve("informanter.csv"), csv.replace("–", "-").getBytes(Charset.forName("windows-1252")));
        List<InformantRow> rows = InformantTable.read(file);
        assertEquals(List.of(new InformantRow("EK1", Map.of("Alder", "30-39", "Yrke", "Sykepleier", "Kjønn", "kvinne")),
                new InformantRow("EK2", Map.of("Alder", "50-59", "Yrke", "Vernepleier; leder", "Kjønn", "mann"))), rows);
        assertEquals(List.of("Alder", "Yrke", "Kjønn"), List.copyOf(rows.get(0).attributes().keySet()), "column order kept");
    }

    @Test
    void commasQuotesAndLineBreaksInCells() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "label,note\nKari,\"Sa \"\"ja\"\",\nså nei\"\n\n");
        assertEquals(List.of(new InformantRow("Kari", Map.of("note", "Sa \"ja\",\nså nei"))), InformantTable.read(file));
    }

    @Test
    void badTablesNameTheProblem() throws Exception {
        assertMessage(Files.writeString(dir.resolve("tom.csv"), "Informant;Alder\n"), "header row and at least one");
        assertMessage(Files.writeString(dir.resolve("hull.csv"), "Informant;Alder\n;40\n"), "row 2 has no informant label");
        assertMessage(Files.writeString(dir.resolve("lang.csv"), "Informant;Alder\nEK1;40;x\n"), "row 2 has 3 cells");
        assertMessage(Files.writeString(dir.resolve("åpen.csv"), "Informant;Alder\nEK1;\"40\n"), "never closed");
        assertMessage(Files.writeString(dir.resolve("navnløs.csv"), "Informant;;Yrke\nEK1;1;2\n"), "column 2 has no name");
    }

    private static void assertMessage(Path file, String part) {
        KondensException e = assertThrows(KondensException.class, () -> InformantTable.read(file));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": ") && e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void importingAddsNewInformantsUpdatesKnownOnesAndIsOneUndoStep() throws Exception {
        try (StcProject p = TestProjects.newProject(dir)) {
            TestProjects.importInterview(p, dir); // creates informant EK1
            Path file = Files.writeString(dir.resolve("i.csv"), "Informant;Alder;Yrke\nek1;30–39;\nEK2;40–49;Lærer\n");
            int added = TestProjects.assertUndoable(p, "Import informants", () -> p.importInformants(InformantTable.read(file)));
            assertEquals(1, added);
            List<Informant> informants = p.snapshot().informants();
            assertEquals(List.of("EK1", "EK2"), informants.stream().map(Informant::label).toList());
            assertEquals(Map.of("Alder", "30–39"), informants.get(0).attributes(), "a blank cell sets nothing");
            assertEquals(Map.of("Alder", "40–49", "Yrke", "Lærer"), informants.get(1).attributes());
        }
    }
}
