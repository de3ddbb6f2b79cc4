package org.kondens.app.gui.reader;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Informant;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Session;
import org.kondens.core.model.Transcript;

/**
 * Reading one transcript after another: previous / the transcript (a list) / next, "3 of 7",
 * and who speaks in it. Follows and sets {@code wb.transcript}. Alt+Left / Alt+Right page through.
 */
public final class ReaderNav {

    private final Workbench wb;
    private final I18n t;
    private final HBox node;
    private final ComboBox<Transcript> choice = new ComboBox<>();
    private final Button previous = new Button("◀");
    private final Button next = new Button("▶");
    private final Label position = new Label();
    private final Label who = new Label();
    private boolean updating;

    public ReaderNav(Workbench wb, String idPrefix) {
        this.wb = wb;
        this.t = wb.text();
        choice.setId(idPrefix + "-transcript");
        previous.setId(idPrefix + "-previous");
        next.setId(idPrefix + "-next");
        choice.setAccessibleText(t.get("step2.nav.transcript"));
        previous.setAccessibleText(t.get("step2.nav.previous"));
        next.setAccessibleText(t.get("step2.nav.next"));
        previous.setTooltip(new Tooltip(t.get("step2.nav.previous")));
        next.setTooltip(new Tooltip(t.get("step2.nav.next")));
        previous.getStyleClass().add("flat");
        next.getStyleClass().add("flat");
        choice.setPrefWidth(260);
        choice.setMaxWidth(360);
        choice.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Transcript item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        choice.setButtonCell(choice.getCellFactory().call(null));
        position.getStyleClass().add("text-muted");
        who.getStyleClass().add("text-muted");
        who.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        node = new HBox(6, previous, choice, next, position, gap, who);
        node.setAlignment(Pos.CENTER_LEFT);

        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        choice.valueProperty().addListener((o, a, tr) -> {
            if (!updating && tr != null) {
                wb.transcript.set(tr.id());
            }
        });
        wb.snapshotProperty().addListener((o, a, s) -> refresh());
        wb.transcript.addListener((o, a, id) -> refresh());
        refresh();
    }

    public Node node() {
        return node;
    }

    /** Shows the transcript {@code delta} places on in the project's order. */
    /** Alt+← / Alt+→ anywhere in {@code area} go to the previous / next transcript. */
    public void bindKeys(javafx.scene.Node area) {
        area.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.PREVIOUS_TRANSCRIPT.match(e) || Shortcuts.NEXT_TRANSCRIPT.match(e)) {
                e.consume();
                step(Shortcuts.PREVIOUS_TRANSCRIPT.match(e) ? -1 : 1);
            }
        });
    }

    void step(int delta) {
        ProjectSnapshot s = wb.snapshot();
        if (s == null || s.transcripts().isEmpty()) {
            return;
        }
        int i = indexOf(s, wb.transcript.get());
        int j = Math.max(0, Math.min(s.transcripts().size() - 1, i + delta));
        wb.transcript.set(s.transcripts().get(j).id());
    }

    private static int indexOf(ProjectSnapshot s, UUID id) {
        for (int i = 0; i < s.transcripts().size(); i++) {
            if (s.transcripts().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void refresh() {
        ProjectSnapshot s = wb.snapshot();
        updating = true;
        try {
            List<Transcript> all = s == null ? List.of() : s.transcripts();
            if (!all.equals(choice.getItems())) {
                choice.getItems().setAll(all);
            }
            int i = s == null ? -1 : indexOf(s, wb.transcript.get());
            Transcript shown = i < 0 ? null : all.get(i);
            if (!Objects.equals(choice.getValue(), shown)) {
                choice.setValue(shown);
            }
            previous.setDisable(i <= 0);
            next.setDisable(i < 0 || i >= all.size() - 1);
            position.setText(i < 0 ? "" : t.get("step2.nav.position", i + 1, all.size()));
            who.setText(shown == null ? "" : speakers(s, shown));
        } finally {
            updating = false;
        }
    }

    /** "Informant 3" or "Focus group · 5 participants", with the session date when known. */
    private String speakers(ProjectSnapshot s, Transcript tr) {
        Session session = s.sessions().stream().filter(x -> x.id().equals(tr.sessionId())).findFirst().orElse(null);
        if (session == null) {
            return "";
        }
        List<String> labels = session.participants().stream().map(p -> s.informant(p).map(Informant::label).orElse("?")).toList();
        String people = labels.size() == 1 ? labels.get(0) : t.get("step2.nav.participants", labels.size());
        return session.date() == null ? people : people + " · " + session.date();
    }
}
