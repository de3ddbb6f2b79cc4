package org.kondens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Before: `java -jar kondens.jar` on too old a Java died with a raw UnsupportedClassVersionError. */
class JavaCheckTest {

    static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    record Run(int code, String out, String err) {
    }

    @Test
    void theMainClassLoadsOnJava8AndNewer() throws IOException {
        try (InputStream in = JavaCheck.class.getResourceAsStream("JavaCheck.class")) {
            DataInputStream data = new DataInputStream(in);
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort();
            assertEquals(52, data.readUnsignedShort(), "class file version of Java 8");
        }
    }

    @Test
    void tooOldAJavaIsToldInOneLineWhichJavaIsNeeded() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_17), "no JDK 17 at " + JAVA_17 + " to play the too-old Java");
        Path classes = Path.of(JavaCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Run r = run(JAVA_17, classes.toString(), "--version");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("kondens: Kondens needs Java 25 or newer; this is Java 17 ("), lines.get(0));
        assertTrue(lines.get(0).contains("Install Kondens from its package (no Java needed) or run it with Java 25."), lines.get(0));
    }

    @Test
    void aNewEnoughJavaStartsKondens() throws Exception {
        Run r = run(Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.class.path"), "--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("Kondens 0.1", r.out().strip());
    }

    @Test
    void javaVersionsAreReadInBothSpellings() {
        assertEquals(8, JavaCheck.feature("1.8"));
        assertEquals(17, JavaCheck.feature("17"));
        assertEquals(25, JavaCheck.feature("25"));
        assertEquals(26, JavaCheck.feature("26.1"));
        assertEquals(Integer.MAX_VALUE, JavaCheck.feature(""), "unreadable: let Java itself judge");
    }

    private static Run run(Path java, String classPath, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", classPath, JavaCheck.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        return new Run(p.waitFor(), out, err.get());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
