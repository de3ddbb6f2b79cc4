package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.store.Backups;

/** The project file through the command line: reading never writes, write-protection, restore. */
class DataSafetyCliTest {

    @TempDir
    Path dir;
    Path project;
    String p;

    @BeforeEach
    void study() throws Exception {
        project = dir.resolve("studie.kondens");
        p = project.toString();
        Path txt = Files.write(dir.resolve("intervju.txt"),
                "I: Hva hjalp?\nEK1: Å få bolig 😀 og nøkkel.\n".getBytes(StandardCharsets.UTF_8));
        ok("new", p, "--title", "Ettervern");
        ok("import", p, txt.toString());
        ok("group", "add", p, "Bolig");
        ok("mu", "add", p, "--transcript", "intervju", "--quote", "Å få bolig 😀 og nøkkel.", "--group", "Bolig");
    }

    @Test
    void commandsThatReadLeaveTheProjectFileUntouched() throws Exception {
        FileTime time = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(project, time);
        String hash = sha256(project);
        ok("info", p);
        ok("search", p, "bolig");
        ok("mu", "list", p);
        ok("history", p);
        ok("export", p, "--format", "units-csv", "--out", dir.resolve("enheter.csv").toString());
        ok("export", p, "--format", "json", "--out", dir.resolve("alt.json").toString());
        assertEquals(hash, sha256(project), "not a byte of the project changed");
        assertEquals(time, Files.getLastModifiedTime(project), "nor its time");
    }

    @Test
    void aWriteProtectedProjectCanBeReadAndExportedButNotChanged() throws Exception {
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--------"));
        String hash = sha256(project);
        CliTest.Result info = ok("info", p);
        assertTrue(info.out().contains("Ettervern"), info.out());
        ok("export", p, "--format", "findings-docx", "--out", dir.resolve("funn.docx").toString());

        CliTest.Result edit = kondens("theme", "add", p, "Ny");
        assertEquals(1, edit.code());
        assertEquals(2, edit.err().lines().count(), edit.err());
        assertTrue(edit.err().startsWith("kondens: studie.kondens is read-only (the file is write-protected)"), edit.err());
        assertEquals("kondens: " + p + " is open read-only (the file is write-protected); the change was not saved.",
                edit.err().lines().toList().get(1));
        assertFalse(edit.err().contains("\tat "), "no stack trace");
        assertEquals(hash, sha256(project));
    }

    @Test
    void aWriteProtectedProjectTakesNoReviewCommentsAndSaysSoInOneLine() throws Exception {
        Path review = dir.resolve("runde1.docx");
        ok("export", p, "--format", "review-docx", "--out", review.toString(), "--reviewer", "Kari");
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--------"));
        String hash = sha256(project);
        for (String[] args : List.of(new String[] {"comment", "add", p, "--text", "Hei"},
                new String[] {"export", p, "--format", "review-docx", "--out", dir.resolve("runde2.docx").toString(), "--reviewer", "Kari"})) {
            CliTest.Result r = kondens(args);
            assertEquals(1, r.code(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.err().contains("read-only"), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
            assertTrue(r.err().lines().allMatch(l -> l.startsWith("kondens: ")), r.err());
        }
        assertFalse(Files.exists(dir.resolve("runde2.docx")), "no review document for a round that cannot be recorded");
        // The document back with nothing new needs no write: it says so, and that the project is read-only.
        CliTest.Result back = kondens("review", "import", p, review.toString());
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("no new comments") && back.err().startsWith("kondens: studie.kondens is read-only"), back.err());
        assertEquals(hash, sha256(project), "not a byte of the project changed");
    }

    @Test
    void restoreListsTheBackupsAndPutsOneInPlace() throws Exception {
        // A backup is made when a project is opened to change it, at most every ten minutes:
        // start from none, so the next change backs up the study as set up above.
        for (Path b : Backups.list(project)) {
            Files.delete(b);
        }
        ok("theme", "add", p, "Etter backupen");
        assertEquals(1, Backups.list(project).size());
        ok("theme", "add", p, "Enda senere");
        String backup = Backups.list(project).get(0).getFileName().toString();

        CliTest.Result list = ok("restore", p);
        assertTrue(list.out().contains(backup + "  1 transcripts, 1 meaning units, 1 code groups"), list.out());

        CliTest.Result restored = ok("restore", p, "--from", backup);
        assertTrue(restored.out().startsWith("Restored " + p + " from " + backup + ". The file it replaced is kept as "),
                restored.out());
        var info = ok("info", p, "--json").json();
        assertEquals(0, info.get("step1").get("preliminaryThemes").asInt(), "the project is the backup again: no themes");
        assertEquals(1, info.get("step2").get("meaningUnits").asInt(), "and the meaning unit it had");

        CliTest.Result missing = kondens("restore", p, "--from", "finnes-ikke.kondens");
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
