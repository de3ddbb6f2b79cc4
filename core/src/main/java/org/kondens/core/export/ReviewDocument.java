package org.kondens.core.export;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * The document a supervisor reviews: changes since the last round first, then the analysis as it
 * stands, per code group and subgroup (condensate, quotes, analytic text, meaning units), with the
 * open comment threads as Word comments.
 *
 * <p>Every element sits in a bookmark named {@link CommentTarget#bookmark()}; a bookmark always
 * encloses whole paragraphs, from before the first run of its first paragraph to after the last run
 * of its last. For a condensate, an analytic text and a meaning unit the bookmark holds exactly the
 * stored text, one paragraph per line: the text is the paragraphs' texts joined by "\n" (tabs are
 * Word tabs). Labels, the informant and place of a meaning unit and the "not written yet" of an
 * empty text stand in paragraphs outside those bookmarks. A meaning unit in several subgroups is
 * printed (and bookmarked) once; later places refer to it.
 */
public final class ReviewDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final Analysis a;
    private final Labels l;
    private final WordDocument doc;
    private final ReviewMarks marks;
    private final Map<UUID, String> unitPlaces = new HashMap<>();
    private final Map<UUID, int[]> lineStarts = new HashMap<>();

    private ReviewDocument(Analysis a, ExportOptions o) {
        this.a = a;
        this.l = a.labels;
        this.doc = WordDocument.create(o.template(), a.time());
        this.marks = new ReviewMarks(doc.poi(), a.s.review());
    }

    /**
     * Writes the review document of {@code snapshot} to {@code out} (whole or not at all), then
     * records the round with {@code sendForReview} (the caller's
     * {@code project.reviews().sendForReview(reviewers, note)}), so the next document lists the
     * changes after this one. Nothing is recorded when writing fails.
     */
    public static ReviewRound export(ProjectSnapshot snapshot, ExportOptions options, Path out, Supplier<ReviewRound> sendForReview) {
        Exports.write(snapshot, ExportFormat.REVIEW_DOCX, options, out);
        return sendForReview.get();
    }

    static WordDocument build(Analysis a, ExportOptions o) {
        ReviewDocument d = new ReviewDocument(a, o);
        d.write();
        return d.doc;
    }

    private void write() {
        XWPFParagraph title = doc.paragraph("title", null);
        exact(title, a.s.project().title());
        List<ReviewRound> rounds = a.s.review().rounds();
        doc.paragraph(null, l.get("reviewTitle") + " · " + l.get("reviewRound", rounds.size() + 1) + " · "
                + DAY.format(a.time()));
        XWPFParagraph how = doc.paragraph(null, l.get("reviewHow"));
        how.getRuns().forEach(r -> r.setItalic(true));
        new ReviewChanges(a, doc).write();
        themes();
        for (CodeGroup g : a.groups()) {
            group(g);
        }
        // Last, so it also carries the open comments whose element the document does not show.
        marks.element(CommentTarget.project(), List.of(title), marks.notPlaced());
        marks.finish();
    }

    private void themes() {
        List<PreliminaryTheme> themes = a.s.themes();
        if (themes.isEmpty()) {
            return;
        }
        doc.heading(1, l.get("themes"));
        for (PreliminaryTheme t : themes) {
            XWPFParagraph p = doc.paragraph(null, null);
            XWPFRun name = p.createRun();
            name.setText(t.name());
            name.setBold(true);
            if (!Labels.blank(t.description())) {
                p.createRun().setText(" – " + t.description().strip().replaceAll("\\s*\\n\\s*", " "));
            }
            marks.element(CommentTarget.of(Kind.PRELIMINARY_THEME, t.id()), List.of(p), List.of());
        }
    }

    private void group(CodeGroup g) {
        List<XWPFParagraph> head = new ArrayList<>();
        XWPFParagraph h = doc.paragraph("heading 1", null);
        exact(h, Analysis.name(g));
        head.add(h);
        if (!Labels.blank(g.finalName()) && !g.finalName().strip().equals(g.workingName())) {
            head.add(doc.paragraph(null, l.get("reviewWorkingName", g.workingName())));
        }
        if (!Labels.blank(g.description())) {
            head.addAll(lines(null, g.description().strip()));
        }
        if (!Labels.blank(g.analyticIntro())) {
            head.add(label(l.get("reviewIntro")));
            head.addAll(lines(null, g.analyticIntro()));
        }
        marks.element(CommentTarget.of(Kind.CODE_GROUP, g.id()), head, List.of());
        quotes(g, null);
        for (Subgroup s : a.subgroups(g)) {
            subgroup(g, s);
        }
        List<MeaningUnit> loose = a.units(g, null);
        if (!loose.isEmpty()) {
            doc.heading(2, l.get("unsorted", Labels.lower(l.subgroup())));
            units(loose, Analysis.name(g));
        }
    }

    private void subgroup(CodeGroup g, Subgroup s) {
        XWPFParagraph h = doc.paragraph("heading 2", null);
        exact(h, s.name());
        marks.element(CommentTarget.of(Kind.SUBGROUP, s.id()), List.of(h), List.of());
        label(l.get("condensate"));
        text(Kind.CONDENSATE, s, s.condensate());
        quotes(g, s);
        label(l.get("analytic"));
        text(Kind.ANALYTIC_TEXT, s, s.analyticText());
        units(a.units(g, s), Analysis.name(g) + " / " + s.name());
    }

    /** A condensate or analytic text exactly as stored; an empty one says so outside any bookmark. */
    private void text(Kind kind, Subgroup s, String text) {
        if (Labels.blank(text)) {
            XWPFParagraph p = doc.paragraph(null, l.get("notYet"));
            p.getRuns().forEach(r -> r.setItalic(true));
            return;
        }
        marks.element(CommentTarget.of(kind, s.id()), lines(null, text), List.of());
    }

    private void quotes(CodeGroup g, Subgroup s) {
        List<Quote> quotes = a.quotes(g, s);
        if (quotes.isEmpty()) {
            return;
        }
        label(l.get("reviewQuotes"));
        for (Quote q : quotes) {
            XWPFParagraph p = doc.paragraph("Quote", "«" + a.quoteText(q) + "»");
            String who = a.quoteLabel(q);
            if (!who.isEmpty()) {
                XWPFRun r = p.createRun();
                r.setItalic(false);
                r.setText(" (" + who + ")");
            }
            marks.element(CommentTarget.of(Kind.QUOTE, q.id()), List.of(p), List.of());
        }
    }

    /** Each unit: where it is from (informant, interview, line), then its text exactly, in its bookmark. */
    private void units(List<MeaningUnit> units, String place) {
        if (units.isEmpty()) {
            return;
        }
        label(l.get("units") + " (" + units.size() + ")");
        for (MeaningUnit u : units) {
            String earlier = unitPlaces.putIfAbsent(u.id(), place);
            XWPFParagraph source = doc.paragraph(null, null);
            source.setSpacingAfter(0);
            keepNext(source, earlier == null);
            XWPFRun r = source.createRun();
            r.setText(sourceOf(u) + (earlier == null ? "" : " – " + l.get("reviewSeeAbove", excerpt(a.text(u)), earlier)));
            r.setFontSize(9);
            r.setColor("595959");
            if (earlier == null) {
                ReviewUnitText.write(doc, marks, u, a.text(u), a.s.review().openOn(Kind.MEANING_UNIT, u.id()));
            }
        }
    }

    /** "EK1 · Intervju 1 · linje 12–14". */
    private String sourceOf(MeaningUnit u) {
        List<String> parts = new ArrayList<>();
        String who = a.informant(u);
        if (!who.isEmpty()) {
            parts.add(who);
        }
        Transcript t = a.s.transcript(u.transcriptId()).orElse(null);
        if (t != null) {
            parts.add(t.title());
            int from = line(t, u.start());
            int to = line(t, Math.max(u.start(), u.end() - 1));
            parts.add(from == to ? l.get("reviewLine", from) : l.get("reviewLines", from, to));
        }
        return String.join(" · ", parts);
    }

    /** The first words of a passage, to name it where it is not printed again. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59).stripTrailing() + "…";
    }

    /** The line (1, 2 …) of the transcript that {@code offset} is on; line starts are found once per transcript. */
    private int line(Transcript t, int offset) {
        int[] starts = lineStarts.computeIfAbsent(t.id(), id -> {
            List<Integer> at = new ArrayList<>(List.of(0));
            for (int i = 0; i < t.text().length(); i++) {
                if (t.text().charAt(i) == '\n') {
                    at.add(i + 1);
                }
            }
            return at.stream().mapToInt(Integer::intValue).toArray();
        });
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private XWPFParagraph label(String text) {
        XWPFParagraph p = doc.paragraph(null, null);
        keepNext(p, true);
        p.setSpacingBefore(120);
        p.setSpacingAfter(40);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(true);
        r.setFontSize(10);
        r.setColor("1F3864");
        return p;
    }

    /** Keep with next (POI's own setter needs the paragraph's properties to exist already). */
    static void keepNext(XWPFParagraph p, boolean keep) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(keep);
    }

    /** One paragraph per line of {@code text}, each holding exactly that line. */
    private List<XWPFParagraph> lines(String style, String text) {
        List<XWPFParagraph> paras = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            XWPFParagraph p = doc.paragraph(style, null);
            exact(p, line);
            paras.add(p);
        }
        return paras;
    }

    /** {@code line} as runs, tabs as Word tabs, so the paragraph's text is {@code line} exactly. */
    static void exact(XWPFParagraph p, String line) {
        String[] parts = line.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                p.createRun().addTab();
            }
            if (!parts[i].isEmpty()) {
                p.createRun().setText(parts[i]);
            }
        }
    }
}
