package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcripts are health data: a whole working session leaves nothing in the system temp folder,
 * and the project, its backups, the index and the exports are readable by their owner only.
 */
class PrivacyCliTest {

    @TempDir
    Path dir;

    /** The session, in a JVM of its own whose temp folder and cache are ours to inspect. */
    public static final class Session {
        public static void main(String[] args) {
            Path d = Path.of(args[0]);
            String p = d.resolve("studie.kondens").toString();
            List<String[]> commands = List.of(
                    new String[] {"new", p, "--title", "Personvern"},
                    new String[] {"import", p, args[1], args[2]},
                    new String[] {"group", "add", p, "Bolig"},
                    new String[] {"mu", "add", p, "--transcript", "intervju2", "--start", "0", "--end", "40", "--group", "Bolig"},
                    new String[] {"search", p, "bolig"},
                    new String[] {"export", p, "--format", "findings-docx", "--out", d.resolve("funn.docx").toString()},
                    new String[] {"export", p, "--format", "units-xlsx", "--out", d.resolve("enheter.xlsx").toString()},
                    new String[] {"export", p, "--format", "matrix-xlsx", "--out", d.resolve("matrise.xlsx").toString()},
                    new String[] {"export", p, "--format", "qdpx", "--out", d.resolve("prosjekt.qdpx").toString()},
                    new String[] {"export", p, "--format", "json", "--out", d.resolve("prosjekt.json").toString()});
            for (String[] c : commands) {
                StringWriter err = new StringWriter();
                int code = KondensCli.run(c, new PrintWriter(new StringWriter()), new PrintWriter(err));
                if (code != 0) {
                    System.out.println("failed " + String.join(" ", c) + ": " + err);
                    System.exit(1);
                }
            }
            System.out.println("done");
        }
    }

    @Test
    void aWholeSessionLeavesNothingInTheTempFolderAndEveryFileIsOwnerOnly() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        Path work = Files.createDirectories(dir.resolve("arbeid"));
        Path study = Path.of("").toAbsolutePath().getParent().resolve("samples/study");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-Dkondens.cache=" + cache,
                "-cp", System.getProperty("java.class.path"), Session.class.getName(), work.toString(),
                study.resolve("intervju2.docx").toString(), study.resolve("intervju1.txt").toString());
        pb.redirectErrorStream(true);
        Process child = pb.start();
        String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        List<String> lines = output.lines().toList();
        assertEquals("done", lines.get(lines.size() - 1), output);

        try (Stream<Path> left = Files.walk(tmp)) {
            assertEquals(List.of(tmp), left.toList(), "nothing is left in the temp folder");
        }
        for (String name : List.of("studie.kondens", "funn.docx", "enheter.xlsx", "matrise.xlsx", "prosjekt.qdpx", "prosjekt.json")) {
            assertEquals("rw-------", perms(work.resolve(name)), name);
        }
        assertEquals("rwx------", perms(work.resolve("studie.kondens.backups")));
        assertEquals("rwx------", perms(cache), "the cache (search index, logs) is owner-only");
        try (Stream<Path> index = Files.list(cache.resolve("index"))) {
            assertTrue(index.findAny().isPresent(), "the search index was built in the cache");
        }
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
