package org.kondens.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.stc.StcProject;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless (Monocle): it opens a project in the background and shows it. */
class MainWindowTest extends ApplicationTest {

    @TempDir
    static Path dir;
    private MainViewModel model;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel();
        stage.setScene(new MainWindow(model).scene());
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.show();
    }

    @AfterEach
    void closeProject() throws Exception {
        interact(() -> model.close());
    }

    @Test
    void opensAProjectAndShowsItsTitleAndSteps() throws Exception {
        Path file = dir.resolve("vis.kondens");
        try (StcProject p = StcProject.create(file, "Ettervern etter rusbehandling", Language.NB)) {
            p.addTheme("Respekt", "");
            CodeGroup g = p.addCodeGroup("Likeverd", null, List.of());
            p.addSubgroup(g.id(), "Sett som menneske");
        }
        interact(() -> model.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Ettervern etter rusbehandling", lookup("#project-title").queryAs(Label.class).getText());
        assertEquals("Kondens — Ettervern etter rusbehandling", stage.getTitle());
        assertEquals("✓ All changes saved", lookup("#status").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ListView<String> steps = lookup("#step-summaries").queryAs(ListView.class);
        assertTrue(steps.getItems().get(0).contains("1 preliminary themes"), steps.getItems().get(0));
        assertTrue(steps.getItems().get(2).contains("1 subgroups"), steps.getItems().get(2));
    }

    @Test
    void aFileThatIsNotAProjectShowsAClearMessage() throws Exception {
        Path file = dir.resolve("notes.kondens");
        Files.writeString(file, "just some notes");
        interact(() -> model.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#status").queryAs(Label.class).getText().contains("not a Kondens project"));
        assertEquals("No project open", lookup("#project-title").queryAs(Label.class).getText());
        assertEquals("just some notes", Files.readString(file), "the file is left as it was");
    }
}
