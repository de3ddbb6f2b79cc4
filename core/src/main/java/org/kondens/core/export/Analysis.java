package org.kondens.core.export;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * The analysis as exports read it: code groups and subgroups in the researcher's order, their
 * meaning units in transcript order, names as they should be printed. One place, so every
 * export shows the same names and the same counts.
 */
final class Analysis {

    final ProjectSnapshot s;
    final Labels labels;
    private final Map<UUID, Integer> transcriptOrder;
    private final Map<UUID, Informant> informants;
    private final Map<UUID, PreliminaryTheme> themes;

    Analysis(ProjectSnapshot snapshot) {
        this.s = snapshot;
        this.labels = new Labels(snapshot.project());
        this.transcriptOrder = new java.util.HashMap<>();
        for (int i = 0; i < snapshot.transcripts().size(); i++) {
            transcriptOrder.put(snapshot.transcripts().get(i).id(), i);
        }
        this.informants = snapshot.informants().stream().collect(Collectors.toMap(Informant::id, Function.identity()));
        this.themes = snapshot.themes().stream().collect(Collectors.toMap(PreliminaryTheme::id, Function.identity()));
    }

    /** The time documents carry: the project's last change, so one project gives one document. */
    java.time.Instant time() {
        java.time.Instant t = Objects.requireNonNullElse(s.project().modified(), s.project().created());
        return t == null ? java.time.Instant.EPOCH : t;
    }

    List<CodeGroup> groups() {
        return s.codeGroups().stream().sorted(Comparator.comparingInt(CodeGroup::order)).toList();
    }

    List<Subgroup> subgroups(CodeGroup g) {
        return s.subgroupsOf(g.id()).stream().sorted(Comparator.comparingInt(Subgroup::order)).toList();
    }

    /** The name a finding is printed with: the final name once there is one (step 4). */
    static String name(CodeGroup g) {
        return Labels.blank(g.finalName()) ? g.workingName() : g.finalName();
    }

    /** Units of a subgroup, or with {@code sub == null} the group's units in no subgroup; in transcript order. */
    List<MeaningUnit> units(CodeGroup g, Subgroup sub) {
        UUID subId = sub == null ? null : sub.id();
        return s.meaningUnits().stream().filter(u -> u.memberships().stream()
                        .anyMatch(m -> m.codeGroupId().equals(g.id()) && Objects.equals(m.subgroupId(), subId)))
                .sorted(inTranscriptOrder()).toList();
    }

    List<MeaningUnit> allUnits(CodeGroup g) {
        return s.unitsOf(g.id()).stream().sorted(inTranscriptOrder()).toList();
    }

    List<MeaningUnit> allUnits() {
        return s.meaningUnits().stream().sorted(inTranscriptOrder()).toList();
    }

    Comparator<MeaningUnit> inTranscriptOrder() {
        return Comparator.<MeaningUnit>comparingInt(u -> transcriptOrder.getOrDefault(u.transcriptId(), Integer.MAX_VALUE))
                .thenComparingInt(MeaningUnit::start).thenComparingInt(MeaningUnit::end);
    }

    String text(MeaningUnit u) {
        return s.textOf(u);
    }

    /** The unit's text on one line, as tables show it. */
    String oneLine(MeaningUnit u) {
        return text(u).replaceAll("\\s+", " ").strip();
    }

    String informant(MeaningUnit u) {
        Informant i = u.informantId() == null ? null : informants.get(u.informantId());
        return i == null ? "" : i.label();
    }

    Informant informantOf(MeaningUnit u) {
        return u.informantId() == null ? null : informants.get(u.informantId());
    }

    String transcriptTitle(MeaningUnit u) {
        return s.transcript(u.transcriptId()).map(Transcript::title).orElse("");
    }

    long informantCount(List<MeaningUnit> units) {
        return units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
    }

    /** Names of the preliminary themes a group or subgroup grew from, in step-1 order. */
    List<String> themeNames(List<UUID> ids) {
        return ids.stream().map(themes::get).filter(Objects::nonNull).sorted(Comparator.comparingInt(PreliminaryTheme::order))
                .map(PreliminaryTheme::name).toList();
    }

    /** Informants in the project's order who appear in any meaning unit. */
    List<Informant> informantsWithUnits() {
        Set<UUID> used = new LinkedHashSet<>();
        s.meaningUnits().forEach(u -> {
            if (u.informantId() != null) {
                used.add(u.informantId());
            }
        });
        return s.informants().stream().filter(i -> used.contains(i.id())).toList();
    }

    List<Quote> quotes(CodeGroup g, Subgroup sub) {
        return s.quotesOf(g.id(), sub == null ? null : sub.id()).stream().sorted(Comparator.comparingInt(Quote::order)).toList();
    }

    /** The words a quote prints: the edited display text, else the quoted span itself. */
    String quoteText(Quote q) {
        if (!Labels.blank(q.displayText())) {
            return q.displayText().strip();
        }
        MeaningUnit u = s.unitsById().get(q.meaningUnitId());
        // from the unit's passage, kept in memory: the preview is drawn on the FX thread
        return u == null || s.transcript(u.transcriptId()).isEmpty() ? "" : s.wordsOf(u, q).replaceAll("\\s+", " ").strip();
    }

    String quoteLabel(Quote q) {
        return s.labelOf(q);
    }
}
