package org.kondens.core.export;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.kondens.core.CacheFolder;

/**
 * POI's streaming workbook writes rows (transcript words) to temporary files and leaves a
 * {@code poifiles} folder in the system temp folder. Transcripts are health data: POI's
 * temporary files go to our owner-only cache folder instead.
 */
final class PoiTempFiles {

    private static boolean done;

    private PoiTempFiles() {
    }

    static synchronized void keepPrivate() {
        if (done) {
            return;
        }
        done = true;
        try {
            Path folder = CacheFolder.privateFolder("poi");
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        } catch (IOException | RuntimeException e) {
            // No cache folder (read-only home): POI keeps its default.
        }
    }
}
