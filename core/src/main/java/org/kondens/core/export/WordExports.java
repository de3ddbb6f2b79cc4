package org.kondens.core.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The Word exports: tables and texts a student pastes into the thesis, in the project's language. */
final class WordExports {

    private static final int TEXT_WIDTH = WordDocument.TEXT_WIDTH;

    private WordExports() {
    }

    private static WordDocument document(Analysis a, ExportOptions o) {
        return WordDocument.create(o.template(), a.time());
    }

    /** Tabell 1: code groups as columns (or rows), subgroups under each, in the researcher's order. */
    static WordDocument findings(Analysis a, ExportOptions o) {
        List<List<String>> rows = findingsRows(a, o.rowsLayout());
        WordDocument doc = document(a, o);
        doc.caption(a.labels.caption(1, a.labels.groupsAndSubgroups()));
        if (o.rowsLayout()) {
            XWPFTable table = doc.table(rows, new int[] {TEXT_WIDTH * 2 / 5, TEXT_WIDTH * 3 / 5});
            mergeBlocks(table, rows, 0, 0);
        } else {
            doc.table(rows, equal(rows.get(0).size()));
        }
        return doc;
    }

    /** The findings table's cells; in rows layout a code group's name stands only in its first row. */
    static List<List<String>> findingsRows(Analysis a, boolean rowsLayout) {
        Labels l = a.labels;
        List<CodeGroup> groups = a.groups();
        if (groups.isEmpty()) {
            throw new KondensException(Problem.EXPORT_NO_GROUPS, Labels.lower(l.groups()));
        }
        List<List<String>> rows = new ArrayList<>();
        if (rowsLayout) {
            rows.add(List.of(l.group(), l.subgroup()));
            for (CodeGroup g : groups) {
                List<Subgroup> subs = a.subgroups(g);
                rows.add(List.of(Analysis.name(g), subs.isEmpty() ? "" : subs.get(0).name()));
                for (int i = 1; i < subs.size(); i++) {
                    rows.add(List.of("", subs.get(i).name()));
                }
            }
        } else {
            rows.add(groups.stream().map(Analysis::name).toList());
            int depth = groups.stream().mapToInt(g -> a.subgroups(g).size()).max().orElse(0);
            for (int i = 0; i < depth; i++) {
                List<String> row = new ArrayList<>();
                for (CodeGroup g : groups) {
                    List<Subgroup> subs = a.subgroups(g);
                    row.add(i < subs.size() ? subs.get(i).name() : "");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Trinn 1–4 for chosen subgroups: theme | a meaning unit | the condensate | the analytic text. */
    static WordDocument process(Analysis a, ExportOptions o) {
        List<List<String>> rows = processRows(a, o);
        WordDocument doc = document(a, o);
        doc.caption(a.labels.caption(2, a.labels.get("process")));
        doc.table(rows, new int[] {TEXT_WIDTH * 3 / 20, TEXT_WIDTH * 5 / 20, TEXT_WIDTH * 6 / 20, TEXT_WIDTH * 6 / 20});
        return doc;
    }

    /** One row per chosen subgroup (default: the first condensed subgroup of each code group). */
    static List<List<String>> processRows(Analysis a, ExportOptions o) {
        Labels l = a.labels;
        List<Subgroup> chosen = new ArrayList<>();
        if (o.subgroups().isEmpty()) {
            for (CodeGroup g : a.groups()) {
                a.subgroups(g).stream().filter(s -> !Labels.blank(s.condensate())).findFirst()
                        .or(() -> a.subgroups(g).stream().findFirst()).ifPresent(chosen::add);
            }
        } else {
            for (UUID id : o.subgroups()) {
                chosen.add(a.s.subgroups().stream().filter(s -> s.id().equals(id)).findFirst()
                        .orElseThrow(() -> new KondensException(Problem.NO_SUCH, Labels.lower(a.labels.subgroup()), id)));
            }
        }
        if (chosen.isEmpty()) {
            throw new KondensException(Problem.EXPORT_NO_SUBGROUPS, Labels.lower(l.subgroups()));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(l.get("step") + " 1: " + l.get("theme"), l.get("step") + " 2: " + l.get("unit"),
                l.get("step") + " 3: " + l.get("condensate"), l.get("step") + " 4: " + l.get("analytic")));
        for (Subgroup s : chosen) {
            CodeGroup g = a.s.codeGroups().stream().filter(x -> x.id().equals(s.codeGroupId())).findFirst().orElseThrow();
            List<String> themes = a.themeNames(s.grewFrom());
            if (themes.isEmpty()) {
                themes = a.themeNames(g.grewFrom());
            }
            rows.add(List.of(String.join("\n", themes), exampleUnit(a, g, s), Objects.requireNonNullElse(s.condensate(), "").strip(),
                    Objects.requireNonNullElse(s.analyticText(), "").strip()));
        }
        return rows;
    }

    /** The subgroup's first illustrative quote, else its first meaning unit: «…» (label). */
    private static String exampleUnit(Analysis a, CodeGroup g, Subgroup s) {
        List<Quote> quotes = a.quotes(g, s);
        if (!quotes.isEmpty()) {
            return "«" + a.quoteText(quotes.get(0)) + "» (" + a.quoteLabel(quotes.get(0)) + ")";
        }
        List<MeaningUnit> units = a.units(g, s);
        if (units.isEmpty()) {
            return "";
        }
        String who = a.informant(units.get(0));
        return "«" + a.oneLine(units.get(0)) + "»" + (who.isEmpty() ? "" : " (" + who + ")");
    }

    /** Heading 1 per code group, Heading 2 per subgroup, analytic texts, block quotes with labels. */
    static WordDocument results(Analysis a, ExportOptions o) {
        Labels l = a.labels;
        WordDocument doc = document(a, o);
        doc.title(l.get("results"));
        List<CodeGroup> groups = a.groups();
        doc.text(l.get("resultsIntro", groups.size(), Labels.lower(groups.size() == 1 ? l.group() : l.groups()),
                l.list(groups.stream().map(g -> Analysis.name(g).contains("«") ? Analysis.name(g) : "«" + Analysis.name(g) + "»").toList())));
        for (CodeGroup g : groups) {
            doc.heading(1, Analysis.name(g));
            if (!Labels.blank(g.analyticIntro())) {
                doc.text(g.analyticIntro());
            }
            for (Quote q : a.quotes(g, null)) {
                doc.quote(a.quoteText(q), a.quoteLabel(q));
            }
            for (Subgroup s : a.subgroups(g)) {
                doc.heading(2, s.name());
                if (Labels.blank(s.analyticText())) {
                    doc.text(l.get("notYet"));
                } else {
                    doc.text(s.analyticText());
                }
                for (Quote q : a.quotes(g, s)) {
                    doc.quote(a.quoteText(q), a.quoteLabel(q));
                }
            }
        }
        return doc;
    }

    /** Per code group: description, origin themes, and a table of subgroups with unit and informant counts. */
    static WordDocument codebook(Analysis a, ExportOptions o) {
        Labels l = a.labels;
        WordDocument doc = document(a, o);
        doc.title(l.get("codebook") + " – " + a.s.project().title());
        for (CodeGroup g : a.groups()) {
            doc.heading(1, Analysis.name(g));
            if (!Labels.blank(g.finalName()) && !g.finalName().equals(g.workingName())) {
                doc.text("(" + g.workingName() + ")");
            }
            if (!Labels.blank(g.description())) {
                doc.text(g.description());
            }
            List<String> themes = a.themeNames(g.grewFrom());
            if (!themes.isEmpty()) {
                doc.text(l.get("themes") + ": " + String.join("; ", themes) + ".");
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(l.subgroup(), l.get("themes"), l.get("units"), l.get("informants")));
            for (Subgroup s : a.subgroups(g)) {
                List<MeaningUnit> units = a.units(g, s);
                rows.add(List.of(s.name(), String.join("; ", a.themeNames(s.grewFrom())), String.valueOf(units.size()),
                        String.valueOf(a.informantCount(units))));
            }
            List<MeaningUnit> all = a.allUnits(g);
            rows.add(List.of(l.get("total"), "", String.valueOf(all.size()), String.valueOf(a.informantCount(all))));
            doc.table(rows, new int[] {TEXT_WIDTH * 4 / 10, TEXT_WIDTH * 3 / 10, TEXT_WIDTH * 3 / 20, TEXT_WIDTH * 3 / 20});
        }
        return doc;
    }

    /** Per subgroup: its meaning units (with informant) beside the condensate, for the step-3 review. */
    static WordDocument condensates(Analysis a, ExportOptions o) {
        Labels l = a.labels;
        WordDocument doc = document(a, o);
        doc.title(l.get("condensates") + " – " + a.s.project().title());
        for (CodeGroup g : a.groups()) {
            doc.heading(1, Analysis.name(g));
            for (Subgroup s : a.subgroups(g)) {
                doc.heading(2, s.name());
                doc.table(List.of(List.of(l.get("units"), l.get("condensate")),
                        List.of(unitsText(a, g, s), Labels.blank(s.condensate()) ? l.get("notYet") : s.condensate().strip())),
                        new int[] {TEXT_WIDTH * 11 / 20, TEXT_WIDTH * 9 / 20});
            }
        }
        return doc;
    }

    /** A subgroup's units, one per line: «text» (informant). */
    static String unitsText(Analysis a, CodeGroup g, Subgroup s) {
        StringBuilder units = new StringBuilder();
        for (MeaningUnit u : a.units(g, s)) {
            String who = a.informant(u);
            units.append(units.isEmpty() ? "" : "\n").append("«").append(a.oneLine(u)).append("»")
                    .append(who.isEmpty() ? "" : " (" + who + ")");
        }
        return units.toString();
    }

    /** One row per informant with chosen attributes, grouped by session with its date, duration and pages. */
    static WordDocument participants(Analysis a, ExportOptions o) {
        List<List<String>> rows = participantRows(a, o);
        WordDocument doc = document(a, o);
        doc.caption(a.labels.caption(1, a.labels.get("participants")));
        XWPFTable table = doc.table(rows, null);
        int sessionColumn = rows.get(0).size() - 4;
        for (int c = sessionColumn; c < sessionColumn + 4; c++) {
            mergeBlocks(table, rows, sessionColumn, c);
        }
        doc.text(a.labels.get("pagesNote"));
        return doc;
    }

    /** Informant, attributes, then the session (kind, date, minutes, pages) given in its first row only. */
    static List<List<String>> participantRows(Analysis a, ExportOptions o) {
        Labels l = a.labels;
        Set<String> keys = new LinkedHashSet<>();
        if (o.attributes().isEmpty()) {
            a.s.informants().forEach(i -> keys.addAll(i.attributes().keySet()));
        } else {
            keys.addAll(o.attributes());
        }
        List<String> header = new ArrayList<>(List.of(l.get("informant")));
        header.addAll(keys);
        header.addAll(List.of(l.get("session"), l.get("date"), l.get("duration"), l.get("pages")));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Session session : a.s.sessions()) {
            if (session.pilot()) {
                continue; // pilot interviews are not part of the analysis
            }
            List<Transcript> transcripts = a.s.transcripts().stream().filter(t -> t.sessionId().equals(session.id())).toList();
            long words = transcripts.stream().mapToLong(t -> t.text().split("\\s+").length).sum();
            String pages = words == 0 ? "" : String.valueOf((words + 499) / 500);
            boolean firstRow = true;
            List<UUID> people = session.participants().isEmpty() ? java.util.Collections.singletonList(null) : session.participants();
            for (UUID id : people) {
                Informant who = id == null ? null : a.s.informant(id).orElse(null);
                List<String> row = new ArrayList<>();
                row.add(who == null ? "" : who.label());
                for (String key : keys) {
                    row.add(who == null ? "" : who.attributes().getOrDefault(key, ""));
                }
                row.add(firstRow ? l.get(session.kind().name()) : "");
                row.add(firstRow && session.date() != null ? session.date().toString() : "");
                row.add(firstRow && session.durationMinutes() != null ? String.valueOf(session.durationMinutes()) : "");
                row.add(firstRow ? pages : "");
                rows.add(row);
                firstRow = false;
            }
        }
        return rows;
    }

    /**
     * Merges column {@code col} down over blocks: a block starts at a row whose {@code keyColumn}
     * cell is filled and runs while that cell stays empty (a code group, a session).
     */
    private static void mergeBlocks(XWPFTable table, List<List<String>> rows, int keyColumn, int col) {
        int start = -1;
        for (int r = 1; r <= rows.size(); r++) {
            boolean newBlock = r == rows.size() || !rows.get(r).get(keyColumn).isEmpty();
            if (newBlock) {
                if (start > 0) {
                    mergeDown(table, col, start, r - 1);
                }
                start = r;
            }
        }
    }

    /** Vertical merge: the cell in {@code col} spans rows {@code from..to}, as in a hand-made table. */
    private static void mergeDown(XWPFTable table, int col, int from, int to) {
        if (to <= from) {
            return;
        }
        for (int r = from; r <= to; r++) {
            var tcPr = table.getRow(r).getCell(col).getCTTc().isSetTcPr() ? table.getRow(r).getCell(col).getCTTc().getTcPr()
                    : table.getRow(r).getCell(col).getCTTc().addNewTcPr();
            tcPr.addNewVMerge().setVal(r == from ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    private static int[] equal(int columns) {
        int[] w = new int[columns];
        java.util.Arrays.fill(w, TEXT_WIDTH / columns);
        return w;
    }
}
