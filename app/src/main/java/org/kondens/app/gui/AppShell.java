package org.kondens.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The window around the workbench: builds the main window into the stage, and builds it again
 * when the user switches language (the project stays open) or theme. Choices are remembered.
 */
final class AppShell {

    private final Stage stage;
    private final Workbench wb;
    private MainWindow window;
    private boolean dark;

    AppShell(Stage stage, Workbench wb) {
        this.stage = stage;
        this.wb = wb;
        this.dark = prefs().getBoolean("dark", false);
        applyTheme();
        wb.snapshotProperty().addListener((o, a, s) -> stage.setTitle(s == null ? "Kondens" : "Kondens — " + s.project().title()));
        stage.setTitle("Kondens");
        build();
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
        window = new MainWindow(wb, this::switchLanguage, this::switchTheme);
        stage.setScene(window.scene());
        // -Dkondens.area=STEP3 opens on a given work area (screenshots, demos).
        String area = System.getProperty("kondens.area");
        if (area != null) {
            window.show(MainWindow.Area.valueOf(area.toUpperCase(Locale.ROOT)));
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

    private static Preferences prefs() {
        return Preferences.userRoot().node("org/kondens");
    }
}
