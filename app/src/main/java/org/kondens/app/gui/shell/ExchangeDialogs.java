package org.kondens.app.gui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.exchange.QdpxReader;
import org.kondens.core.model.ImportRecord;
import org.kondens.core.model.Language;

/**
 * The File menu's exchange with other tools: a REFI-QDA project into a new Kondens project, a
 * codebook (.qdc) into the open one, and the import log of what such imports brought. The work
 * runs on the project thread; the reports are shown in dialogs.
 */
final class ExchangeDialogs {

    private final Workbench wb;
    private final I18n t;
    private final Supplier<Window> owner;

    ExchangeDialogs(Workbench wb, I18n t, Supplier<Window> owner) {
        this.wb = wb;
        this.t = t;
        this.owner = owner;
    }

    void importQdpxDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("menu.importQdpx"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("file.qdpx"), "*.qdpx"));
        var qdpx = chooser.showOpenDialog(owner.get());
        if (qdpx == null) {
            return;
        }
        // The code tree is read on the project thread; a tree deeper than two levels asks which level become code groups.
        wb.call(() -> QdpxReader.codeLevels(qdpx.toPath())).thenAccept(levels -> {
            int level = chooseGroupLevel(levels);
            if (level == 0) {
                return;
            }
            FileChooser target = new FileChooser();
            target.setTitle(t.get("qdpx.saveAs"));
            target.setInitialDirectory(qdpx.getParentFile());
            target.setInitialFileName(qdpx.getName().replaceFirst("(?i)\\.qdpx$", "") + ".kondens");
            var out = target.showSaveDialog(owner.get());
            if (out != null) {
                importQdpx(qdpx.toPath(), out.toPath(), level);
            }
        });
    }

    /** 1 (the top) for a tree of two levels or fewer; else the level the user chose, 0 when cancelled. */
    private int chooseGroupLevel(List<List<String>> levels) {
        List<String> choices = levelChoices(levels, t);
        if (choices.size() < 2) {
            return 1;
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner.get());
        d.setTitle(t.get("qdpx.level.title"));
        d.setHeaderText(t.get("qdpx.level.header", levels.size()));
        d.setContentText(t.get("qdpx.level.label"));
        return d.showAndWait().map(c -> choices.indexOf(c) + 1).orElse(0);
    }

    /**
     * The levels a user can make code groups, each named with its first codes: every level but
     * the deepest (which has no subgroups below it). Empty when there is nothing to choose.
     */
    static List<String> levelChoices(List<List<String>> levels, I18n t) {
        List<String> choices = new ArrayList<>();
        for (int i = 0; i + 1 < levels.size(); i++) {
            List<String> names = levels.get(i);
            String some = String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", …" : "");
            choices.add(t.get(i == 0 ? "qdpx.level.top" : "qdpx.level.n", i + 1, some));
        }
        return choices.size() < 2 ? List.of() : choices;
    }

    /**
     * Imports {@code qdpx} into the new project {@code out}, the codes at level {@code groupLevel}
     * (1 = the top) as code groups, opens it and shows the import report.
     */
    CompletableFuture<Void> importQdpx(Path qdpx, Path out, int groupLevel) {
        Language language = t.norwegian() ? Language.NB : Language.EN;
        return wb.importQdpx(qdpx, out, language, groupLevel).thenAccept(report -> info(t.get("qdpx.done", qdpx.getFileName()),
                String.join("\n", report.lines(t.locale()))));
    }

    void importQdcDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("menu.importQdc"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("file.qdc"), "*.qdc", "*.xml"));
        var qdc = chooser.showOpenDialog(owner.get());
        if (qdc != null) {
            importQdc(qdc.toPath());
        }
    }

    /** Adds the codebook {@code qdc} to the open project (one undo step) and shows what was added. */
    CompletableFuture<Void> importQdc(Path qdc) {
        java.util.Locale locale = t.locale();
        return wb.edit(p -> String.join("\n", p.importCodebook(qdc).lines(locale)))
                .thenAccept(lines -> info(t.get("qdc.done", qdc.getFileName()), lines));
    }

    /** File › Import log…: what each import from another tool brought and could not carry (read on the project thread). */
    CompletableFuture<String> showImportLog() {
        return wb.read(p -> importLogText(p.importLog())).thenApply(text -> {
            info(t.get("menu.importLog").replace("…", "").strip(), text);
            return text;
        });
    }

    private String importLogText(java.util.List<ImportRecord> log) {
        if (log.isEmpty()) {
            return t.get("importLog.empty");
        }
        StringBuilder text = new StringBuilder();
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM).withLocale(t.locale()).withZone(java.time.ZoneId.systemDefault());
        for (var r : log) {
            text.append(when.format(r.time())).append(" · ").append(r.file()).append('\n');
            r.lines().forEach(l -> text.append(l).append('\n'));
            text.append('\n');
        }
        return text.toString().strip();
    }

    private void info(String title, String text) {
        MainWindow.info(owner.get(), title, text);
    }
}
