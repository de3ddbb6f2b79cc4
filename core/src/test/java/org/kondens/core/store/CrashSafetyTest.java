package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * A project survives its process being killed: every edit reported as done is on disk, and the
 * file is sound. The lock is held across processes, so a second process cannot open it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrashSafetyTest {

    private static final String EOF = "\u0000eof";

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What the child JVM runs: {@code edit FILE} or {@code probe FILE}. */
    public static final class Child {

        public static void main(String[] args) {
            Path file = Path.of(args[1]);
            ProjectDatabase.OpenOptions noBackup = new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.systemUTC());
            if (args[0].equals("probe")) {
                try (StcProject p = StcProject.open(file, noBackup)) {
                    System.out.println("opened " + p.project().title());
                } catch (KondensException e) {
                    System.out.println("refused " + e.getMessage());
                }
                System.out.flush();
                return;
            }
            if (args[0].equals("backup")) {
                backupLoop(file);
                return;
            }
            if (args[0].equals("import")) {
                importLoop(file);
                return;
            }
            watchParent();
            StcProject p = StcProject.open(file, noBackup);
            System.out.println("open");
            System.out.flush();
            for (int i = 1; i <= 5000; i++) {
                p.addTheme("Tema " + i, "Skrevet av prosess " + ProcessHandle.current().pid());
                System.out.println("done " + i);
                System.out.flush();
            }
            // Never closes: the parent kills us.
            Runtime.getRuntime().halt(4);
        }

        /** Opens the project again and again, each open a day later, so each makes a backup. */
        private static void backupLoop(Path file) {
            watchParent();
            java.time.Instant t = java.time.Instant.parse("2030-01-01T00:00:00Z");
            for (int i = 1; i <= 100_000; i++) {
                Clock day = Clock.fixed(t.plus(Duration.ofDays(i)), java.time.ZoneOffset.UTC);
                StcProject.open(file, new ProjectDatabase.OpenOptions(true, Duration.ofMinutes(1), day)).close();
                System.out.println("done " + i);
                System.out.flush();
            }
            Runtime.getRuntime().halt(4);
        }

        /** Imports one long transcript after another. */
        private static void importLoop(Path file) {
            watchParent();
            StcProject p = StcProject.open(file, new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.systemUTC()));
            System.out.println("open");
            System.out.flush();
            for (int i = 1; i <= 10_000; i++) {
                p.importTranscript(interviewFile(file.resolveSibling("intervju-" + i + ".txt"), i), java.util.List.of());
                System.out.println("done " + i);
                System.out.flush();
            }
            Runtime.getRuntime().halt(4);
        }

        /** Stop when the parent goes away (its end of our stdin closes), so no child outlives a test run. */
        private static void watchParent() {
            Thread watchdog = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // keep waiting
                    }
                } catch (IOException ignored) {
                    // parent gone
                }
                Runtime.getRuntime().halt(3);
            });
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    static org.kondens.core.importer.ImportedTranscript interviewFile(Path txt, int n) {
        return org.kondens.core.importer.TranscriptFiles.read(TestProjects.writeUtf8(txt, longInterview(n)));
    }

    /** About 300 KB of interview: I and EK turns, æøå and an emoji, numbered so each text is new. */
    static String longInterview(int n) {
        StringBuilder b = new StringBuilder();
        for (int turn = 0; turn < 1500; turn++) {
            b.append(turn % 2 == 0 ? "I: Spørsmål " : "EK1: Svar ").append(n).append('.').append(turn)
                    .append(" om bolig, nøkkel og hverdag 😀 – det ble bedre etter hvert, sa hun.\n");
        }
        return b.toString();
    }

    @Test
    void killingTheWriterLosesNoCommittedEditAndLeavesASoundFile() throws Exception {
        Path file = newProjectFile();
        Path log = dir.resolve("child-edit.err");
        Process child = start("edit", file, log);
        BlockingQueue<String> lines = lines(child);

        awaitLine(lines, "open", child, log);
        int reported = 0;
        while (reported < 20) {
            reported = Math.max(reported, done(awaitLine(lines, "done ", child, log)));
        }

        // While the child holds it, this process gets the clear error, and no backup is made.
        KondensException e = assertThrows(KondensException.class, () -> StcProject.open(file,
                new ProjectDatabase.OpenOptions(true, Duration.ZERO, Clock.systemUTC())));
        assertEquals(file + " is already open in another Kondens window or process. Close it there first.", e.getMessage());
        assertEquals(List.of(), Backups.list(file));

        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child died");
        for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.equals(EOF);
                line = lines.poll(10, TimeUnit.SECONDS)) {
            if (line.startsWith("done ")) {
                reported = Math.max(reported, done(line));
            }
        }
        assertTrue(reported >= 20);

        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals("ok", p.database().integrityCheck(), "a killed writer leaves a sound file");
            ProjectSnapshot s = p.snapshot();
            List<String> names = s.themes().stream().map(PreliminaryTheme::name).toList();
            int committed = names.size();
            assertTrue(committed == reported || committed == reported + 1,
                    reported + " edits were reported done, " + committed + " are in the file");
            assertEquals(IntStream.rangeClosed(1, committed).mapToObj(i -> "Tema " + i).toList(), names,
                    "every reported edit is there, in order, and nothing else: each edit is all or nothing");
            assertEquals(committed, s.audit().stream().filter(a -> a.action().equals("Add theme")).count(),
                    "each edit's audit line committed with it");
            assertEquals(committed, p.database().undoSteps().size(), "each edit's undo step committed with it");

            p.addTheme("Etter krasjet", "");
            assertEquals("Add theme: Etter krasjet", p.undo().orElseThrow());
            assertEquals("Add theme: Tema " + committed, p.undoName().orElseThrow(), "undo goes on where the child stopped");
        }
    }

    @Test
    void theLockHoldsAcrossProcessesAndDiesWithItsHolder() throws Exception {
        Path file = newProjectFile();
        String refused = "refused " + file + " is already open in another Kondens window or process. Close it there first.";
        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals(refused, probe(file));
            p.setTitle("Holdt åpen");
            assertEquals(refused, probe(file), "still refused after a commit");
        }
        assertEquals("opened Holdt åpen", probe(file), "closing releases the lock for other processes");
    }

    /**
     * SQLite's lock is a POSIX lock, and a process loses all its POSIX locks on a file when it
     * closes any descriptor of it. ProjectDatabase.open reads the file's header with Java IO
     * before SQLite refuses it, so a second open in this JVM silently drops the first one's lock.
     */
    @Test
    void aRefusedSecondOpenInThisJvmKeepsTheLockForOtherProcesses() throws Exception {
        Path file = newProjectFile();
        try (StcProject p = TestProjects.reopen(file)) {
            KondensException e = assertThrows(KondensException.class, () -> TestProjects.reopen(file));
            assertTrue(e.getMessage().contains("is already open"), e.getMessage());
            assertEquals("refused " + file + " is already open in another Kondens window or process. Close it there first.",
                    probe(file), "another process is still locked out");
            p.setTitle("Holdt åpen");
        }
        assertEquals("opened Holdt åpen", probe(file));
    }

    /**
     * A file dialog, a thumbnailer or a virus scanner opening and closing the project file in
     * this process dropped SQLite's POSIX lock, and another process could write into the open
     * project. The lock now lives on a file only Kondens opens.
     */
    @Test
    void openingAndClosingTheProjectFileElsewhereInThisJvmKeepsOtherProcessesOut() throws Exception {
        Path file = newProjectFile();
        String refused = "refused " + file + " is already open in another Kondens window or process. Close it there first.";
        try (StcProject p = TestProjects.reopen(file)) {
            p.setTitle("Holdt åpen");
            Files.readAllBytes(file);
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
                channel.size();
            }
            new java.io.RandomAccessFile(file.toFile(), "r").close();
            assertEquals(refused, probe(file), "another process is still kept out");
            p.setTitle("Fortsatt holdt");
        }
        assertEquals("opened Fortsatt holdt", probe(file));
        assertEquals("rw-------", BackupSafetyTest.perms(ProjectLock.fileOf(file)), "the lock file is owner-only");
    }

    @Test
    void killingAnImportLeavesASoundFileWithWholeTranscriptsOnly() throws Exception {
        Path file = newProjectFile();
        Path log = dir.resolve("child-import.err");
        Process child = start("import", file, log);
        BlockingQueue<String> lines = lines(child);
        awaitLine(lines, "open", child, log);
        int reported = done(awaitLine(lines, "done ", child, log));
        Thread.sleep(150); // kill in the middle of a later import
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.equals(EOF); line = lines.poll(10, TimeUnit.SECONDS)) {
            if (line.startsWith("done ")) {
                reported = Math.max(reported, done(line));
            }
        }
        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals("ok", p.database().integrityCheck());
            var transcripts = p.snapshot().transcripts();
            assertTrue(transcripts.size() == reported || transcripts.size() == reported + 1,
                    reported + " imports reported, " + transcripts.size() + " in the file");
            for (var t : transcripts) {
                int n = Integer.parseInt(t.sourceFile().replaceAll("\\D", ""));
                assertEquals(longInterview(n), t.text(), "each transcript is whole");
            }
        }
    }

    @Test
    void killingABackupLeavesOnlyWholeSoundBackups() throws Exception {
        Path file;
        try (StcProject p = TestProjects.newProject(dir)) {
            for (int i = 1; i <= 8; i++) {
                p.importTranscript(interviewFile(dir.resolve("intervju-" + i + ".txt"), i), List.of());
            }
            file = p.database().file();
        }
        for (int round = 0; round < 3; round++) {
            Path log = dir.resolve("child-backup.err");
            Process child = start("backup", file, log);
            BlockingQueue<String> lines = lines(child);
            awaitLine(lines, "done ", child, log);
            Thread.sleep(37 + 41 * round);
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            for (Path backup : Backups.list(file)) {
                assertTrue(Backups.inspect(backup).sound(), backup + " is listed, so it must be whole");
                assertEquals(8, Backups.inspect(backup).transcripts());
            }
        }
        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals("ok", p.database().integrityCheck(), "the project itself is untouched by backups");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private Path newProjectFile() {
        try (StcProject p = TestProjects.newProject(dir)) {
            return p.database().file();
        }
    }

    private String probe(Path file) throws Exception {
        Path log = dir.resolve("child-probe.err");
        Process child = start("probe", file, log);
        BlockingQueue<String> lines = lines(child);
        String answer = lines.poll(20, TimeUnit.SECONDS);
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the probe finished");
        assertNotNull(answer, "the probe answered; its stderr: " + Files.readString(log));
        return answer;
    }

    private Process start(String mode, Path file, Path stderr) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), mode, file.toString());
        pb.redirectError(stderr.toFile());
        Process child = pb.start();
        children.add(child);
        return child;
    }

    /** The child's stdout, line by line, then {@link #EOF}; read on a thread so waits can time out. */
    private static BlockingQueue<String> lines(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed mid-line
            }
            lines.add(EOF);
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix, Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals(EOF)) {
                fail("the child stopped (exit " + child.waitFor() + ") before '" + prefix + "'; its stderr:\n" + Files.readString(log));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        fail("no '" + prefix + "' from the child in 20 s; its stderr:\n" + Files.readString(log));
        return null;
    }

    private static int done(String line) {
        return Integer.parseInt(line.substring("done ".length()).strip());
    }
}
