package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.Path;
import org.kondens.core.CacheFolder;

/**
 * sqlite-jdbc unpacks its native library into the system temp folder on every start unless told
 * otherwise. Transcripts are health data, and we leave nothing in shared temp folders: the
 * library goes to our own owner-only cache folder instead.
 */
final class NativeLibrary {

    private static final String TMPDIR = "org.sqlite.tmpdir";

    private NativeLibrary() {
    }

    static void keepOutOfTempFolder() {
        if (System.getProperty(TMPDIR) != null) {
            return;
        }
        try {
            Path folder = CacheFolder.privateFolder("native");
            System.setProperty(TMPDIR, folder.toString());
        } catch (IOException | RuntimeException e) {
            // No cache folder (read-only home): sqlite-jdbc falls back to the temp folder.
        }
    }
}
