package org.kondens.app.gui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.DialogButtons;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Prefs;
import org.kondens.app.gui.common.Workbench;

/**
 * The window around the workbench: builds the main window into the stage, and builds it again
 * when the user switches language (the project stays open) or theme. Choices are remembered.
 */
final class AppShell {

    /** The app's own styles, over the AtlantaFX theme. */
    private static boolean everyWindowStyled;

    private final Stage stage;
    private final Workbench wb;
    private MainWindow window;
    private boolean dark;
    /** At the app's start: what runs once the first window is drawn, before its work area is built; then null. */
    private Consumer<AppShell> afterFirstFrame;

    AppShell(Stage stage, Workbench wb) {
        this(stage, wb, null);
    }

    /**
     * The app's start: the window is drawn first, without a work area; then {@code afterFirstFrame}
     * runs (it opens the project, whose work runs off the FX thread) and the first work area is built.
     */
    static AppShell startingUp(Stage stage, Workbench wb, Consumer<AppShell> afterFirstFrame) {
        return new AppShell(stage, wb, afterFirstFrame);
    }

    private AppShell(Stage stage, Workbench wb, Consumer<AppShell> afterFirstFrame) {
        this.stage = stage;
        this.wb = wb;
        this.afterFirstFrame = afterFirstFrame;
        this.dark = prefs().getBoolean("dark", false);
        styleEveryWindow();
        DialogButtons.nameInEveryDialog(wb::text);
        applyTheme();
        wb.snapshotProperty().addListener((o, a, s) -> stage.setTitle(s == null ? "Kondens" : "Kondens — " + s.project().title()));
        stage.setTitle("Kondens");
        place();
        build();
        wb.indexAfter(work -> FirstPulse.then(window.scene(), work));
    }

    /** Sizes the window explicitly (min and last or preferred size, on a screen) and keeps its bounds on closing. */
    private void place() {
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(x -> !x.equals(Screen.getPrimary())).forEach(x -> screens.add(x.getVisualBounds()));
        WindowBounds b = WindowBounds.fit(WindowBounds.load(prefs()), screens);
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> saveBounds());
    }

    void saveBounds() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()).save(prefs());
        }
    }

    /**
     * Every window the app opens (dialogs, alerts, choosers of its own) gets the app's stylesheet, so the
     * classes in kondens.css work there too. Popups, menus and tooltips take their owner window's.
     */
    static void styleEveryWindow() {
        if (everyWindowStyled) {
            return;
        }
        everyWindowStyled = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (!(w instanceof PopupWindow)) {
                        Css.style(w.getScene());
                        if (w.getProperties().putIfAbsent(Css.STYLESHEET, Boolean.TRUE) == null) {
                            w.sceneProperty().addListener((o, was, now) -> Css.style(now));
                        }
                    }
                }
            }
        });
    }

    /** The language the user chose last time, else the operating system's. */
    static I18n savedLanguage() {
        String language = prefs().get("language", "");
        return language.isEmpty() ? I18n.forSystem() : new I18n(Locale.forLanguageTag(language));
    }

    MainWindow window() {
        return window;
    }

    private void build() {
        // -Dkondens.area=STEP3 opens on a given work area (screenshots, demos).
        String asked = System.getProperty("kondens.area");
        MainWindow.Area first = asked != null ? MainWindow.Area.valueOf(asked.toUpperCase(Locale.ROOT))
                : wb.reviewOnlyProperty().get() ? MainWindow.Area.REVIEW : MainWindow.Area.STEP1;
        boolean drawFirst = afterFirstFrame != null;
        window = new MainWindow(wb, this::switchLanguage, this::switchTheme, first, drawFirst);
        stage.setScene(window.scene());
        Css.style(window.scene());
        if (drawFirst) {
            Consumer<AppShell> then = afterFirstFrame;
            afterFirstFrame = null;
            MainWindow w = window;
            FirstPulse.then(window.scene(), () -> {
                then.accept(this);
                w.showUnlessShowing(first);
            });
        }
    }

    /** English ⇄ Norsk: the window is built again in the other language; the project stays open. */
    void switchLanguage() {
        I18n next = new I18n(wb.text().norwegian() ? Locale.ENGLISH : I18n.NORWEGIAN);
        wb.setText(next);
        prefs().put("language", next.locale().toLanguageTag());
        build();
        if (wb.isOpen()) {
            wb.refresh();
        }
    }

    void switchTheme() {
        dark = !dark;
        prefs().putBoolean("dark", dark);
        applyTheme();
        if (wb.isOpen()) {
            wb.refresh(); // highlights are mixed for the background: draw them again
        }
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    static Preferences prefs() {
        return Prefs.node();
    }
}
