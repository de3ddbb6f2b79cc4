package org.kondens.core.stc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.importer.InformantRow;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;

/**
 * Every operation of {@link StcProject}, as the property test runs them: each takes its targets
 * from the project by the edit's numbers and calls the operation once. An operation with no
 * possible target (no code group yet …) does nothing. Undo, redo and reopening are here too, so
 * edits also land after an undo and on a reopened file. The weight is how often it is drawn.
 */
enum Op {

    // --- project and informants
    SET_TITLE(1, (s, e) -> s.project().setTitle(e.text())),
    SET_LANGUAGE(1, (s, e) -> s.project().setLanguage(Language.values()[e.a() % Language.values().length])),
    SET_RESEARCH_QUESTION(1, (s, e) -> s.project().setResearchQuestion(e.text())),
    SET_SUB_QUESTIONS(1, (s, e) -> s.project().setSubQuestions(List.of(e.text(), "Hva hjalp? 🙂"))),
    SET_INTERVIEW_GUIDE(1, (s, e) -> s.project().setInterviewGuide(e.text())),
    SET_PROJECT_NOTES(1, (s, e) -> s.project().setProjectNotes(e.text())),
    SET_LEVEL_NAMES(1, (s, e) -> s.project().setLevelNames(e.text(), e.a() % 2 == 0 ? "Subtema" : null)),
    ADD_INFORMANT(1, (s, e) -> s.project().addInformant(label(e.a()))),
    RENAME_INFORMANT(1, (s, e) -> with(pick(s.snapshot().informants(), e.a()), i -> s.project().renameInformant(i.id(), label(e.b())))),
    SET_INFORMANT_ATTRIBUTE(1, (s, e) -> with(pick(s.snapshot().informants(), e.a()),
            i -> s.project().setInformantAttribute(i.id(), e.b() % 2 == 0 ? "alder" : "yrke", e.text()))),
    IMPORT_INFORMANTS(2, (s, e) -> s.project().importInformants(e.b() % 2 == 0
            ? List.of(new InformantRow(label(e.a()), Map.of("alder", e.text())))
            : List.of(new InformantRow(label(e.a()), Map.of("alder", e.text())), new InformantRow(label(e.c()), Map.of("yrke", "sykepleier"))))),
    EDIT_SESSION(1, (s, e) -> with(pick(s.snapshot().sessions(), e.a()), x -> s.project().updateSession(new Session(x.id(), e.text(),
            e.b() % 2 == 0 ? SessionKind.INDIVIDUAL : SessionKind.FOCUS_GROUP, x.date(), e.c(), x.moderator(), x.participants(),
            e.d() % 2 == 0, "Notat 🙂")))),

    // --- transcripts and step-1 notes
    IMPORT_TRANSCRIPT(4, (s, e) -> s.project().importTranscript(TranscriptFiles.read(s.writeTranscript(e.a() % 8)), labels(e))),
    IMPORT_SAME_FILE_AGAIN(2, (s, e) -> with(pick(s.written(), e.a()),
            (Path file) -> s.project().importTranscript(TranscriptFiles.read(file), labels(e)))),
    DELETE_TRANSCRIPT(2, (s, e) -> with(pick(s.snapshot().transcripts(), e.a()), t -> s.project().deleteTranscript(t.id()))),
    ADD_NOTE(2, (s, e) -> with(pick(s.snapshot().transcripts(), e.a()),
            t -> s.project().addTranscriptNote(t.id(), e.b() % 3 == 0 ? null : e.b() * 3, e.text()))),
    EDIT_NOTE(2, (s, e) -> with(pick(s.snapshot().notes(), e.a()), (TranscriptNote n) -> s.project().editTranscriptNote(n.id(), e.text()))),
    DELETE_NOTE(2, (s, e) -> with(pick(s.snapshot().notes(), e.a()), (TranscriptNote n) -> s.project().deleteTranscriptNote(n.id()))),

    // --- step 1: preliminary themes
    ADD_THEME(3, (s, e) -> s.project().addTheme(e.text(), "Beskrivelse æøå")),
    RENAME_THEME(1, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> s.project().renameTheme(t.id(), e.text()))),
    DESCRIBE_THEME(1, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> s.project().describeTheme(t.id(), e.text()))),
    ANCHOR_THEME(2, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> with(pick(s.snapshot().transcripts(), e.b()),
            (Transcript tr) -> s.project().anchorTheme(t.id(), span(tr, e.c(), e.d()))))),
    MOVE_THEME(2, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> s.project().moveTheme(t.id(), e.b() % 4))),
    MERGE_THEMES(1, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> with(pick(s.snapshot().themes(), e.b()),
            (PreliminaryTheme u) -> s.project().mergeThemes(t.id(), u.id())))),
    SPLIT_THEME(1, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> s.project().splitTheme(t.id(), e.text()))),
    DELETE_THEME(1, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> s.project().deleteTheme(t.id()))),

    // --- step 2: code groups
    ADD_CODE_GROUP(3, (s, e) -> s.project().addCodeGroup(e.text(), e.b() % 3 == 0 ? "#00ff7f" : null,
            e.c() % 2 == 0 ? List.of() : ids(s.snapshot().themes(), e.d(), PreliminaryTheme::id))),
    CODE_GROUPS_FROM_THEMES(1, (s, e) -> s.project().codeGroupsFromThemes(ids(s.snapshot().themes(), e.a(), PreliminaryTheme::id))),
    RENAME_CODE_GROUP(1, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> s.project().renameCodeGroup(g.id(), e.text()))),
    SET_FINAL_NAME(1, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> s.project().setFinalName(g.id(), e.text()))),
    DESCRIBE_CODE_GROUP(1, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> s.project().describeCodeGroup(g.id(), e.text()))),
    RECOLOUR_CODE_GROUP(1, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()),
            g -> s.project().recolorCodeGroup(g.id(), List.of("#4e79a7", "#E15759", "#12345", "rød").get(e.b() % 4)))),
    SET_GROUP_ANALYTIC_TEXT(1, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()),
            g -> s.project().setGroupAnalyticText(g.id(), e.text()))),
    MOVE_CODE_GROUP(2, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> s.project().moveCodeGroup(g.id(), e.b() % 4))),
    LINK_THEME(1, (s, e) -> with(pick(s.snapshot().themes(), e.a()), t -> {
        ProjectSnapshot snap = s.snapshot();
        UUID target = e.c() % 2 == 0 ? id(pick(snap.codeGroups(), e.b()), CodeGroup::id) : id(pick(snap.subgroups(), e.b()), Subgroup::id);
        with(target, x -> s.project().linkTheme(t.id(), x));
    })),
    MERGE_CODE_GROUPS(2, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> with(pick(s.snapshot().codeGroups(), e.b()),
            (CodeGroup h) -> s.project().mergeCodeGroups(g.id(), h.id())))),
    SPLIT_CODE_GROUP(2, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> {
        ProjectSnapshot snap = s.snapshot();
        s.project().splitCodeGroup(g.id(), e.text(), ids(snap.subgroupsOf(g.id()), e.b(), Subgroup::id),
                ids(snap.unitsOf(g.id()), e.c(), MeaningUnit::id));
    })),
    DELETE_CODE_GROUP(1, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> s.project().deleteCodeGroup(g.id()))),

    // --- step 3: subgroups and condensates
    ADD_SUBGROUP(3, (s, e) -> with(pick(s.snapshot().codeGroups(), e.a()), g -> s.project().addSubgroup(g.id(), e.text()))),
    RENAME_SUBGROUP(1, (s, e) -> with(pick(s.snapshot().subgroups(), e.a()), x -> s.project().renameSubgroup(x.id(), e.text()))),
    MOVE_SUBGROUP(2, (s, e) -> with(pick(s.snapshot().subgroups(), e.a()), x -> s.project().moveSubgroup(x.id(), e.b() % 3))),
    MOVE_SUBGROUP_TO_GROUP(2, (s, e) -> with(pick(s.snapshot().subgroups(), e.a()), x -> with(pick(s.snapshot().codeGroups(), e.b()),
            (CodeGroup g) -> s.project().moveSubgroupToGroup(x.id(), g.id())))),
    DELETE_SUBGROUP(1, (s, e) -> with(pick(s.snapshot().subgroups(), e.a()), x -> s.project().deleteSubgroup(x.id()))),
    SET_CONDENSATE(2, (s, e) -> with(pick(s.snapshot().subgroups(), e.a()), x -> {
        List<UUID> units = s.snapshot().unitsOf(x.codeGroupId()).stream().filter(u -> u.isIn(x.codeGroupId(), x.id()))
                .map(MeaningUnit::id).toList();
        s.project().setCondensate(x.id(), e.text(), e.b() % 3 == 0 ? null : e.b() % 3 == 1 ? units : ids(s.snapshot().meaningUnits(), e.c(), MeaningUnit::id));
    })),
    SET_ANALYTIC_TEXT(1, (s, e) -> with(pick(s.snapshot().subgroups(), e.a()), x -> s.project().setAnalyticText(x.id(), e.text()))),

    // --- step 2 and 3: meaning units
    ADD_MEANING_UNIT(4, (s, e) -> with(pick(s.snapshot().transcripts(), e.a()), t -> {
        Span at = span(t, e.b(), e.c());
        s.project().addMeaningUnit(t.id(), at.start(), at.end(), membership(s.snapshot(), e.d()));
    })),
    ADD_MEANING_UNIT_IN_NEW_GROUP(2, (s, e) -> with(pick(s.snapshot().transcripts(), e.a()), t -> {
        Span at = span(t, e.b(), e.c());
        s.project().addMeaningUnitInNewGroup(t.id(), at.start(), at.end(), e.text());
    })),
    RESIZE_MEANING_UNIT(1, (s, e) -> with(pick(s.snapshot().meaningUnits(), e.a()), u -> {
        Span at = span(s.snapshot().transcript(u.transcriptId()).orElseThrow(), e.b(), e.c());
        s.project().resizeMeaningUnit(u.id(), at.start(), at.end());
    })),
    ASSIGN_MEANING_UNIT(2, (s, e) -> with(pick(s.snapshot().meaningUnits(), e.a()), u -> with(one(membership(s.snapshot(), e.b())),
            (Membership m) -> s.project().assignMeaningUnit(u.id(), m.codeGroupId(), m.subgroupId())))),
    MOVE_MEANING_UNIT(2, (s, e) -> with(pick(s.snapshot().meaningUnits(), e.a()), u -> with(pick(u.memberships(), e.b()),
            (Membership from) -> with(one(membership(s.snapshot(), e.c())),
                    (Membership to) -> s.project().moveMeaningUnit(u.id(), from.codeGroupId(), to.codeGroupId(), to.subgroupId()))))),
    SET_MEANING_UNIT_NOTE(1, (s, e) -> with(pick(s.snapshot().meaningUnits(), e.a()), u -> s.project().setMeaningUnitNote(u.id(), e.text()))),
    REMOVE_FROM_CODE_GROUP(1, (s, e) -> with(pick(s.snapshot().meaningUnits(), e.a()), u -> with(pick(u.memberships(), e.b()),
            (Membership m) -> s.project().removeFromCodeGroup(u.id(), m.codeGroupId())))),
    DELETE_MEANING_UNIT(1, (s, e) -> with(pick(s.snapshot().meaningUnits(), e.a()), u -> s.project().deleteMeaningUnit(u.id()))),

    // --- steps 3 and 4: quotes
    ADD_QUOTE(4, (s, e) -> with(pick(s.snapshot().meaningUnits(), e.a()), u -> with(pick(u.memberships(), e.b()), (Membership m) -> {
        boolean whole = e.c() % 2 == 0;
        s.project().addQuote(u.id(), m.codeGroupId(), e.d() % 2 == 0 ? m.subgroupId() : null, whole ? null : u.start() + e.c() % 3,
                whole ? null : u.end() - e.d() % 3, e.text(), e.d() % 3 == 0 ? "EK 😀" : null);
    }))),
    EDIT_QUOTE(2, (s, e) -> with(pick(s.snapshot().quotes(), e.a()), (Quote q) -> s.project().editQuote(q.id(), e.text(), label(e.b())))),
    DELETE_QUOTE(2, (s, e) -> with(pick(s.snapshot().quotes(), e.a()), (Quote q) -> s.project().deleteQuote(q.id()))),

    // --- the history itself
    UNDO(2, (s, e) -> s.project().undo()),
    REDO(1, (s, e) -> s.project().redo()),
    REOPEN(1, (s, e) -> s.reopen());

    /** Runs one edit against the sandbox's project. */
    @FunctionalInterface
    interface Action {
        void run(Sandbox s, Edit e);
    }

    private static final List<String> LABELS = List.of("EK1", "ek1", "NewName", "Deltaker 2", "Åse 😀", " ");

    final int weight;
    private final Action action;

    Op(int weight, Action action) {
        this.weight = weight;
        this.action = action;
    }

    void run(Sandbox s, Edit e) {
        action.run(s, e);
    }

    // --- picking targets ---------------------------------------------------------------------

    static <T> T pick(List<T> items, int i) {
        return items.isEmpty() ? null : items.get(Math.floorMod(i, items.size()));
    }

    static <T> void with(T target, java.util.function.Consumer<T> call) {
        if (target != null) {
            call.accept(target);
        }
    }

    private static <T> UUID id(T item, java.util.function.Function<T, UUID> id) {
        return item == null ? null : id.apply(item);
    }

    /** The items whose bit is set in {@code bits} (by position), e.g. the subgroups a split takes. */
    private static <T> List<UUID> ids(List<T> items, int bits, java.util.function.Function<T, UUID> id) {
        List<UUID> out = new ArrayList<>();
        for (int i = 0; i < items.size() && i < 31; i++) {
            if ((bits >> i & 1) == 1) {
                out.add(id.apply(items.get(i)));
            }
        }
        return out;
    }

    private static String label(int i) {
        return LABELS.get(Math.floorMod(i, LABELS.size()));
    }

    /** No labels, one (it takes all informant speech), or two (refused unless there are two speakers). */
    private static List<String> labels(Edit e) {
        return switch (e.b() % 3) {
            case 0 -> List.of();
            case 1 -> List.of(label(e.c()));
            default -> List.of(label(e.c()), label(e.d()));
        };
    }

    /**
     * A passage of {@code t}; it may cut an emoji in half or be a single character, so some
     * passages are refused, as a user's odd selection would be.
     */
    private static Span span(Transcript t, int start, int length) {
        int n = t.text().length();
        int from = Math.floorMod(start * 7, n);
        return new Span(t.id(), from, Math.min(n, from + 1 + length * 3));
    }

    /** None (unsorted), a code group, or a code group and (every other time) one of its subgroups. */
    private static List<Membership> membership(ProjectSnapshot snap, int i) {
        CodeGroup g = pick(snap.codeGroups(), i / 2);
        if (i % 5 == 0 || g == null) {
            return List.of();
        }
        Subgroup sub = i % 2 == 0 ? pick(snap.subgroupsOf(g.id()), i / 3) : null;
        return List.of(new Membership(g.id(), sub == null ? null : sub.id()));
    }

    private static <T> T one(List<T> items) {
        return items.isEmpty() ? null : items.get(0);
    }
}
