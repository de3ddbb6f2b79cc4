package org.kondens.core.export;

import org.kondens.core.WordDiff;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.kondens.core.Messages;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.ReviewedText;
import org.kondens.core.model.Subgroup;

/**
 * The review document's first section: what changed since the last round, from the audit trail
 * after the round's position (created, renamed, merged, split, moved, rewritten, deleted, undone),
 * and the condensates, analytic texts and analytic introductions that read differently now,
 * before → after.
 */
final class ReviewChanges {

    /** The audit actions a supervisor wants to see, by the kind of change. Others (colours, order, notes, comments) are left out. */
    static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("reviewCreated", List.of("Add code group", "Add subgroup", "Add meaning unit", "Add theme", "Choose quote",
                "Code groups from themes", "Import transcript"));
        KINDS.put("reviewRenamed", List.of("Rename code group", "Rename subgroup", "Rename theme", "Set final name", "Rename informant",
                "Set level names", "Set title"));
        KINDS.put("reviewMerged", List.of("Merge code groups", "Merge themes"));
        KINDS.put("reviewSplit", List.of("Split code group", "Split theme", "Split subgroup"));
        KINDS.put("reviewMoved", List.of("Move meaning unit", "Move subgroup", "Assign meaning unit", "Remove from code group",
                "Resize meaning unit"));
        // Condensates and analytic texts are shown before → after below, not as their many edit lines.
        KINDS.put("reviewRewritten", List.of("Describe code group", "Describe theme", "Edit quote", "Accept suggestion",
                "Set research question", "Set sub-questions"));
        KINDS.put("reviewDeleted", List.of("Delete code group", "Delete subgroup", "Delete meaning unit", "Delete theme", "Remove quote",
                "Delete transcript"));
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    /** A text that reads differently now than when the last round was sent. */
    record TextChange(String what, String before, String after) {
    }

    private final Analysis a;
    private final Labels l;
    private final WordDocument doc;

    ReviewChanges(Analysis a, WordDocument doc) {
        this.a = a;
        this.l = a.labels;
        this.doc = doc;
    }

    void write() {
        doc.heading(1, l.get("reviewChanges"));
        ReviewRound last = a.s.review().lastRound().orElse(null);
        if (last == null) {
            doc.paragraph(null, l.get("reviewFirst"));
            return;
        }
        doc.paragraph(null, last.reviewers().isEmpty() ? l.get("reviewSinceNoOne", DAY.format(last.time()))
                : l.get("reviewSince", DAY.format(last.time()), l.list(last.reviewers())));
        Map<String, List<String>> lines = lines(a.s.audit(), last.auditPosition());
        List<TextChange> texts = texts(last);
        if (lines.isEmpty() && texts.isEmpty()) {
            doc.paragraph(null, l.get("reviewNothing"));
            return;
        }
        lines.forEach((kind, items) -> {
            XWPFParagraph head = doc.paragraph(null, null);
            ReviewDocument.keepNext(head, true);
            head.setSpacingAfter(40);
            XWPFRun r = head.createRun();
            r.setText(l.get(kind));
            r.setBold(true);
            for (String item : items) {
                XWPFParagraph p = doc.paragraph(null, null);
                ReviewDocument.exact(p, "–\t" + item);
                p.setIndentationLeft(360);
                p.setIndentationHanging(360);
                p.setSpacingAfter(0);
            }
        });
        if (!texts.isEmpty()) {
            doc.caption(l.get("reviewTexts"));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(l.get("text"), l.get("reviewBefore"), l.get("reviewAfter")));
            texts.forEach(t -> rows.add(List.of(t.what(), t.before().isBlank() ? l.get("reviewEmpty") : "",
                    t.after().isBlank() ? l.get("reviewEmpty") : "")));
            int w = WordDocument.TEXT_WIDTH;
            XWPFTable table = doc.table(rows, new int[] {w * 4 / 20, w * 8 / 20, w * 8 / 20});
            for (int r = 0; r < texts.size(); r++) {
                List<WordDiff.Piece> diff = WordDiff.of(texts.get(r).before(), texts.get(r).after());
                fill(table.getRow(r + 1).getCell(1), diff, WordDiff.Kind.DELETED);
                fill(table.getRow(r + 1).getCell(2), diff, WordDiff.Kind.INSERTED);
            }
        }
    }

    /** The text before (words gone struck through) or after (new words underlined), one paragraph per line. */
    private static void fill(XWPFTableCell cell, List<WordDiff.Piece> diff, WordDiff.Kind marked) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        for (WordDiff.Piece piece : diff) {
            if (piece.kind() != WordDiff.Kind.SAME && piece.kind() != marked) {
                continue;
            }
            String[] lines = piece.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p = cell.addParagraph();
                    p.setSpacingAfter(0);
                }
                String line = lines[i];
                String words = line.strip();
                if (piece.kind() == WordDiff.Kind.SAME || words.isEmpty()) {
                    plain(p, line);
                    continue;
                }
                // Spaces around changed words stay unmarked: only the words are struck through or underlined.
                int at = line.indexOf(words);
                plain(p, line.substring(0, at));
                XWPFRun run = p.createRun();
                run.setText(words);
                if (piece.kind() == WordDiff.Kind.DELETED) {
                    run.setStrikeThrough(true);
                    run.setColor("A61C1C");
                } else {
                    run.setUnderline(UnderlinePatterns.SINGLE);
                    run.setColor("1B5E20");
                }
                plain(p, line.substring(at + words.length()));
            }
        }
    }

    private static void plain(XWPFParagraph p, String text) {
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
    }

    /** The audit lines after {@code position}, by kind, each once, in the order they happened: "Gi kodegruppe nytt navn: A → B". */
    Map<String, List<String>> lines(List<AuditEntry> audit, long position) {
        Map<String, Set<String>> byKind = new LinkedHashMap<>();
        for (AuditEntry e : audit) {
            if (e.id() <= position) {
                continue;
            }
            boolean undone = e.action().startsWith("Undo ") || e.action().startsWith("Redo ");
            String action = undone ? e.action().substring(5) : e.action();
            String kind = KINDS.entrySet().stream().filter(k -> k.getValue().contains(action)).map(Map.Entry::getKey).findFirst()
                    .orElse(null);
            if (kind == null && !(undone && (action.equals("Edit condensate") || action.equals("Edit analytic text")))) {
                continue;
            }
            String shown = action(action) + (Labels.blank(e.detail()) ? "" : ": " + readable(e.detail()));
            if (undone) {
                kind = "reviewUndone";
                shown = l.get(e.action().startsWith("Undo ") ? "reviewUndo" : "reviewRedo", shown);
            }
            byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(shown);
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String kind : KINDS.keySet()) {
            if (byKind.containsKey(kind)) {
                ordered.put(kind, List.copyOf(byKind.get(kind)));
            }
        }
        if (byKind.containsKey("reviewUndone")) {
            ordered.put("reviewUndone", List.copyOf(byKind.get("reviewUndone")));
        }
        return ordered;
    }

    /** The action in the project's language, with the project's own level names ("Gi tema nytt navn"). */
    private String action(String action) {
        String shown = Messages.undoAction(action, Messages.locale(a.s.project().language()));
        shown = swap(shown, l.get("codeGroup"), l.group(), l.groups());
        return swap(shown, l.get("subgroup"), l.subgroup(), l.subgroups());
    }

    private String swap(String text, String standard, String ours, String oursPlural) {
        if (standard.equals(ours)) {
            return text;
        }
        String lower = Labels.lower(standard);
        String plural = lower + (l.english() ? "s" : "r");
        return text.replace(plural, Labels.lower(oursPlural)).replace(lower, Labels.lower(ours))
                .replace(standard, ours);
    }

    /** An audit detail without the character offsets meaning units carry there ("Intervju 1 [120–180] …"). */
    static String readable(String detail) {
        return detail.replaceAll("\\s*\\[\\d+–\\d+\\](\\s*→\\s*\\[\\d+–\\d+\\])?", "").strip();
    }

    /** Condensates, analytic texts and analytic introductions that read differently than when {@code last} was sent. */
    List<TextChange> texts(ReviewRound last) {
        List<TextChange> changes = new ArrayList<>();
        for (CodeGroup g : a.groups()) {
            compare(changes, last.text(Kind.CODE_GROUP, g.id()).orElse(null), g.analyticIntro(),
                    l.get("reviewIntro") + " – " + Analysis.name(g));
            for (Subgroup s : a.subgroups(g)) {
                String where = Analysis.name(g) + " / " + s.name();
                compare(changes, last.text(Kind.CONDENSATE, s.id()).orElse(null), s.condensate(), l.get("condensate") + " – " + where);
                compare(changes, last.text(Kind.ANALYTIC_TEXT, s.id()).orElse(null), s.analyticText(),
                        l.get("analytic") + " – " + where);
            }
        }
        return changes;
    }

    private static void compare(List<TextChange> changes, ReviewedText then, String now, String what) {
        String before = then == null ? "" : Objects.requireNonNullElse(then.text(), "").strip();
        String after = Objects.requireNonNullElse(now, "").strip();
        if (!before.equals(after)) {
            changes.add(new TextChange(what, before, after));
        }
    }
}
