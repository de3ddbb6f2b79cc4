package org.kondens.app.gui.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kondens.core.sample.SampleStudy;

/**
 * The sample study for view-model tests, without JavaFX. The test's own thread plays the FX
 * thread: the workbench hands its results to {@link #UI}, and {@link #await} runs them there while
 * it waits, so view-model code never runs on two threads at once (as in the app). A test calls a
 * view-model action, waits for its future with {@link #await}, and asserts the view model's properties.
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
        HANDED_BACK.clear(); // what an earlier test left behind is not this test's business
        Path file = dir.resolve("sample.kondens");
        SampleStudy.build(GuiSample.STUDY, file);
        Workbench wb = new Workbench(new I18n(language), dir.resolve("cache"), UI);
        await(wb.open(file));
        return new ModelSample(wb);
    }

    /** The stand-in for the FX thread's queue: whatever the workbench hands back waits here for {@link #await}. */
    public static final Executor UI = ModelSample::handBack;

    private static final BlockingQueue<Runnable> HANDED_BACK = new LinkedBlockingQueue<>();

    private static void handBack(Runnable r) {
        HANDED_BACK.add(r);
    }

    /**
     * Waits for work handed to the workbench (an edit, a search) and returns its result, running
     * on this thread what the workbench hands back meanwhile, and what is left once it is done.
     */
    public static <T> T await(CompletableFuture<T> work) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (!work.isDone()) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("no result within 30 s");
                }
                Runnable next = HANDED_BACK.poll(20, TimeUnit.MILLISECONDS);
                if (next != null) {
                    next.run();
                }
            }
            for (Runnable next; (next = HANDED_BACK.poll()) != null; ) {
                next.run();
            }
            return work.get();
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
