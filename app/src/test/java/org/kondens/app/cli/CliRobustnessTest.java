package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.SmallDisk;
import org.kondens.app.Launcher;

/**
 * What a student meets when something goes wrong: one line naming the file and the problem,
 * never a stack trace, never the project replaced; the details in the error log.
 */
class CliRobustnessTest {

    @TempDir
    Path dir;
    Path cache;
    String p;

    @BeforeEach
    void studyWithOneInterview() throws IOException {
        cache = dir.resolve("cache");
        System.setProperty("kondens.cache", cache.toString());
        p = dir.resolve("studie.kondens").toString();
        Path txt = Files.writeString(dir.resolve("intervju.txt"), "I: Og boligen?\nEK1: Jeg fikk nøkkel selv.\n"
                + "I: Hva med boligen nå?\nEK1: Nøkkel og bolig, endelig.\n");
        ok("new", p, "--title", "Ettervern");
        ok("import", p, txt.toString());
    }

    @AfterEach
    void defaultCache() {
        System.clearProperty("kondens.cache");
    }

    /** stderr as lines. */
    private static List<String> lines(CliTest.Result r) {
        return r.err().lines().toList();
    }

    @Test
    void exportOverTheProjectIsRefusedAndTheProjectStays() throws Exception {
        // Before: exit 0, and studie.kondens was the CSV.
        CliTest.Result r = kondens("export", p, "--format", "matrix-csv", "--out", p);
        assertEquals(1, r.code());
        assertEquals(List.of("kondens: Cannot save studie.kondens: an export is never saved as a .kondens file, the file type of "
                + "Kondens projects; choose another file name."), lines(r));
        assertEquals(1, ok("info", p, "--json").json().at("/material/transcripts").asInt(), "still the project");
        byte[] head = new byte[16];
        try (var in = Files.newInputStream(Path.of(p))) {
            in.readNBytes(head, 0, 16);
        }
        assertEquals("SQLite format 3\0", new String(head, StandardCharsets.US_ASCII));
    }

    @Test
    void exportFailuresNameTheFileAndTheReason() throws Exception {
        Path table = Files.writeString(dir.resolve("matrise.csv"), "kept");
        Files.setPosixFilePermissions(table, PosixFilePermissions.fromString("r--r--r--"));
        CliTest.Result readOnly = kondens("export", p, "--format", "matrix-csv", "--out", table.toString());
        assertEquals(1, readOnly.code());
        assertEquals(List.of("kondens: Cannot save matrise.csv: the file is read-only, so Kondens does not replace it; "
                + "choose another file name or make the file writable."), lines(readOnly));
        assertEquals("kept", Files.readString(table));

        CliTest.Result folder = kondens("export", p, "--format", "json", "--out", dir.toString());
        assertEquals(List.of("kondens: Cannot save " + dir.getFileName() + ": that is a folder; give a file name."), lines(folder));

        try (SmallDisk disk = SmallDisk.mount(dir.resolve("liten"), 64, false)) {
            Path small = disk.folder();
            disk.fill();
            CliTest.Result full = kondens("export", p, "--format", "units-csv", "--out", small.resolve("enheter.csv").toString());
            assertEquals(1, full.code());
            assertEquals(List.of("kondens: Cannot save enheter.csv: the disk is full."), lines(full));
        }
    }

    @Test
    void aDamagedProjectIsOneLineNamingItsBackupWithTheDetailsInTheLog() throws IOException {
        damageTheTranscriptTable();
        // Before: "kondens: unexpected error: org.kondens.core.store.StoreException: …" and 40 lines of stack trace.
        CliTest.Result r = kondens("info", p);
        assertEquals(1, r.code());
        Path log = cache.resolve("kondens.log");
        assertEquals(1, lines(r).size(), r.err());
        assertTrue(lines(r).get(0).startsWith("kondens: " + p + " is damaged. The newest good backup is studie-"), r.err());
        assertTrue(lines(r).get(0).contains("restore it with: kondens restore " + p + " --from studie-"), r.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
        String details = Files.readString(log);
        assertTrue(details.contains("kondens info " + Path.of(p).toAbsolutePath()), details);
        assertTrue(details.contains("SQLITE_CORRUPT"), details);

        CliTest.Result debug = kondens("info", p, "--debug");
        assertEquals(1, debug.code());
        assertEquals(lines(r).get(0), lines(debug).get(0));
        assertTrue(lines(debug).size() > 10 && lines(debug).get(1).contains("KondensException"), "--debug adds the trace: " + debug.err());
        assertEquals(1, kondens("--debug", "info", p).code(), "--debug also before the command");
    }

    /** A page of the project that is read only after opening (the transcripts) gets an impossible page type. */
    private void damageTheTranscriptTable() throws IOException {
        String rootPage;
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p)) {
            var rs = db.createStatement().executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'transcript'");
            rs.next();
            rootPage = rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        byte[] file = Files.readAllBytes(Path.of(p));
        int pageSize = ((file[16] & 0xff) << 8) | (file[17] & 0xff);
        file[(Integer.parseInt(rootPage) - 1) * pageSize] = (byte) 0x99;
        Files.write(Path.of(p), file);
    }

    @Test
    void searchQueriesBeyondAnyRealOneAreRefusedInOneLine() {
        String cacheDir = dir.resolve("index").toString();
        // Before: Lucene's TooManyClauses with its stack trace; a StackOverflowError out of main.
        CliTest.Result words = kondens("search", p, "bolig ".repeat(20_000), "--cache", cacheDir);
        assertEquals(1, words.code());
        assertEquals("kondens: The query is too long (20,000 words; at most 1,000).", lines(words).get(lines(words).size() - 1));
        CliTest.Result nested = kondens("search", p, "(".repeat(5_000) + "bolig" + ")".repeat(5_000), "--cache", cacheDir);
        assertEquals(1, nested.code());
        assertEquals("kondens: The query nests brackets too deeply (at most 100).", lines(nested).get(lines(nested).size() - 1));
    }

    @Test
    void aQueryMayStartWithADash() throws Exception {
        String cacheDir = dir.resolve("index").toString();
        // Before: exit 2, "Unknown option: '-bolig'" / "Missing required parameter: 'QUERY'".
        JsonNode keyNotHome = ok("search", p, "-bolig nøkkel", "--json", "--cache", cacheDir).json();
        assertEquals(1, keyNotHome.get("passages").asInt(), "only the turn with nøkkel and without bolig");
        assertEquals("nøkkel", keyNotHome.at("/hits/0/match").asText());
        CliTest.Result onlyNot = kondens("search", p, "-bolig", "--cache", cacheDir);
        assertEquals(1, onlyNot.code(), "the query's own answer, not a usage error");
        assertTrue(onlyNot.err().contains("not only what to leave out: -bolig"), onlyNot.err());
        assertEquals(3, ok("search", p, "--json", "--cache", cacheDir, "--", "bolig").json().get("passages").asInt());
    }

    @Test
    void anAtSignIsPartOfTheNameNeverAFileToReadIn() throws Exception {
        Files.writeString(dir.resolve("notater"), "Hemmelig");
        String at = "@" + dir.resolve("notater");
        // Before: picocli read the file and made a theme named "Hemmelig".
        assertEquals("Added theme '" + at + "'", ok("theme", "add", p, at).out().strip().replaceFirst(" \\(\\w+\\)$", ""));
        CliTest.Result twice = kondens("theme", "add", p, "Hemmelig");
        assertEquals(0, twice.code(), "no theme was made from the file's text");
    }

    @Test
    void aNameWithALineBreakIsRefusedSayingWhy() {
        CliTest.Result r = kondens("group", "add", p, "Likeverd\nog respekt");
        assertEquals(1, r.code());
        assertEquals(List.of("kondens: A code group name cannot contain a line break."), lines(r));
    }

    @Test
    void aDamagedPdfIsOneLineOnStderrAndItsLibraryMessagesGoToTheLog() throws Exception {
        Path pdf = Files.writeString(dir.resolve("skadet.pdf"), """
                %PDF-1.4
                1 0 obj
                << /Type /Catalog /Pages 2 0 R >>
                endobj
                2 0 obj
                << /Type /Pages /Kids [3 0 R] /Count > >>
                endobj
                3 0 obj
                << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>
                endobj
                trailer
                << /Root 1 0 R >>
                %%EOF
                """);
        // As a user runs it: a JVM of its own through the jar's entry point. Before: 39 lines of PDFBox's log.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", // as the jar's manifest says
                "-cp", productClassPath(), Launcher.class.getName(), "import", p, pdf.toString());
        pb.environment().put("KONDENS_CACHE", cache.toString());
        Path err = dir.resolve("stderr.txt");
        Process process = pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(1, process.waitFor());
        List<String> stderr = Files.readAllLines(err);
        assertEquals(1, stderr.size(), String.join("\n", stderr));
        assertTrue(stderr.get(0).startsWith("✗ skadet.pdf: the PDF is damaged or unreadable"), stderr.get(0));
        assertTrue(Files.readString(cache.resolve("kondens.log")).contains("org.apache.pdfbox"), "PDFBox's own words are in the log");
    }

    /**
     * The test class path without SLF4J, which only ArchUnit brings (the jar has none): with it,
     * sqlite-jdbc would log through SLF4J and SLF4J would print its own "no providers" warning.
     */
    private static String productClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
