package org.kondens.app.gui.shell;

import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kondens.app.gui.common.RecentProjects;
import org.kondens.app.gui.common.Samples;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.search.SearchIndex;

/** The desktop app: one window over one project. */
public final class KondensApp extends Application {

    /** Argument that starts the window, prints the milliseconds from JVM start to the first shown window, and exits. */
    public static final String STARTUP_PROBE = "--startup-probe";

    private Workbench wb;

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
        // The FX thread never waits on the disk; should some path slip, the log says where.
        org.kondens.core.ThreadGuard.install(() -> {
            if (Platform.isFxApplicationThread()) {
                org.kondens.app.ErrorLog.append("database or index work on the FX thread",
                        new IllegalStateException("database or index work on the FX thread"));
            }
        });
        wb = new Workbench(AppShell.savedLanguage(), org.kondens.core.CacheFolder.root());
        new AppShell(stage, wb);
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
        var prefs = AppShell.prefs();
        StartupChoice choice = StartupChoice.decide(args, RecentProjects.list(), prefs.getBoolean(StartupChoice.STARTED_KEY, false));
        try {
            prefs.putBoolean(StartupChoice.STARTED_KEY, true);
        } catch (RuntimeException e) {
            // preferences unavailable: the sample shows again next time
        }
        switch (choice.kind()) {
            case PROJECT -> wb.open(choice.file());
            case SAMPLE -> Samples.folder().ifPresent(wb::openSample);
            case NOTHING -> { }
        }
    }

    @Override
    public void stop() {
        if (wb != null) {
            wb.close();
        }
    }
}
