package org.kondens.app.gui.shell;

import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kondens.app.gui.common.RecentProjects;
import org.kondens.app.gui.common.Samples;
import org.kondens.app.gui.common.Workbench;

/** The desktop app: one window over one project. */
public final class KondensApp extends Application {

    /** Argument that starts the window, prints the milliseconds from JVM start to the first shown window, and exits ({@link StartupProbe}). */
    public static final String STARTUP_PROBE = StartupProbe.ARG;

    /** {@code --review FILE.kondens}: a reviewer's copy, the analysis read only, comments can be added. */
    public static final String REVIEW = "--review";

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
        List<String> args = getParameters().getRaw();
        Optional<StartupProbe> probe = StartupProbe.of(args);
        probe.ifPresent(p -> StartupProbe.ownSettings());
        FirstFrameGate gate = new FirstFrameGate();
        wb = new Workbench(AppShell.savedLanguage(), org.kondens.core.CacheFolder.root(), gate);
        wb.reviewOnly(args.contains(REVIEW));
        // The project opens on its own thread while the first window is made; it is shown, and the
        // work area built, once that window's first frame is drawn.
        open(probe.map(StartupProbe::choice).orElseGet(() -> firstChoice(args)));
        AppShell.startingUp(stage, wb, shell -> {
            gate.open();
            probe.ifPresent(p -> p.afterFirstFrame(shell));
        });
        stage.setOnHidden(e -> Platform.exit());
        probe.ifPresent(p -> p.arm(stage));
        stage.show();
    }

    /** The project the start asks for (named, last, or the sample on the very first start). */
    private static StartupChoice firstChoice(List<String> args) {
        var prefs = AppShell.prefs();
        StartupChoice choice = StartupChoice.decide(args, RecentProjects.list(), prefs.getBoolean(StartupChoice.STARTED_KEY, false));
        try {
            prefs.putBoolean(StartupChoice.STARTED_KEY, true);
        } catch (RuntimeException e) {
            // preferences unavailable: the sample shows again next time
        }
        return choice;
    }

    private void open(StartupChoice choice) {
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
