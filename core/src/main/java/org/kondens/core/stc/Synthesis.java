package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;
import org.kondens.core.store.ProjectDatabase;

/**
 * Step 4, synthesis: final names, analytic texts and illustrative quotes.
 */
final class Synthesis extends StcService {

    Synthesis(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    void setFinalName(UUID id, String finalName) {
        Names.checkName(finalName, Term.FINAL_NAME);
        CodeGroup g = codeGroup(id);
        changeVoid("Set final name", g.workingName() + " → " + Objects.requireNonNullElse(finalName, "").strip(),
                r -> r.updateCodeGroup(withGroup(g, g.workingName(), blankToNull(finalName), g.description(), g.color(), g.order(),
                        g.analyticIntro())));
    }

    void setGroupAnalyticText(UUID id, String text) {
        Names.checkText(text, Term.AN_ANALYTIC_TEXT);
        CodeGroup g = codeGroup(id);
        changeVoid("Edit analytic text", g.workingName(), r -> r.updateCodeGroup(withGroup(g, g.workingName(), g.finalName(),
                g.description(), g.color(), g.order(), Objects.requireNonNullElse(text, ""))));
    }

    void setAnalyticText(UUID subgroupId, String text) {
        Names.checkText(text, Term.AN_ANALYTIC_TEXT);
        Subgroup s = subgroup(subgroupId);
        changeVoid("Edit analytic text", s.name(), r -> r.updateSubgroup(new Subgroup(s.id(), s.codeGroupId(), s.name(), s.order(),
                s.condensate(), s.condensateSources(), Objects.requireNonNullElse(text, ""), s.grewFrom())));
    }

    Quote addQuote(UUID meaningUnitId, UUID codeGroupId, UUID subgroupId, Integer start, Integer end, String displayText,
            String label) {
        Names.checkText(displayText, Term.A_QUOTE);
        Names.checkName(label, Term.QUOTE_LABEL);
        MeaningUnit u = meaningUnit(meaningUnitId);
        Membership m = new Membership(codeGroupId, subgroupId);
        checkMemberships(List.of(m));
        if (!u.isIn(codeGroupId)) {
            throw new KondensException(Problem.QUOTE_UNIT_NOT_IN_GROUP, codeGroup(codeGroupId).workingName());
        }
        int qs = start == null ? u.start() : start;
        int qe = end == null ? u.end() : end;
        if (qs < u.start() || qe > u.end() || qs >= qe) {
            throw new KondensException(Problem.QUOTE_OUTSIDE_UNIT, u.start(), u.end(), qs, qe);
        }
        checkSpan(transcript(u.transcriptId()), qs, qe);
        String text = displayText == null || displayText.isBlank()
                ? transcript(u.transcriptId()).text().substring(qs, qe).strip() : displayText.strip();
        return change("Choose quote", groupPath(m) + ": " + shorten(text), r -> {
            Quote q = new Quote(UUID.randomUUID(), meaningUnitId, codeGroupId, subgroupId, qs, qe, text, blankToNull(label),
                    (int) r.quoteCount(codeGroupId, subgroupId));
            r.insertQuote(q);
            return q;
        });
    }

    void editQuote(UUID id, String displayText, String label) {
        requireText(displayText, Problem.QUOTE_TEXT_MISSING);
        Names.checkText(displayText, Term.A_QUOTE);
        Names.checkName(label, Term.QUOTE_LABEL);
        Quote q = quote(id);
        changeVoid("Edit quote", shorten(displayText), r -> r.updateQuote(new Quote(id, q.meaningUnitId(), q.codeGroupId(), q.subgroupId(),
                q.start(), q.end(), displayText.strip(), blankToNull(label), q.order())));
    }

    void deleteQuote(UUID id) {
        Quote q = quote(id);
        changeVoid("Remove quote", shorten(q.displayText()), r -> r.deleteQuote(id));
    }

    /** See {@link StcProject#inContext}. */
    java.util.Map<org.kondens.core.model.Span, UnitInContext> inContext(org.kondens.core.model.ProjectSnapshot s, List<MeaningUnit> units) {
        java.util.Map<org.kondens.core.model.Span, UnitInContext> out = new java.util.HashMap<>();
        for (MeaningUnit u : units) {
            try {
                out.put(new org.kondens.core.model.Span(u.transcriptId(), u.start(), u.end()), UnitInContext.of(s, u));
            } catch (RuntimeException e) {
                if (read(r -> r.transcript(u.transcriptId())).isPresent()) {
                    throw e;
                }
            }
        }
        return out;
    }
}
