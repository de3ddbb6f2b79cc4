package org.kondens.app.gui.common;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.ProjectSnapshot;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** What the work-area tests share: the view on its own stage over a workbench, headless. */
public abstract class WorkViewTest<V extends WorkView> extends ApplicationTest {

    @TempDir
    protected static Path dir;
    protected Workbench wb;
    protected V view;

    /** The work area under test. */
    protected abstract V create(Workbench wb);

    /** The UI language of the test. */
    protected I18n language() {
        return new I18n(Locale.ENGLISH);
    }

    /** A chance to add to the scene, as the main window does (accelerators). */
    protected void prepare(Scene scene) {
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wb = new Workbench(language(), dir.resolve("cache"));
        view = create(wb);
        Scene scene = new Scene(new StackPane(view.node()), 1200, 800);
        prepare(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWorkbench() {
        interact(() -> wb.close());
    }

    /** Opens a fresh copy of the sample study in the workbench and waits until the view has it. */
    protected void openSample() throws TimeoutException {
        GuiSample.open(wb, dir.resolve("s-" + System.nanoTime() + ".kondens"));
    }

    /** Waits until the published project meets {@code condition}, then for the screen to follow. */
    protected void waitUntil(java.util.function.Predicate<ProjectSnapshot> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.test(wb.snapshot()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the project to change after {@code before} and returns the new snapshot. */
    protected ProjectSnapshot changed(ProjectSnapshot before) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return wb.snapshot();
    }
}
