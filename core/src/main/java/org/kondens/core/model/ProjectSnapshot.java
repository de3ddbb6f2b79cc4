package org.kondens.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything in a project, read in one transaction so it is consistent. Lists are in display
 * order (themes, groups and subgroups by their order; the rest by creation).
 */
public record ProjectSnapshot(
        Project project,
        List<QuestionWording> questionHistory,
        List<Informant> informants,
        List<Session> sessions,
        List<Transcript> transcripts,
        Map<UUID, List<SpeakerTurn>> turns,
        List<TranscriptNote> notes,
        List<PreliminaryTheme> themes,
        List<CodeGroup> codeGroups,
        List<Subgroup> subgroups,
        List<MeaningUnit> meaningUnits,
        List<Quote> quotes,
        List<AuditEntry> audit,
        Review review) {

    public ProjectSnapshot {
        questionHistory = List.copyOf(questionHistory);
        informants = List.copyOf(informants);
        sessions = List.copyOf(sessions);
        transcripts = List.copyOf(transcripts);
        turns = turns instanceof TurnsOnDemand ? turns : Map.copyOf(turns); // read when asked for, never changed
        notes = List.copyOf(notes);
        themes = List.copyOf(themes);
        codeGroups = List.copyOf(codeGroups);
        subgroups = List.copyOf(subgroups);
        meaningUnits = List.copyOf(meaningUnits);
        quotes = List.copyOf(quotes);
        audit = List.copyOf(audit);
        review = review == null ? Review.NONE : review;
    }

    /** A snapshot without review comments (imports from other tools, tests). */
    public ProjectSnapshot(Project project, List<QuestionWording> questionHistory, List<Informant> informants, List<Session> sessions,
            List<Transcript> transcripts, Map<UUID, List<SpeakerTurn>> turns, List<TranscriptNote> notes, List<PreliminaryTheme> themes,
            List<CodeGroup> codeGroups, List<Subgroup> subgroups, List<MeaningUnit> meaningUnits, List<Quote> quotes,
            List<AuditEntry> audit) {
        this(project, questionHistory, informants, sessions, transcripts, turns, notes, themes, codeGroups, subgroups, meaningUnits,
                quotes, audit, Review.NONE);
    }

    public List<Subgroup> subgroupsOf(UUID codeGroupId) {
        return subgroups.stream().filter(s -> s.codeGroupId().equals(codeGroupId)).toList();
    }

    public List<MeaningUnit> unitsOf(UUID codeGroupId) {
        return meaningUnits.stream().filter(u -> u.isIn(codeGroupId)).toList();
    }

    public List<Quote> quotesOf(UUID codeGroupId, UUID subgroupId) {
        return quotes.stream()
                .filter(q -> q.codeGroupId().equals(codeGroupId) && java.util.Objects.equals(q.subgroupId(), subgroupId))
                .toList();
    }

    public Optional<Informant> informant(UUID id) {
        return informants.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Transcript> transcript(UUID id) {
        return transcripts.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<UUID, MeaningUnit> unitsById() {
        return meaningUnits.stream().collect(Collectors.toMap(MeaningUnit::id, Function.identity()));
    }

    /** The label printed after a quote: its own, else the informant of its meaning unit. */
    public String labelOf(Quote q) {
        if (q.label() != null) {
            return q.label();
        }
        MeaningUnit u = unitsById().get(q.meaningUnitId());
        return u == null || u.informantId() == null ? "" : informant(u.informantId()).map(Informant::label).orElse("");
    }

    /** The passage a meaning unit covers, exactly as stored. */
    public String textOf(MeaningUnit unit) {
        return passageOf(unit).text();
    }

    /** The words of quote {@code q} of unit {@code u}, cut from the unit's passage (a quote lies inside its unit); empty if not. */
    public String wordsOf(MeaningUnit u, Quote q) {
        String words = textOf(u);
        int from = q.start() - u.start();
        int to = q.end() - u.start();
        return from >= 0 && from < to && to <= words.length() ? words.substring(from, to) : "";
    }

    /** The passage a meaning unit covers and the line it starts on: kept in memory for every unit of the project shown. */
    public Passage passageOf(MeaningUnit unit) {
        return transcript(unit.transcriptId()).orElseThrow().passage(unit.start(), unit.end());
    }
}
