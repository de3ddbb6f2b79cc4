package org.kondens.app.gui.condensation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;

/** What step 3 lists, as immutable rows: a changed row is redrawn, an equal one kept. */
final class Step3Rows {

    /**
     * One subgroup column (id and name null = the group's units without a subgroup), with who said
     * each unit. It holds only what the column shows: a condensate typed does not redraw it.
     */
    record Column(UUID id, String name, List<MeaningUnit> units, Set<UUID> quoted, List<String> informants) {

        /** A unit already here: a drop here would change nothing, so none is offered. */
        boolean holds(UUID unit) {
            return units.stream().anyMatch(u -> u.id().equals(unit));
        }
    }

    /** A chosen illustrative quote: its label, the words in the interview (null if the unit is gone) and where. */
    record QuoteRow(Quote quote, String label, String source, Span span) {
        /** The shown text differs from the interview's words (shortened, "(…)", a sound). */
        boolean edited() {
            return source != null && !source.equals(quote.displayText());
        }
    }

    private Step3Rows() {
    }

    /** The group's subgroups in order, then "Unsorted". */
    static List<Column> columns(ProjectSnapshot s, CodeGroup g) {
        List<MeaningUnit> units = s.unitsOf(g.id());
        Set<UUID> quoted = new HashSet<>();
        s.quotes().stream().filter(q -> q.codeGroupId().equals(g.id())).forEach(q -> quoted.add(q.meaningUnitId()));
        List<Column> out = new ArrayList<>();
        for (Subgroup sub : s.subgroupsOf(g.id())) {
            out.add(column(s, sub, units.stream().filter(u -> u.isIn(g.id(), sub.id())).toList(), quoted));
        }
        out.add(column(s, null, units.stream().filter(u -> u.isIn(g.id(), null)).toList(), quoted));
        return out;
    }

    private static Column column(ProjectSnapshot s, Subgroup sub, List<MeaningUnit> in, Set<UUID> quoted) {
        Set<UUID> mine = new HashSet<>();
        in.stream().map(MeaningUnit::id).filter(quoted::contains).forEach(mine::add);
        return new Column(sub == null ? null : sub.id(), sub == null ? null : sub.name(), in, Set.copyOf(mine),
                in.stream().map(u -> UnitCard.informantOf(s, u)).toList());
    }

    static List<QuoteRow> quotes(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
        Map<UUID, MeaningUnit> units = s.unitsById();
        List<QuoteRow> out = new ArrayList<>();
        for (Quote q : s.quotesOf(g.id(), sub == null ? null : sub.id())) {
            MeaningUnit u = units.get(q.meaningUnitId());
            String words = u == null || s.transcript(u.transcriptId()).isEmpty() ? "" : s.wordsOf(u, q).strip();
            String source = words.isEmpty() ? null : words;
            out.add(new QuoteRow(q, s.labelOf(q), source, u == null ? null : new Span(u.transcriptId(), q.start(), q.end())));
        }
        return out;
    }

    /** The units a quote for {@code sub} may come from: the subgroup's, or the group's loose units for a group quote. */
    static List<MeaningUnit> quotable(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
        return s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub == null ? null : sub.id())).toList();
    }

    /** Informants who take part in the analysis (not only in pilot sessions), or all if sessions say nothing. */
    static int informantTotal(ProjectSnapshot s) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Session session : s.sessions()) {
            if (!session.pilot()) {
                ids.addAll(session.participants());
            }
        }
        return ids.isEmpty() ? s.informants().size() : ids.size();
    }
}
