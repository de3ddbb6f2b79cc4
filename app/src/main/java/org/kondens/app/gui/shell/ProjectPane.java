package org.kondens.app.gui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Informant;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Session;
import org.kondens.core.model.Transcript;

/**
 * The left pane: the project's title and its transcripts grouped by informant (a focus group
 * under its own name), with meaning-unit counts. Choosing a transcript opens it in the reader.
 */
final class ProjectPane {

    /** A tree row: a heading, or a transcript. */
    record Entry(String label, UUID transcriptId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final VBox node;
    private final TreeView<Entry> tree = new TreeView<>();
    private boolean updating;

    ProjectPane(Workbench wb) {
        I18n t = wb.text();
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        tree.setId("project-tree");
        tree.setShowRoot(false);
        tree.setAccessibleText(t.get("pane.transcripts"));
        Label heading = new Label(t.get("pane.transcripts"));
        heading.getStyleClass().add("text-muted");
        node = new VBox(6, title, heading, tree);
        node.setPadding(new Insets(8));
        node.setMinWidth(180);
        VBox.setVgrow(tree, Priority.ALWAYS);
        java.util.function.Consumer<ProjectSnapshot> show = s -> {
            title.setText(s == null ? t.get("pane.noProject") : s.project().title());
            fill(s, wb);
        };
        wb.snapshotProperty().addListener((o, a, s) -> show.accept(s));
        // Built again (language switch) over an open project: show it now. The refreshed snapshot
        // equals the one before, so no change event would come.
        show.accept(wb.snapshot());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!updating && item != null && item.getValue().transcriptId() != null) {
                wb.transcript.set(item.getValue().transcriptId());
            }
        });
        wb.transcript.addListener((o, a, id) -> select(id));
    }

    Node node() {
        return node;
    }

    private void fill(ProjectSnapshot s, Workbench wb) {
        updating = true;
        TreeItem<Entry> root = new TreeItem<>(new Entry("", null));
        if (s != null) {
            I18n t = wb.text();
            Map<String, TreeItem<Entry>> byInformant = new LinkedHashMap<>();
            for (Transcript tr : s.transcripts()) {
                Session session = s.sessions().stream().filter(x -> x.id().equals(tr.sessionId())).findFirst().orElse(null);
                List<UUID> people = session == null ? List.of() : session.participants();
                String group = people.size() == 1 ? s.informant(people.get(0)).map(Informant::label).orElse("?")
                        : session != null && session.kind().name().equals("FOCUS_GROUP") ? t.get("pane.focusGroup", tr.title())
                        : t.get("pane.noInformant");
                long units = s.meaningUnits().stream().filter(u -> u.transcriptId().equals(tr.id())).count();
                TreeItem<Entry> parent = byInformant.computeIfAbsent(group, g -> {
                    TreeItem<Entry> item = new TreeItem<>(new Entry(g, null));
                    item.setExpanded(true);
                    return item;
                });
                parent.getChildren().add(new TreeItem<>(new Entry(t.get("pane.transcript", tr.title(), units), tr.id())));
            }
            root.getChildren().addAll(byInformant.values());
        }
        tree.setRoot(root);
        updating = false;
        select(wb.transcript.get());
    }

    private void select(UUID id) {
        if (id == null || tree.getRoot() == null) {
            return;
        }
        for (TreeItem<Entry> group : tree.getRoot().getChildren()) {
            for (TreeItem<Entry> item : group.getChildren()) {
                if (id.equals(item.getValue().transcriptId()) && tree.getSelectionModel().getSelectedItem() != item) {
                    updating = true;
                    tree.getSelectionModel().select(item);
                    updating = false;
                }
            }
        }
    }
}
