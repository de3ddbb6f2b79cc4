package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.exchange.CommentAnchors.Element;
import org.kondens.core.exchange.DocxBody.Change;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;

/**
 * Tracked changes in a condensate or an analytic text become suggested edits, one per element and
 * reviewer: the text as sent and the text with that reviewer's insertions and deletions. They are
 * never applied here; the student accepts or rejects each.
 */
final class TrackedChanges {

    /** The suggested edits, and how many tracked changes lay outside any condensate or analytic text. */
    record Found(List<Suggestion> suggestions, int leftOut, int onDeleted) {
    }

    private TrackedChanges() {
    }

    static Found find(DocxBody body, List<Element> elements, ProjectSnapshot project) {
        List<Suggestion> out = new ArrayList<>();
        Set<Change> used = new java.util.HashSet<>();
        int onDeleted = 0;
        for (Element e : elements) {
            Kind kind = e.target().kind();
            if (kind != Kind.CONDENSATE && kind != Kind.ANALYTIC_TEXT) {
                continue;
            }
            List<Change> inside = body.changes().stream()
                    .filter(c -> e.range().start() <= c.start() && c.end() <= e.range().end()).toList();
            if (inside.isEmpty()) {
                continue;
            }
            used.addAll(inside);
            Subgroup sub = project.subgroups().stream().filter(s -> s.id().equals(e.target().id())).findFirst().orElse(null);
            if (sub == null) {
                onDeleted++;
                continue;
            }
            String stored = kind == Kind.CONDENSATE ? sub.condensate() : sub.analyticText();
            String sent = body.original(e.range()).strip();
            // Accepting needs the text exactly as stored; the document may have lost spaces at the ends.
            String before = stored.strip().equals(sent) ? stored : sent;
            Set<String> authors = new LinkedHashSet<>();
            inside.forEach(c -> authors.add(c.author()));
            for (String author : authors) {
                String after = body.changedBy(e.range(), author).strip();
                if (after.equals(sent)) {
                    continue;
                }
                String date = inside.stream().filter(c -> c.author().equals(author)).map(Change::date).max(String::compareTo).orElse("");
                String source = ReviewReader.source("docx:", author, e.bookmark(), before, after);
                out.add(new Suggestion(UUID.randomUUID(), e.target(), author, ReviewReader.instant(date), before, after,
                        Suggestion.Status.OPEN, source));
            }
        }
        int leftOut = (int) body.changes().stream().filter(c -> !used.contains(c)).count();
        return new Found(out, leftOut, onDeleted);
    }
}
