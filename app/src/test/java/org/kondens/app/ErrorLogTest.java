package org.kondens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error log stays private and small, and never writes through a planted link. */
class ErrorLogTest {

    @TempDir
    Path dir;
    Path log;

    @BeforeEach
    void cacheHere() {
        System.setProperty("kondens.cache", dir.resolve("cache").toString());
        log = dir.resolve("cache").resolve("kondens.log");
    }

    @AfterEach
    void defaultCache() {
        System.clearProperty("kondens.cache");
    }

    @Test
    void theTraceIsAppendedToAFileOnlyItsOwnerCanRead() throws IOException {
        assertEquals(Optional.of(log), ErrorLog.append("kondens info P.kondens", new IllegalStateException("first")));
        ErrorLog.append("kondens info P.kondens", new IllegalStateException("second"));
        String text = Files.readString(log);
        assertTrue(text.contains("kondens info P.kondens") && text.contains("java.lang.IllegalStateException: first")
                && text.contains("at org.kondens.app.ErrorLogTest"), text);
        assertTrue(text.indexOf("first") < text.indexOf("second"), "appended, oldest first");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }

    @Test
    void atOneMegabyteTheLogMovesAsideAndANewOneStarts() throws IOException {
        Files.createDirectories(log.getParent());
        Files.write(log, new byte[(int) ErrorLog.MAX_BYTES]);
        ErrorLog.append("after the rotation", new RuntimeException("new"));
        assertEquals(ErrorLog.MAX_BYTES, Files.size(log.resolveSibling("kondens.log.1")));
        assertTrue(Files.size(log) < 10_000 && Files.readString(log).contains("after the rotation"));
        Files.write(log, new byte[(int) ErrorLog.MAX_BYTES]);
        ErrorLog.append("again", new RuntimeException());
        assertTrue(Files.size(log) + Files.size(log.resolveSibling("kondens.log.1")) < ErrorLog.MAX_BYTES + 10_000,
                "one old log is kept, not all of them");
    }

    @Test
    void aLinkInPlaceOfTheLogIsNotFollowed() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("someone-elses-file"), "untouched");
        Files.createDirectories(log.getParent());
        Files.createSymbolicLink(log, elsewhere);
        assertEquals(Optional.empty(), ErrorLog.append("x", new RuntimeException()));
        assertEquals("untouched", Files.readString(elsewhere));
    }
}
