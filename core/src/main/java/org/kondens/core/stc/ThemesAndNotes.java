package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Step 1, total impression: notes on the transcripts and preliminary themes.
 */
final class ThemesAndNotes extends StcService {

    ThemesAndNotes(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    void addTranscriptNote(UUID transcriptId, Integer anchor, String text) {
        requireText(text, Problem.NOTE_TEXT_MISSING);
        Names.checkText(text, Term.A_NOTE);
        Transcript t = transcript(transcriptId);
        if (anchor != null && (anchor < 0 || anchor > t.text().length())) {
            throw new KondensException(Problem.NOTE_OUTSIDE_TEXT, anchor, t.title(), t.text().length());
        }
        changeVoid("Add note", t.title(), r -> r.insertNote(new TranscriptNote(UUID.randomUUID(), transcriptId, anchor, text,
                db.clock().instant())));
    }

    void editTranscriptNote(UUID noteId, String text) {
        requireText(text, Problem.NOTE_TEXT_MISSING);
        Names.checkText(text, Term.A_NOTE);
        TranscriptNote n = note(noteId);
        changeVoid("Edit note", transcript(n.transcriptId()).title(), r -> r.updateNoteText(noteId, text));
    }

    void deleteTranscriptNote(UUID noteId) {
        TranscriptNote n = note(noteId);
        changeVoid("Delete note", transcript(n.transcriptId()).title(), r -> r.deleteNote(noteId));
    }

    PreliminaryTheme addTheme(String name, String description) {
        requireName(name, Problem.THEME_NAME_MISSING, Term.THEME_NAME);
        Names.checkText(description, Term.THEME_DESCRIPTION);
        return change("Add theme", name.strip(), r -> {
            requireFreeName(r.themes().stream().map(PreliminaryTheme::name).toList(), name, Term.PRELIMINARY_THEME.one());
            PreliminaryTheme t = new PreliminaryTheme(UUID.randomUUID(), name.strip(), Objects.requireNonNullElse(description, ""),
                    r.themes().size(), List.of());
            r.insertTheme(t);
            return t;
        });
    }

    void renameTheme(UUID id, String name) {
        requireName(name, Problem.THEME_NAME_MISSING, Term.THEME_NAME);
        PreliminaryTheme t = theme(id);
        changeVoid("Rename theme", t.name() + " → " + name.strip(), r -> {
            requireFreeName(r.themes().stream().filter(x -> !x.id().equals(id)).map(PreliminaryTheme::name).toList(), name,
                    Term.PRELIMINARY_THEME.one());
            r.updateTheme(new PreliminaryTheme(id, name.strip(), t.description(), t.order(), t.anchors()));
        });
    }

    void describeTheme(UUID id, String description) {
        Names.checkText(description, Term.THEME_DESCRIPTION);
        PreliminaryTheme t = theme(id);
        changeVoid("Describe theme", t.name(), r -> r.updateTheme(new PreliminaryTheme(id, t.name(),
                Objects.requireNonNullElse(description, ""), t.order(), t.anchors())));
    }

    void anchorTheme(UUID id, Span span) {
        PreliminaryTheme t = theme(id);
        checkSpan(transcript(span.transcriptId()), span.start(), span.end());
        changeVoid("Anchor theme", t.name(), r -> r.addThemeAnchor(id, span));
    }

    void moveTheme(UUID id, int index) {
        PreliminaryTheme t = theme(id);
        changeVoid("Reorder themes", t.name(), r -> reorder(r.themes(), PreliminaryTheme::id, id, index,
                (x, i) -> r.updateTheme(new PreliminaryTheme(x.id(), x.name(), x.description(), i, x.anchors()))));
    }

    void mergeThemes(UUID target, UUID source) {
        PreliminaryTheme t = theme(target);
        PreliminaryTheme s = theme(source);
        requireDifferent(target, source);
        changeVoid("Merge themes", s.name() + " → " + t.name(), r -> {
            s.anchors().forEach(a -> r.addThemeAnchor(target, a));
            r.grownFrom(source, false).forEach(g -> r.linkTheme(target, g, false));
            r.grownFrom(source, true).forEach(g -> r.linkTheme(target, g, true));
            r.updateTheme(new PreliminaryTheme(target, t.name(), joinText(t.description(), s.description()), t.order(), t.anchors()));
            r.deleteTheme(source);
            renumberThemes(r);
        });
    }

    PreliminaryTheme splitTheme(UUID id, String newName) {
        requireName(newName, Problem.THEME_NAME_MISSING, Term.THEME_NAME);
        PreliminaryTheme t = theme(id);
        return change("Split theme", t.name() + " → " + newName.strip(), r -> {
            requireFreeName(r.themes().stream().map(PreliminaryTheme::name).toList(), newName, Term.PRELIMINARY_THEME.one());
            PreliminaryTheme created = new PreliminaryTheme(UUID.randomUUID(), newName.strip(), "", r.themes().size(), List.of());
            r.insertTheme(created);
            reorder(r.themes(), PreliminaryTheme::id, created.id(), t.order() + 1,
                    (x, i) -> r.updateTheme(new PreliminaryTheme(x.id(), x.name(), x.description(), i, x.anchors())));
            return r.themes().stream().filter(x -> x.id().equals(created.id())).findFirst().orElseThrow();
        });
    }

    void deleteTheme(UUID id) {
        PreliminaryTheme t = theme(id);
        changeVoid("Delete theme", t.name(), r -> {
            r.deleteTheme(id);
            renumberThemes(r);
        });
    }

    private void renumberThemes(ProjectRepository r) {
        List<PreliminaryTheme> themes = r.themes();
        for (int i = 0; i < themes.size(); i++) {
            PreliminaryTheme x = themes.get(i);
            if (x.order() != i) {
                r.updateTheme(new PreliminaryTheme(x.id(), x.name(), x.description(), i, x.anchors()));
            }
        }
    }
}
