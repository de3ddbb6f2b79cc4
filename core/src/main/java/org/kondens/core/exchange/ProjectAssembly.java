package org.kondens.core.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.Problem;
import org.kondens.core.exchange.QdeNotes.QdeNote;
import org.kondens.core.exchange.TextSources.QdeSelection;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.CodePath;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Span;
import org.kondens.core.model.TranscriptNote;

/**
 * Builds the Kondens project from what was read: selections become preliminary-theme anchors,
 * meaning units (coded), illustrative quotes or transcript notes (uncoded); the mapped codebook
 * becomes code groups and subgroups; notes not placed anywhere go to the project notes. What the
 * Kondens extension says (order, final names, sessions …) fills in only where the REFI-QDA
 * elements are silent, and only for entities still in the file.
 */
final class ProjectAssembly {

    /** What project.qde says about the project itself. */
    record ProjectHeader(String name, Instant created, String description) {
    }

    private final String file;
    private final Language language;
    private final Instant now;
    private final ProjectHeader header;
    private final QdeNotes notes;
    private final KondensExtension ext;
    private final CodeMapping codes;
    private final CaseInformants cases;
    private final TextSources sources;
    private final DuplicateSources twins;
    private final ImportLog log;
    private final List<TranscriptNote> transcriptNotes = new ArrayList<>();
    private TranscriptSessions placed;

    ProjectAssembly(String file, Language language, Instant now, ProjectHeader header, QdeNotes notes, CodeMapping codes,
            CaseInformants cases, TextSources sources, DuplicateSources twins, ImportLog log) {
        this.file = file;
        this.language = language;
        this.now = now;
        this.header = header;
        this.notes = notes;
        this.ext = notes.extension();
        this.codes = codes;
        this.cases = cases.withSourcesMoved(twins.keptFor());
        this.sources = sources;
        this.twins = twins;
        this.log = log;
    }

    QdpxReader.Result assemble() {
        placed = TranscriptSessions.place(sources, cases, ext);
        Map<UUID, QdeNote> quoteNotes = new HashMap<>();
        for (QdeNote n : notes.all()) {
            if (QdpxWriter.QUOTE.equals(n.kind())) {
                quoteNotes.put(n.id(), n);
            }
        }
        List<QdeSelection> rest = new ArrayList<>();
        List<PreliminaryTheme> themes = themes(rest);
        Set<UUID> themeIds = new HashSet<>();
        themes.forEach(t -> themeIds.add(t.id()));
        List<QdeSelection> quoteSelections = new ArrayList<>();
        List<MeaningUnit> units = meaningUnits(rest, quoteNotes, quoteSelections);
        List<Quote> quotes = quotes(quoteSelections, quoteNotes, units);
        sourceNotes();
        // Any other note is kept in the project notes rather than lost.
        notes.keepTheRest();

        Set<UUID> unitIds = new HashSet<>();
        units.forEach(u -> unitIds.add(u.id()));
        CodeGroupsAndSubgroups codebook = CodeGroupsAndSubgroups.of(codes.groups(), ext, themeIds, unitIds);

        List<AuditEntry> audit = ext != null && ext.audit() != null ? ext.audit()
                : List.of(new AuditEntry(1, now, "Import REFI-QDA project", file));
        ProjectSnapshot snapshot = new ProjectSnapshot(project(), ext != null && ext.questionHistory() != null ? ext.questionHistory()
                : List.of(), cases.informants(), placed.sessions(), placed.transcripts(), placed.turns(), transcriptNotes, themes,
                codebook.codeGroups(), codebook.subgroups(), units, quotes, audit);
        ImportReport report = new ImportReport(file, ext != null, placed.transcripts().size(), cases.informants().size(),
                codebook.codeGroups().size(), codebook.subgroups().size(), units.size(), quotes.size(), transcriptNotes.size(),
                log.notices(), log.notCarried());
        return new QdpxReader.Result(snapshot, report);
    }

    /** Themes are notes of kind theme; an uncoded selection referring to one is its anchor. Other selections go to {@code rest}. */
    private List<PreliminaryTheme> themes(List<QdeSelection> rest) {
        Map<UUID, List<Span>> anchors = new HashMap<>();
        List<QdeSelection> all = new ArrayList<>(sources.selections());
        all.addAll(twins.selections());
        for (QdeSelection s : all) {
            Optional<UUID> theme = s.codes().isEmpty()
                    ? s.noteRefs().stream().filter(r -> notes.isOfKind(r, QdpxWriter.THEME)).findFirst() : Optional.empty();
            if (theme.isPresent()) {
                anchors.computeIfAbsent(theme.get(), k -> new ArrayList<>()).add(new Span(s.transcriptId(), s.start(), s.end()));
            } else {
                rest.add(s);
            }
        }
        List<PreliminaryTheme> themes = new ArrayList<>();
        for (QdeNote n : notes.all()) {
            if (QdpxWriter.THEME.equals(n.kind())) {
                KondensExtension.ThemeExtra te = ext == null ? null : ext.themes().get(n.id());
                themes.add(new PreliminaryTheme(n.id(), n.name(), n.text(), te != null ? te.order() : themes.size(),
                        anchors.getOrDefault(n.id(), List.of())));
                notes.place(n.id());
            }
        }
        return themes;
    }

    /**
     * Coded selections become meaning units; uncoded ones (MAXQDA memos, QualCoder annotations)
     * transcript notes quoting the passage. Quotes are set aside in {@code quoteSelections}.
     */
    private List<MeaningUnit> meaningUnits(List<QdeSelection> selections, Map<UUID, QdeNote> quoteNotes,
            List<QdeSelection> quoteSelections) {
        Set<UUID> informantIds = cases.ids();
        List<MeaningUnit> units = new ArrayList<>();
        for (QdeSelection s : selections) {
            boolean quote = (ext != null && ext.quotes().containsKey(s.id()))
                    || s.noteRefs().stream().anyMatch(quoteNotes::containsKey);
            if (quote) {
                quoteSelections.add(s);
                continue;
            }
            boolean known = ext != null && ext.units().containsKey(s.id());
            if (s.codes().isEmpty() && !known) {
                keepAsTranscriptNote(s);
                continue;
            }
            List<String> noteTexts = new ArrayList<>();
            for (UUID r : s.noteRefs()) {
                QdeNote n = notes.get(r);
                if (n != null && notes.place(r)) {
                    noteTexts.add(n.text());
                }
            }
            if (!s.description().isBlank()) {
                noteTexts.add(s.description());
            }
            // A passage coded with two subgroups of one group becomes one unit per subgroup (same span).
            List<List<Slot>> rounds = rounds(s);
            for (int k = 0; k < rounds.size(); k++) {
                List<Slot> round = rounds.get(k);
                UUID id = k == 0 ? s.id() : Guids.derived("second-subgroup", s.id() + "/" + k);
                units.add(new MeaningUnit(id, s.transcriptId(), s.start(), s.end(), informantOf(s, informantIds),
                        unitNote(s, round, noteTexts), created(s.created()), round.stream().map(Slot::membership).toList()));
            }
        }
        return units;
    }

    /** The coder (when two sources gave the transcript), the original paths of folded codes, then the notes. */
    private String unitNote(QdeSelection s, List<Slot> round, List<String> noteTexts) {
        List<String> head = new ArrayList<>();
        String coder = twins.coder(s.id());
        if (coder != null) {
            head.add("coder: " + coder);
        }
        round.forEach(slot -> slot.paths().forEach(p -> head.add(CodePath.LINE + p)));
        // A file we wrote carries these lines in the unit's note already (and its deeper codes as child codes).
        Set<String> written = new HashSet<>();
        noteTexts.forEach(n -> written.addAll(List.of(n.split("\\R"))));
        head.removeIf(written::contains);
        List<String> parts = new ArrayList<>();
        if (!head.isEmpty()) {
            parts.add(String.join("\n", head));
        }
        parts.addAll(noteTexts);
        return String.join("\n\n", parts);
    }

    /** An uncoded selection: a transcript note at its start, quoting the passage, with its notes and description. */
    private void keepAsTranscriptNote(QdeSelection s) {
        StringBuilder text = new StringBuilder("«" + placed.textAt(s) + "»");
        for (UUID r : s.noteRefs()) {
            QdeNote n = notes.get(r);
            if (n != null) {
                text.append("\n\n").append(n.text());
                notes.place(r);
            }
        }
        if (!s.description().isBlank()) {
            text.append("\n\n").append(s.description());
        }
        transcriptNotes.add(new TranscriptNote(s.id(), s.transcriptId(), s.start(), text.toString(), created(s.created())));
    }

    /** The extension's informant; else the case that refers to the selection; else whoever speaks where it starts. */
    private UUID informantOf(QdeSelection s, Set<UUID> informantIds) {
        KondensExtension.UnitExtra ue = ext == null ? null : ext.units().get(s.id());
        if (ue != null) {
            return ue.informantId() != null && informantIds.contains(ue.informantId()) ? ue.informantId() : null;
        }
        UUID byCase = cases.caseOfSelection().get(s.id());
        if (byCase != null && informantIds.contains(byCase)) {
            return byCase;
        }
        return placed.informantAt(s.transcriptId(), s.start());
    }

    /** A place for the unit, with the original paths of the folded codes that put it there. */
    private record Slot(Membership membership, List<String> paths) {
    }

    /**
     * The memberships of a selection's units: STC puts a meaning unit in a group once, so the
     * first unit takes one place per group (the subgroup one preferred over the bare group) and a
     * second subgroup of the same group goes to a further unit on the same passage.
     */
    private List<List<Slot>> rounds(QdeSelection s) {
        Map<UUID, List<Slot>> byGroup = new LinkedHashMap<>();
        for (UUID code : s.codes()) {
            Membership m = codes.target(code);
            if (m == null) {
                log.notice(Problem.QDPX_CODING_UNKNOWN_CODE, placed.title(s.transcriptId()));
                continue;
            }
            String path = codes.foldedPath(code);
            List<Slot> slots = byGroup.computeIfAbsent(m.codeGroupId(), k -> new ArrayList<>());
            Optional<Slot> same = slots.stream().filter(x -> x.membership().equals(m)).findFirst();
            if (same.isPresent()) {
                addPath(same.get(), path);
            } else if (m.subgroupId() == null && !slots.isEmpty()) {
                addPath(slots.get(0), path);
            } else if (slots.size() == 1 && slots.get(0).membership().subgroupId() == null) {
                Slot bare = slots.get(0);
                slots.set(0, new Slot(m, new ArrayList<>(bare.paths())));
                addPath(slots.get(0), path);
            } else {
                if (!slots.isEmpty()) {
                    log.notice(Problem.QDPX_TWO_SUBGROUPS, placed.title(s.transcriptId()), codes.name(m.codeGroupId()),
                            codes.name(slots.get(0).membership().subgroupId()), codes.name(m.subgroupId()));
                }
                Slot slot = new Slot(m, new ArrayList<>());
                addPath(slot, path);
                slots.add(slot);
            }
        }
        List<List<Slot>> rounds = new ArrayList<>();
        rounds.add(new ArrayList<>());
        for (List<Slot> slots : byGroup.values()) {
            for (int k = 0; k < slots.size(); k++) {
                if (rounds.size() <= k) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(k).add(slots.get(k));
            }
        }
        return rounds;
    }

    private static void addPath(Slot slot, String path) {
        if (path != null && !slot.paths().contains(path)) {
            slot.paths().add(path);
        }
    }

    /** An illustrative quote belongs in a coded meaning unit that holds it; one that lies in none is kept as a note. */
    private List<Quote> quotes(List<QdeSelection> quoteSelections, Map<UUID, QdeNote> quoteNotes, List<MeaningUnit> units) {
        Map<UUID, MeaningUnit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        List<Quote> quotes = new ArrayList<>();
        for (QdeSelection s : quoteSelections) {
            String shown = s.noteRefs().stream().filter(quoteNotes::containsKey).map(r -> {
                notes.place(r);
                return quoteNotes.get(r).text();
            }).findFirst().orElse(placed.textAt(s).strip());
            KondensExtension.QuoteExtra qe = ext == null ? null : ext.quotes().get(s.id());
            MeaningUnit u = qe == null ? null : unitById.get(qe.meaningUnitId());
            if (u == null || !u.transcriptId().equals(s.transcriptId()) || s.start() < u.start() || s.end() > u.end()) {
                u = units.stream().filter(x -> x.transcriptId().equals(s.transcriptId()) && x.start() <= s.start() && s.end() <= x.end()
                        && !x.memberships().isEmpty()).findFirst().orElse(null);
            }
            Membership place = null;
            if (u != null && qe != null && u.isIn(qe.codeGroupId())) {
                place = new Membership(qe.codeGroupId(), qe.subgroupId() != null && u.isIn(qe.codeGroupId(), qe.subgroupId())
                        ? qe.subgroupId() : null);
            } else if (u != null) {
                place = u.memberships().get(0);
            }
            if (place == null) {
                transcriptNotes.add(new TranscriptNote(s.id(), s.transcriptId(), s.start(), "Illustrative quote: «" + shown + "»", now));
                log.notice(Problem.QDPX_QUOTE_OUTSIDE_UNITS, placed.title(s.transcriptId()));
                continue;
            }
            Membership at = place;
            int order = qe != null ? qe.order() : (int) quotes.stream().filter(q -> q.codeGroupId().equals(at.codeGroupId())
                    && Objects.equals(q.subgroupId(), at.subgroupId())).count();
            quotes.add(new Quote(s.id(), u.id(), at.codeGroupId(), at.subgroupId(), s.start(), s.end(), shown,
                    qe == null ? null : qe.label(), order));
        }
        return quotes;
    }

    /** Notes a source refers to become its transcript notes, at the extension's anchor if there is one. */
    private void sourceNotes() {
        Map<UUID, List<UUID>> all = new LinkedHashMap<>();
        sources.sourceNotes().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        twins.sourceNotes().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        for (Map.Entry<UUID, List<UUID>> e : all.entrySet()) {
            for (UUID r : e.getValue()) {
                QdeNote n = notes.get(r);
                if (n == null || !notes.place(r)) {
                    continue;
                }
                SourceTexts.SourceText text = sources.text(e.getKey());
                Integer anchor = null;
                String shown = n.text();
                KondensExtension.NoteExtra ne = ext == null ? null : ext.notes().get(r);
                if (ne != null && ne.anchor() != null) {
                    int at = text.offset(ne.anchor());
                    anchor = at < 0 ? null : at;
                } else if (n.start() != null && text.offset(n.start()) >= 0) {
                    // An annotation (QualCoder): anchored where its passage starts, the passage quoted.
                    anchor = text.offset(n.start());
                    int end = n.end() == null ? -1 : text.offset(n.end());
                    if (end > anchor) {
                        shown = "«" + text.text().substring(anchor, end) + "»\n\n" + n.text();
                    }
                }
                transcriptNotes.add(new TranscriptNote(r, e.getKey(), anchor, shown, created(n.created())));
            }
        }
    }

    /** The project: the extension's, renamed as in the file; else a new one. Notes kept along the way are appended. */
    private Project project() {
        String title = header.name().isBlank() ? file.replaceFirst("\\.[^.]+$", "") : header.name().strip();
        String extra = log.projectNotesText();
        if (ext != null && ext.project() != null) {
            Project p = ext.project();
            String notesText = extra.isEmpty() ? p.notes() : (p.notes() == null || p.notes().isEmpty() ? extra : p.notes() + "\n\n" + extra);
            return new Project(p.id(), title, p.language(), p.researchQuestion(), p.subQuestions(), p.interviewGuide(), notesText,
                    p.groupLevelName(), p.subgroupLevelName(), p.created(), p.modified());
        }
        String description = header.description();
        String notesText = description.isBlank() ? extra : extra.isEmpty() ? description : description + "\n\n" + extra;
        return new Project(UUID.randomUUID(), title, language, "", List.of(), "", notesText, null, null,
                header.created() == null ? now : header.created(), now);
    }

    private Instant created(Instant t) {
        return t == null ? now : t;
    }
}
