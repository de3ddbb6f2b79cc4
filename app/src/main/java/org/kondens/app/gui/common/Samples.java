package org.kondens.app.gui.common;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.kondens.core.sample.SampleStudy;

/**
 * Where the sample study lives: {@code samples/} in the working folder, or beside the jar's
 * project checkout ({@code app/target/kondens.jar} → {@code samples/}). The sample project is
 * built from {@code samples/study} the first time and kept as {@code samples/sample.kondens}.
 */
public final class Samples {

    static final String PROJECT = "sample.kondens";

    private Samples() {
    }

    public static Optional<Path> folder() {
        return Stream.concat(Stream.of(Path.of("samples")), besideJar())
                .filter(dir -> Files.isRegularFile(dir.resolve("study").resolve(SampleStudy.ANALYSIS)))
                .findFirst();
    }

    private static Stream<Path> besideJar() {
        try {
            Path jar = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent() == null || jar.getParent().getParent() == null ? Stream.empty()
                    : Stream.of(jar.getParent().getParent().getParent().resolve("samples"));
        } catch (URISyntaxException | RuntimeException e) {
            return Stream.empty();
        }
    }

    /** Builds {@code samples/sample.kondens} from the study unless it is there already. */
    static void ensureBuilt(Path samples) {
        Path project = samples.resolve(PROJECT);
        if (!Files.exists(project)) {
            SampleStudy.build(samples.resolve("study"), project);
        }
    }
}
