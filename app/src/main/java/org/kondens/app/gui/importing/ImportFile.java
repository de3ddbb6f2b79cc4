package org.kondens.app.gui.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kondens.core.importer.ImportedTranscript;

/**
 * One file in the import dialog: what reading it found (speakers and turns) or why it cannot be
 * read, the informant label the user gives it, and after importing, what happened.
 */
final class ImportFile {

    enum State { READING, READ, UNREADABLE, IMPORTED, FAILED }

    final Path path;
    final ObjectProperty<State> state = new SimpleObjectProperty<>(State.READING);
    final StringProperty label = new SimpleStringProperty("");
    /** The reason it cannot be read or was not imported; for an imported file, the transcript's title. */
    final StringProperty message = new SimpleStringProperty("");
    private ImportedTranscript read;

    ImportFile(Path path) {
        this.path = path;
    }

    ImportedTranscript read() {
        return read;
    }

    void setRead(ImportedTranscript read) {
        this.read = read;
        state.set(State.READ);
    }

    String name() {
        return path.getFileName().toString();
    }

    /** "I: 41 · EK2: 40" (turns per speaker label). */
    String speakers() {
        if (read == null) {
            return "";
        }
        Map<String, Long> speakers = read.speakers();
        return speakers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · "));
    }

    boolean importable() {
        return state.get() == State.READ;
    }
}
