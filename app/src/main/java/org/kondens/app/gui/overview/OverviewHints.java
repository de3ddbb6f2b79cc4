package org.kondens.app.gui.overview;

import java.util.Optional;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Words;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.Hint;

/**
 * Core's method hints told in the UI's language: the sentence is built from the hint's kind and
 * the entity it is about, so Norwegian users read Norwegian. Unknown subjects fall back to core's text.
 */
final class OverviewHints {

    private OverviewHints() {
    }

    static String text(Hint h, ProjectSnapshot s, I18n t) {
        return switch (h.kind()) {
            case TOO_MANY_THEMES -> t.get("overview.hint.tooManyThemes", s.themes().size());
            case FEW_SUBGROUPS -> group(h, s).map(g -> t.get("overview.hint.fewSubgroups", g.workingName(),
                    s.subgroupsOf(g.id()).size())).orElse(h.message());
            case MANY_SUBGROUPS -> group(h, s).map(g -> t.get("overview.hint.manySubgroups", g.workingName(),
                    s.subgroupsOf(g.id()).size())).orElse(h.message());
            case NO_CONDENSATE -> subgroup(h, s).map(x -> t.get("overview.hint.noCondensate", x.name())).orElse(h.message());
            case NO_QUOTE -> subgroup(h, s).map(x -> t.get("overview.hint.noQuote", x.name())).orElse(h.message());
            case UNSORTED_UNIT -> unit(h, s).map(u -> t.get("overview.hint.unsorted", shorten(s.textOf(u)))).orElse(h.message());
        };
    }

    /** Where the hint's passage is, for "show in the interview" (unsorted units only). */
    static Optional<Span> place(Hint h, ProjectSnapshot s) {
        return h.kind() == Hint.Kind.UNSORTED_UNIT
                ? unit(h, s).map(u -> new Span(u.transcriptId(), u.start(), u.end()))
                : Optional.empty();
    }

    private static Optional<CodeGroup> group(Hint h, ProjectSnapshot s) {
        return s.codeGroups().stream().filter(g -> g.id().equals(h.subject())).findFirst();
    }

    private static Optional<Subgroup> subgroup(Hint h, ProjectSnapshot s) {
        return s.subgroups().stream().filter(g -> g.id().equals(h.subject())).findFirst();
    }

    private static Optional<MeaningUnit> unit(Hint h, ProjectSnapshot s) {
        return s.meaningUnits().stream().filter(u -> u.id().equals(h.subject())).findFirst();
    }

    static String shorten(String text) {
        return "«" + Words.shorten(text, 58) + "»";
    }
}
