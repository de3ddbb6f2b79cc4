package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.stc.StcProject;

/** A JSON project is read more than once (checked, then written): a file changed in between is refused, not half-trusted. */
class JsonSectionsTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenToBetweenItsReadsIsRefused() throws IOException {
        Path json = dir.resolve("backup.json");
        try (StcProject p = StcProject.open(RichProject.build(dir))) {
            ProjectJson.write(p.snapshot(), json);
        }
        String expected = "backup.json changed while Kondens was reading it, so nothing was made from it; restore it again once "
                + "no program is writing it.";

        JsonSections grown = ProjectJson.sections(json);
        Files.writeString(json, Files.readString(json) + " ");
        assertEquals(expected, assertThrows(KondensException.class, () -> grown.whole("project")).getMessage());

        JsonSections touched = ProjectJson.sections(json);
        Files.setLastModifiedTime(json, FileTime.fromMillis(Files.getLastModifiedTime(json).toMillis() + 2000));
        assertEquals(expected, assertThrows(KondensException.class, () -> touched.elements("transcripts", t -> { }))
                .getMessage(), "the same size, written again");

        // Rewritten at its size within the clock's tick (its stamp as before): the part's checksum tells.
        JsonSections same = ProjectJson.sections(json);
        String title = same.whole("project").node().get("title").asText();
        FileTime stamp = Files.getLastModifiedTime(json);
        String text = Files.readString(json);
        Files.writeString(json, text.replace("\"title\" : \"" + title, "\"title\" : \"X" + title.substring(1)));
        Files.setLastModifiedTime(json, stamp);
        assertEquals(expected, assertThrows(KondensException.class, () -> same.whole("project")).getMessage());
    }
}
