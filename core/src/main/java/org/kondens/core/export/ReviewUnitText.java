package org.kondens.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Span;

/**
 * A meaning unit's text in the review document, exactly as stored, one paragraph per line, its
 * runs cut where an open comment on some of its words begins and ends, so that comment sits on
 * those words in Word.
 */
final class ReviewUnitText {

    private ReviewUnitText() {
    }

    static void write(WordDocument doc, ReviewMarks marks, MeaningUnit u, String text, List<Comment> open) {
        Map<UUID, int[]> onWords = new LinkedHashMap<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Comment c : open) {
            Span s = c.target().span();
            if (s != null && s.transcriptId().equals(u.transcriptId()) && s.start() >= u.start() && s.end() <= u.end()) {
                onWords.put(c.id(), new int[] {s.start() - u.start(), s.end() - u.start()});
                cuts.add(s.start() - u.start());
                cuts.add(s.end() - u.start());
            }
        }
        TreeMap<Integer, XWPFRun> starts = new TreeMap<>();
        TreeMap<Integer, XWPFRun> ends = new TreeMap<>();
        List<XWPFParagraph> paras = new ArrayList<>();
        int pos = 0;
        while (true) {
            XWPFParagraph p = doc.paragraph(null, null);
            p.setIndentationLeft(360);
            paras.add(p);
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int from = pos;
            for (int cut : cuts.subSet(pos, false, lineEnd, false)) {
                segment(p, text, from, cut, starts, ends);
                from = cut;
            }
            segment(p, text, from, lineEnd, starts, ends);
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        Map<UUID, XWPFRun[]> words = new HashMap<>();
        onWords.forEach((id, range) -> {
            var first = starts.ceilingEntry(range[0]);
            var last = ends.floorEntry(range[1]);
            if (first != null && last != null && first.getKey() < last.getKey()) {
                words.put(id, new XWPFRun[] {first.getValue(), last.getValue()});
            }
        });
        marks.element(CommentTarget.of(Kind.MEANING_UNIT, u.id()), paras, List.of(), words);
    }

    /** Characters {@code from}–{@code to} of the unit as runs, remembering the first and last. */
    private static void segment(XWPFParagraph p, String text, int from, int to, TreeMap<Integer, XWPFRun> starts,
            TreeMap<Integer, XWPFRun> ends) {
        if (from >= to) {
            return;
        }
        int before = p.getRuns().size();
        ReviewDocument.exact(p, text.substring(from, to));
        starts.put(from, p.getRuns().get(before));
        ends.put(to, p.getRuns().getLast());
    }
}
