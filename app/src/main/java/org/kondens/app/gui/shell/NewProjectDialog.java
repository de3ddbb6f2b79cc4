package org.kondens.app.gui.shell;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.RecentProjects;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.importing.ImportDialog;
import org.kondens.core.model.Language;

/** "New project": title, language and where to keep the file; then the import dialog. */
final class NewProjectDialog {

    private NewProjectDialog() {
    }

    static void show(Window owner, Workbench wb) {
        I18n t = wb.text();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t.get("new.title"));
        d.setHeaderText(t.get("new.header"));
        TextField title = new TextField();
        title.setId("new-title");
        title.setPromptText(t.get("new.projectTitle"));
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.getItems().addAll(Language.values());
        language.setValue(t.norwegian() ? Language.NB : Language.EN);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : l.displayName(); // "Norsk bokmål", not "NB"
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        TextField where = new TextField();
        where.setId("new-file");
        where.setPrefColumnCount(28);
        Button browse = new Button(t.get("new.browse"));
        browse.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setInitialDirectory(startFolder().toFile());
            c.setInitialFileName((title.getText().isBlank() ? "prosjekt" : title.getText().strip()) + ".kondens");
            File f = c.showSaveDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                where.setText(f.getPath().endsWith(".kondens") ? f.getPath() : f.getPath() + ".kondens");
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(t.get("new.projectTitle")), title);
        grid.addRow(1, new Label(t.get("new.language")), language);
        grid.addRow(2, new Label(t.get("new.file")), where, browse);
        d.getDialogPane().setContent(grid);
        // JavaFX has no Norwegian for its own OK/Cancel: the buttons get our words.
        ButtonType create = new ButtonType(t.get("new.create"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(create, cancel(t));
        d.getDialogPane().lookupButton(create).disableProperty()
                .bind(title.textProperty().isEmpty().or(where.textProperty().isEmpty()));
        // Sized explicitly: under some window managers a dialog otherwise opens at 200×200.
        d.getDialogPane().setMinSize(560, 260);
        d.getDialogPane().setPrefSize(640, 280);
        d.setResizable(true);
        d.showAndWait().filter(b -> b == create).ifPresent(b ->
                wb.create(Path.of(where.getText().strip()), title.getText().strip(), language.getValue())
                        .thenRun(() -> ImportDialog.show(owner, wb)));
    }

    /**
     * Where the file chooser starts: beside the newest recent project, else the home folder —
     * never the folder Kondens happens to run from (a source checkout, a program folder).
     */
    static Path startFolder() {
        return RecentProjects.list().stream().map(p -> p.toAbsolutePath().getParent())
                .filter(f -> f != null && java.nio.file.Files.isDirectory(f)).findFirst()
                .orElse(Path.of(System.getProperty("user.home")));
    }

    /** A Cancel button in the UI's language. */
    static ButtonType cancel(I18n t) {
        return new ButtonType(t.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
