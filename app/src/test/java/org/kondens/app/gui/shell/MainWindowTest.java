package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.ProjectSnapshot;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window around the steps, headless: open the sample, undo/redo by name and key, switch language, errors as dialogs. */
class MainWindowTest extends ApplicationTest {

    @TempDir
    static Path dir;
    Workbench wb;
    AppShell shell;
    Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        wb = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache"));
        shell = new AppShell(stage, wb);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> wb.close());
    }

    private void openSample(String name) throws Exception {
        Path file = dir.resolve(name);
        GuiSample.open(wb, file);
    }

    private ProjectSnapshot changed(ProjectSnapshot before) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return wb.snapshot();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theSampleOpensWithItsTranscriptsGroupedByInformant() throws Exception {
        openSample("vis.kondens");
        assertEquals("Kondens — Ettervern etter rusbehandling", stage.getTitle());
        assertEquals("✓ All changes saved", lookup("#status").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        TreeView<ProjectPane.Entry> tree = lookup("#project-tree").queryAs(TreeView.class);
        int transcripts = tree.getRoot().getChildren().stream().mapToInt(g -> g.getChildren().size()).sum();
        assertEquals(7, transcripts);
        assertEquals("Informant 1", tree.getRoot().getChildren().get(0).getValue().label());
        assertTrue(tree.getRoot().getChildren().stream().anyMatch(g -> g.getValue().label().startsWith("Focus group")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Index ready".equals(lookup("#index-state").queryAs(Label.class).getText()));
    }

    @Test
    void undoAndRedoNameTheStepAndWorkFromTheKeyboard() throws Exception {
        openSample("angre.kondens");
        ProjectSnapshot before = wb.snapshot();
        interact(() -> wb.edit(p -> p.addTheme("Skam", "")));
        ProjectSnapshot after = changed(before);
        assertEquals(before.themes().size() + 1, after.themes().size());
        assertTrue(menuItem("menu-undo").getText().startsWith("Undo: Add theme"), menuItem("menu-undo").getText());

        push(KeyCode.CONTROL, KeyCode.Z);
        ProjectSnapshot undone = changed(after);
        assertEquals(before.themes(), undone.themes(), "Ctrl+Z undid the new theme");
        assertTrue(menuItem("menu-redo").getText().startsWith("Redo: Add theme"), menuItem("menu-redo").getText());

        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(after.themes().size(), changed(undone).themes().size(), "Ctrl+Y redid it");
    }

    @Test
    void switchingLanguageRebuildsTheWindowInNorwegianWithTheProjectStillOpen() throws Exception {
        openSample("spraak.kondens");
        assertEquals("① Total impression", lookup("#area-step1").queryAs(ToggleButton.class).getText());
        interact(() -> shell.switchLanguage());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "✓ Alle endringer er lagret".equals(lookup("#status").queryAs(Label.class).getText()));
        assertEquals("① Helhetsinntrykk", lookup("#area-step1").queryAs(ToggleButton.class).getText());
        assertEquals("Kondens — Ettervern etter rusbehandling", stage.getTitle());
        interact(() -> shell.switchLanguage());
        assertEquals("① Total impression", lookup("#area-step1").queryAs(ToggleButton.class).getText());
    }

    @Test
    void afterSwitchingLanguageTheProjectPaneStillShowsTheProjectInTheNewLanguage() throws Exception {
        openSample("panel.kondens");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Index ready".equals(lookup("#index-state").queryAs(Label.class).getText()));
        interact(() -> shell.switchLanguage());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "✓ Alle endringer er lagret".equals(lookup("#status").queryAs(Label.class).getText()));
        @SuppressWarnings("unchecked")
        TreeView<ProjectPane.Entry> tree = lookup("#project-tree").queryAs(TreeView.class);
        assertEquals(7, tree.getRoot().getChildren().stream().mapToInt(g -> g.getChildren().size()).sum(), "the pane is not empty");
        String first = tree.getRoot().getChildren().get(0).getChildren().get(0).getValue().label();
        assertTrue(first.matches(".*  ·  (\\d+ enheter|1 enhet|ingen enheter)"), first);
        assertEquals("Indeks klar", lookup("#index-state").queryAs(Label.class).getText());
    }

    @Test
    void menusKeepUnderscoresAndShortenALongUndoName() throws Exception {
        openSample("intervju_ola.kondens");
        ProjectSnapshot before = wb.snapshot();
        String name = "tema_med_understrek " + "og svært mye tekst ".repeat(5);
        interact(() -> wb.edit(p -> p.addTheme(name.strip(), "")));
        changed(before);
        MenuItem undo = menuItem("menu-undo");
        assertTrue(undo.getText().endsWith("…") && undo.getText().length() <= "Undo: ".length() + Menus.MAX_NAME, undo.getText());
        assertTrue(undo.getText().contains("tema_med_understrek"), undo.getText());
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        java.util.List<MenuItem> parsing = new java.util.ArrayList<>();
        java.util.function.Consumer<java.util.List<MenuItem>>[] walk = new java.util.function.Consumer[1];
        walk[0] = items -> items.forEach(i -> {
            if (i.isMnemonicParsing() && !(i instanceof javafx.scene.control.SeparatorMenuItem)) {
                parsing.add(i);
            }
            if (i instanceof javafx.scene.control.Menu m) {
                walk[0].accept(m.getItems());
            }
        });
        bar.getMenus().forEach(m -> walk[0].accept(java.util.List.of(m)));
        assertEquals(java.util.List.of(), parsing, "no menu takes an underscore for a mnemonic");
    }

    @Test
    void theShortcutListHasEveryBoundKeyAndOpensFromTheHelpMenu() throws Exception {
        java.util.List<String> keys = shell.window().shortcuts().stream().map(Shortcuts.Shortcut::keys).toList();
        assertTrue(keys.containsAll(java.util.List.of("Ctrl+M", "Ctrl+Z", "Ctrl+F", "Ctrl+1", "Ctrl+Shift+Z", "Ctrl+Y")), keys.toString());
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "each key once");
        assertTrue(shell.window().shortcuts().stream().anyMatch(k -> k.keys().equals("Ctrl+Z") && k.action().equals("Undo")));
        interact(() -> menuItem("menu-shortcuts").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.GridPane grid = lookup("#shortcut-list").queryAs(javafx.scene.layout.GridPane.class);
        assertTrue(grid.getChildren().stream().anyMatch(n -> n instanceof Label l && "Ctrl+M".equals(l.getText())));
    }

    @Test
    void theAboutBoxNamesTheVersion() throws Exception {
        interact(() -> menuItem("menu-about").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        String text = lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(text.startsWith("Kondens " + MainWindow.version()), text);
    }

    @Test
    void theWindowIsSizedExplicitlyAndOnTheScreen() {
        assertEquals(WindowBounds.MIN_WIDTH, stage.getMinWidth());
        assertEquals(WindowBounds.MIN_HEIGHT, stage.getMinHeight());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getWidth() >= Math.min(WindowBounds.MIN_WIDTH, screen.getWidth()), "width " + stage.getWidth());
        assertTrue(stage.getX() >= screen.getMinX() && stage.getX() + stage.getWidth() <= screen.getMaxX() + 1, "x " + stage.getX());
    }

    @Test
    void aRefusedChangeIsExplainedInADialogAndChangesNothing() throws Exception {
        openSample("feil.kondens");
        ProjectSnapshot before = wb.snapshot();
        String existing = before.themes().get(0).name();
        interact(() -> wb.edit(p -> p.addTheme(existing, "")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        String header = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertTrue(header.contains("already a preliminary theme named"), header);
        assertEquals(before.themes(), wb.snapshot().themes());
    }

    @Test
    void anUnexpectedFailureIsNamedInPlainWordsWithItsDetailsInTheErrorLog() throws Exception {
        Path cache = dir.resolve("feil-logg");
        System.setProperty("kondens.cache", cache.toString());
        try {
            openSample("uventet.kondens");
            interact(() -> wb.edit(p -> {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
            assertEquals("The disk is full.", pane.getHeaderText());
            Path log = cache.resolve("kondens.log");
            String details = ((TextArea) pane.getExpandableContent()).getText();
            assertTrue(details.startsWith("These details are also saved in " + log), details);
            assertTrue(Files.readString(log).contains("No space left on device"), "the same log as the command line's");
        } finally {
            System.clearProperty("kondens.cache");
        }
    }

    @Test
    void saveACopyOverTheOpenProjectIsRefusedInADialog() throws Exception {
        openSample("original.kondens");
        Path file = wb.fileProperty().get();
        interact(() -> wb.saveCopy(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        String header = lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertEquals("Cannot save original.kondens: that is the project open in Kondens; choose another file name.", header);
    }

    @Test
    void aRefiQdaProjectOpensAsANewProjectWithItsImportReport() throws Exception {
        openSample("kilde.kondens");
        ProjectSnapshot before = wb.snapshot();
        Path qdpx = dir.resolve("utveksling.qdpx");
        org.kondens.core.export.Exports.write(before, org.kondens.core.export.ExportFormat.QDPX,
                org.kondens.core.export.ExportOptions.DEFAULT, qdpx);
        Path out = dir.resolve("fra-qdpx.kondens");
        interact(() -> shell.window().exchange().importQdpx(qdpx, out, 1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> out.equals(wb.fileProperty().get()) && wb.snapshot() != before);
        assertEquals(before.project().title(), wb.snapshot().project().title());
        assertEquals(before.meaningUnits(), wb.snapshot().meaningUnits(), "every meaning unit, with its offsets and ids");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        String header = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertEquals("Imported utveksling.qdpx", header);
    }

    @Test
    void ctrlFShowsOneSearchFieldNotTwo() throws Exception {
        openSample("soek.kondens");
        assertTrue(lookup("#quick-search").query().isVisible());
        push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        long visible = lookup(".text-field").queryAll().stream()
                .filter(n -> n.isVisible() && n.getScene() != null && n.localToScreen(0, 0) != null)
                .filter(n -> n.getId() != null && (n.getId().equals("quick-search") || n.getId().equals("search-query"))).count();
        assertEquals(1, visible, "the Search area's own field only");
        assertTrue(lookup("#search-query").query().isVisible());
        interact(() -> shell.window().show(MainWindow.Area.STEP1));
        assertTrue(lookup("#quick-search").query().isVisible(), "back again outside Search");
    }
}
