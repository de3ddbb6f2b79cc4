package org.kondens.app.gui.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.kondens.core.sample.SampleStudy;

/**
 * The sample study for view-model tests, without JavaFX: a workbench whose results arrive on the
 * worker thread ({@code Runnable::run} instead of the FX thread), so a test calls a view-model
 * action, waits for its future with {@link #await}, and asserts the view model's properties.
 */
public final class ModelSample implements AutoCloseable {

    public final Workbench wb;

    private ModelSample(Workbench wb) {
        this.wb = wb;
    }

    /** The sample study built into {@code dir}/sample.kondens and opened in English. */
    public static ModelSample open(Path dir) {
        return open(dir, Locale.ENGLISH);
    }

    public static ModelSample open(Path dir, Locale language) {
        Path file = dir.resolve("sample.kondens");
        SampleStudy.build(GuiSample.STUDY, file);
        Workbench wb = new Workbench(new I18n(language), dir.resolve("cache"), Runnable::run);
        await(wb.open(file));
        return new ModelSample(wb);
    }

    /** Waits for work handed to the workbench (an edit, a search) and returns its result. */
    public static <T> T await(CompletableFuture<T> work) {
        try {
            return work.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        wb.close();
    }
}
