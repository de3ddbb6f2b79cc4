package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.ProjectSnapshot;

/** The sample project is built into the user's data folder, from the study inside the app. */
class SamplesTest {

    @TempDir
    Path dir;

    @Test
    void theDataFolderIsWhereEachSystemKeepsAppData() {
        Map<String, String> env = Map.of("APPDATA", "C:\\Users\\kari\\AppData\\Roaming", "XDG_DATA_HOME", "/home/kari/data");
        assertEquals(Path.of("C:\\Users\\kari\\AppData\\Roaming", "Kondens"), Samples.dataFolder("Windows 11", "C:\\Users\\kari", env::get));
        assertEquals(Path.of("/Users/kari/Library/Application Support/Kondens"), Samples.dataFolder("Mac OS X", "/Users/kari", env::get));
        assertEquals(Path.of("/home/kari/data/Kondens"), Samples.dataFolder("Linux", "/home/kari", env::get));
        assertEquals(Path.of("/home/kari/.local/share/Kondens"), Samples.dataFolder("Linux", "/home/kari", name -> null));
        assertEquals(Path.of("/home/kari/.local/share/Kondens"), Samples.dataFolder("Linux", "/home/kari", name -> ""));
    }

    /** Tests never build into the tester's own data folder (surefire names one in target/). */
    @Test
    void testsUseAFolderOfTheirOwn() {
        Path folder = Samples.folder().orElseThrow();
        assertEquals(Path.of(System.getProperty(Samples.PROPERTY)), folder);
        assertTrue(folder.toAbsolutePath().normalize().startsWith(Path.of("target").toAbsolutePath()), folder.toString());
    }

    /** Before: the first start wrote samples/sample.kondens into the checkout, and outside it found no sample at all. */
    @Test
    void openSampleBuildsIntoTheDataFolderOnceAndKeepsTheUsersWork() throws Exception {
        Path data = dir.resolve("data").resolve("Kondens");
        try (ModelSample m = ModelSample.open(dir, Locale.ENGLISH)) {
            ProjectSnapshot s = ModelSample.await(m.wb.openSample(data));
            assertEquals(7, s.transcripts().size());
            assertEquals(data.resolve(Samples.PROJECT), m.wb.fileProperty().get());
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)), "owner-only data folder");
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(Samples.PROJECT))));
            }
            ModelSample.await(m.wb.edit(p -> p.addTheme("Mitt eget tema", "")));
            ModelSample.await(m.wb.open(dir.resolve("sample.kondens")));
            ProjectSnapshot again = ModelSample.await(m.wb.openSample(data));
            assertTrue(again.themes().stream().anyMatch(t -> t.name().equals("Mitt eget tema")), "opened again, not built again");
        }
        assertFalse(Files.exists(Path.of("..", "samples", Samples.PROJECT)), "nothing written into the checkout");
    }
}
