package org.kondens.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kondens.core.search.SearchIndex;

/** The desktop app: one window over one project. */
public final class KondensApp extends Application {

    /** Argument that starts the window, prints the milliseconds from JVM start to the first shown window, and exits. */
    public static final String STARTUP_PROBE = "--startup-probe";

    private Workbench wb;
    private Stage stage;
    private boolean dark;

    public static void launchGui(String[] args) {
        try {
            Application.launch(KondensApp.class, args);
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY" on a machine without a desktop.
            System.err.println("kondens: cannot open a window (" + e.getMessage() + "). "
                    + "The command line works without one: java -jar kondens.jar --help");
            System.exit(1);
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        dark = prefs().getBoolean("dark", false);
        applyTheme();
        String language = prefs().get("language", "");
        I18n text = language.isEmpty() ? I18n.forSystem() : new I18n(Locale.forLanguageTag(language));
        wb = new Workbench(text, SearchIndex.defaultCacheRoot());
        stage.setTitle("Kondens");
        wb.snapshotProperty().addListener((o, a, s) -> stage.setTitle(s == null ? "Kondens" : "Kondens — " + s.project().title()));
        buildWindow();
        stage.setOnHidden(e -> Platform.exit());
        List<String> args = getParameters().getRaw();
        if (args.contains(STARTUP_PROBE)) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("First window shown " + ms + " ms after JVM start");
                Platform.exit();
            }));
            stage.show();
            return;
        }
        stage.show();
        List<String> files = args.stream().filter(a -> a.endsWith(".kondens")).toList();
        if (!files.isEmpty()) {
            wb.open(Path.of(files.get(0)));
        } else {
            // No project named: show the sample study, so a new user sees a real analysis at once.
            Samples.folder().ifPresent(wb::openSample);
        }
    }

    private void buildWindow() {
        MainWindow window = new MainWindow(wb, this::switchLanguage, this::switchTheme);
        stage.setScene(window.scene());
        // -Dkondens.area=STEP3 opens on a given work area (screenshots, demos).
        String area = System.getProperty("kondens.area");
        if (area != null) {
            window.show(MainWindow.Area.valueOf(area.toUpperCase(Locale.ROOT)));
        }
    }

    /** English ⇄ Norsk: the window is built again in the other language; the project stays open. */
    private void switchLanguage() {
        I18n next = new I18n(wb.text().norwegian() ? Locale.ENGLISH : I18n.NORWEGIAN);
        wb.setText(next);
        prefs().put("language", next.locale().toLanguageTag());
        var snapshot = wb.snapshot();
        buildWindow();
        if (snapshot != null) {
            wb.refresh();
        }
    }

    private void switchTheme() {
        dark = !dark;
        prefs().putBoolean("dark", dark);
        applyTheme();
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void stop() {
        if (wb != null) {
            wb.close();
        }
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node("org/kondens");
    }
}
