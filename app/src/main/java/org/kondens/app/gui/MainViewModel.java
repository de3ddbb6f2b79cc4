package org.kondens.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.kondens.core.KondensException;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * State of the main window. Opening and reading the project happen on a background thread;
 * properties change on the FX thread only.
 */
public final class MainViewModel {

    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("Kondens");
    private final ReadOnlyStringWrapper projectTitle = new ReadOnlyStringWrapper("No project open");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a project to begin.");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> stepSummaries = FXCollections.observableArrayList();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kondens-background");
        t.setDaemon(true);
        return t;
    });
    private StcProject project;

    public void open(Path file) {
        openInBackground(file, false);
    }

    /** Opens the sample project in {@code samples}, building it from the sample study first if needed. */
    public void openSample(Path samples) {
        openInBackground(samples.resolve(Samples.PROJECT), true);
    }

    private void openInBackground(Path file, boolean sample) {
        status.set((sample && !java.nio.file.Files.exists(file) ? "Building the sample study " : "Opening ") + file.getFileName() + " …");
        Task<ProjectSnapshot> task = new Task<>() {
            @Override
            protected ProjectSnapshot call() {
                if (sample) {
                    Samples.ensureBuilt(file.getParent());
                }
                StcProject p = StcProject.open(file);
                project = p;
                return p.snapshot();
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            status.set(error instanceof KondensException ? error.getMessage() : "Could not open " + file + ": " + error);
        });
        background.submit(task);
    }

    private void show(ProjectSnapshot s) {
        projectTitle.set(s.project().title());
        windowTitle.set("Kondens — " + s.project().title());
        List<String> steps = new ArrayList<>();
        steps.add("1  Total impression — " + s.transcripts().size() + " transcripts, " + s.themes().size() + " preliminary themes");
        steps.add("2  Meaning units — " + s.meaningUnits().size() + " meaning units in " + s.codeGroups().size() + " code groups");
        steps.add("3  Condensation — " + s.subgroups().size() + " subgroups, "
                + s.subgroups().stream().filter(x -> !x.condensate().isBlank()).count() + " with condensate");
        steps.add("4  Synthesis — " + s.codeGroups().stream().filter(g -> g.finalName() != null).count() + " final names");
        stepSummaries.setAll(steps);
        status.set("✓ All changes saved");
        loaded.set(true);
    }

    public void close() {
        background.shutdownNow();
        if (project != null) {
            project.close();
        }
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectTitleProperty() {
        return projectTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<String> stepSummaries() {
        return stepSummaries;
    }
}
