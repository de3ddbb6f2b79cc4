package org.kondens.app.gui.common;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kondens.core.sample.SampleStudy;
import org.testfx.util.WaitForAsyncUtils;

/** The sample study for GUI tests: built into a temp file, opened in a workbench, shown. */
public final class GuiSample {

    public static final Path STUDY = Path.of("..", "samples", "study");

    private GuiSample() {
    }

    /** Builds the sample study into {@code file}, opens it in {@code wb} and waits until the views have it. */
    public static void open(Workbench wb, Path file) throws TimeoutException {
        SampleStudy.build(STUDY, file);
        WaitForAsyncUtils.asyncFx(() -> wb.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.snapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
