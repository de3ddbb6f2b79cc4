package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.importing.ImportDialog;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** kondens.css reaches the main window and the dialogs, and its classes and states take effect there. */
class StylesheetTest extends ApplicationTest {

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

    private static Paint fill(Region r) {
        assertNotNull(r.getBackground(), r + " has no background");
        assertFalse(r.getBackground().getFills().isEmpty(), r + " has no background fill");
        return r.getBackground().getFills().get(0).getFill();
    }

    @Test
    void theMainWindowIsStyledByTheSheet() throws Exception {
        assertEquals(List.of(Css.STYLESHEET), stage.getScene().getStylesheets());
        GuiSample.open(wb, dir.resolve("style.kondens"));
        interact(() -> shell.window().show(MainWindow.Area.STEP3));
        WaitForAsyncUtils.waitForFxEvents();

        // Unit cards: a background and border from .unit-card, another look when :selected.
        List<UnitCard> cards = lookup(".unit-card").queryAllAs(UnitCard.class).stream().toList();
        assertFalse(cards.isEmpty());
        UnitCard card = cards.get(0);
        Paint normal = fill(card);
        assertNotNull(card.getBorder());
        interact(() -> card.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> card.applyCss());
        assertFalse(normal.equals(fill(card)), "a selected card looks selected");
        interact(() -> card.setSelected(false));

        // The group colour goes in as a looked-up colour and comes out as the swatch's fill.
        Region swatch = lookup(".group-swatch").queryAs(Region.class);
        assertTrue(swatch.getStyle().startsWith("-group-color: "), swatch.getStyle());
        String color = swatch.getStyle().substring("-group-color: ".length(), swatch.getStyle().length() - 1);
        assertEquals(Color.web(color), fill(swatch));

        // A column under a drag: the :drop-target state, dashed.
        Region column = lookup(".subgroup-column").queryAs(Region.class);
        interact(() -> {
            column.pseudoClassStateChanged(Css.DROP_TARGET, true);
            column.applyCss();
        });
        assertFalse(column.getBorder().getStrokes().get(0).getTopStyle().getDashArray().isEmpty());
    }

    @Test
    void aDialogIsStyledByTheSheet() throws Exception {
        Label banner = new Label("A damaged project");
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            banner.getStyleClass().add("project-banner");
            a.getDialogPane().setContent(banner);
            a.show();
            return a;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(alert.getDialogPane().getScene().getStylesheets().contains(Css.STYLESHEET));
        assertNotNull(fill(banner));
        assertEquals(1.0, banner.getBorder().getStrokes().get(0).getWidths().getBottom());
        interact(alert::close);

        ImportDialog d = WaitForAsyncUtils.asyncFx(() -> ImportDialog.open(stage, wb)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d.stage().getScene().getStylesheets().contains(Css.STYLESHEET));
        interact(() -> d.stage().hide());
    }

    /** The colour a region shows: its background fills laid over each other. */
    private static Color shown(Region r) {
        Color c = Color.TRANSPARENT;
        for (var fill : r.getBackground().getFills()) {
            Color f = (Color) fill.getFill();
            c = c.interpolate(Color.color(f.getRed(), f.getGreen(), f.getBlue()), f.getOpacity());
        }
        return c;
    }

    private static double contrast(Color a, Color b) {
        java.util.function.ToDoubleFunction<Color> lum = c -> {
            java.util.function.DoubleUnaryOperator lin = v -> v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            return 0.2126 * lin.applyAsDouble(c.getRed()) + 0.7152 * lin.applyAsDouble(c.getGreen()) + 0.0722 * lin.applyAsDouble(c.getBlue());
        };
        double la = lum.applyAsDouble(a);
        double lb = lum.applyAsDouble(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theHeatMapsFiguresReadOnTheirShadesInTheLightAndTheDarkTheme() throws Exception {
        GuiSample.open(wb, dir.resolve("heat.kondens"));
        try {
            for (String theme : List.of(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet(),
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet())) {
                interact(() -> {
                    javafx.application.Application.setUserAgentStylesheet(theme);
                    shell.window().show(MainWindow.Area.OVERVIEW);
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<Label> figures = lookup(".heat-figure").queryAllAs(Label.class).stream().toList();
                assertTrue(figures.size() > 10, "the sample's heat map has figures");
                for (Label figure : figures) {
                    interact(figure::applyCss);
                    Color shade = shown((Region) figure.getParent());
                    double c = contrast(shade, (Color) figure.getTextFill());
                    assertTrue(c >= 4.5, theme + ": figure " + figure.getText() + " " + figure.getTextFill() + " on " + shade + " has contrast " + c);
                }
            }
        } finally {
            interact(() -> javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        }
    }

    @Test
    void popupsFillTheirWindowSoTheDarkThemeShowsNoWhiteFrame() throws Exception {
        interact(() -> javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        try {
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(org.kondens.app.gui.common.Menus.item("Rename"));
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("A tip");
            javafx.scene.control.ComboBox<String> combo = new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList("a", "b"));
            interact(() -> {
                ((javafx.scene.layout.Pane) stage.getScene().getRoot()).getChildren().add(combo);
                menu.show(stage.getScene().getRoot(), stage.getX() + 40, stage.getY() + 40);
                tip.show(stage, stage.getX() + 80, stage.getY() + 80);
                combo.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Region menuBox = (Region) menu.getSkin().getNode().lookup(".context-menu");
            Region tipBox = (Region) tip.getSkin().getNode();
            Region list = (Region) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) combo.getSkin()).getPopupContent();
            for (Region popup : List.of(menuBox == null ? (Region) menu.getSkin().getNode() : menuBox, tipBox, list)) {
                interact(popup::applyCss);
                assertEquals(null, popup.getEffect(), popup + ": a shadow outside the box shows as a frame where popups are not see-through");
                for (var fill : popup.getBackground().getFills()) {
                    assertTrue(fill.getRadii().isUniform() && fill.getRadii().getTopLeftHorizontalRadius() == 0, popup + " has round corners");
                }
                Color inside = shown(popup);
                assertTrue(inside.getBrightness() < 0.3, popup + " is dark inside, not " + inside);
            }
            assertEquals(1.0, tipBox.getOpacity(), "a see-through tooltip would blend with the white behind it");
            interact(() -> {
                menu.hide();
                tip.hide();
                combo.hide();
            });
        } finally {
            interact(() -> javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        }
    }

    @Test
    void aStepViewWithoutTheShellStillFindsNoInlineLooks() {
        // The group swatch without a colour falls back to the theme's muted colour, from the sheet alone.
        Region r = CodeGroupChooser.swatch(null);
        assertEquals("", r.getStyle());
        assertTrue(r.getStyleClass().contains("group-swatch"));
        Node n = CodeGroupChooser.swatch("#4E79A7");
        assertEquals("-group-color: #4E79A7;", n.getStyle());
    }
}
