package org.kondens.core.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;

/**
 * The sample study as it travels inside the jar (core's build copies {@code samples/study} to
 * {@code org/kondens/core/sample/study/}). The importers read files, and a .docx must be a real
 * file for its zip reader, so the study is unpacked into a fresh temporary folder for the build.
 */
final class BundledStudy {

    /** The interview guide, read into the project if the study has one. */
    static final String GUIDE = "intervjuguide.txt";

    private static final String FOLDER = "study/";

    private BundledStudy() {
    }

    /** Unpacks the study into a new temporary folder, builds {@code out} from it, and deletes the folder. */
    static void build(Path out) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("kondens-sample");
            unpack(folder);
            SampleStudy.build(folder, out);
        } catch (IOException e) {
            throw new KondensException(e, Problem.SAMPLE_CANNOT_READ, SampleStudy.ANALYSIS, e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The analysis names its transcripts; with the analysis and the guide they are the whole study. */
    static void unpack(Path folder) throws IOException {
        byte[] analysis = read(SampleStudy.ANALYSIS);
        List<String> files = new ArrayList<>(List.of(SampleStudy.ANALYSIS, GUIDE));
        new ObjectMapper().readTree(analysis).path("transcripts").forEach(t -> files.add(t.path("file").asText()));
        for (String file : files) {
            Files.write(folder.resolve(file), read(file));
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = BundledStudy.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new FileNotFoundException(file + " is not bundled with this Kondens");
            }
            return in.readAllBytes();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // Best effort: the copy is of a fictional study, and the temp folder is cleaned by the OS.
        }
    }
}
