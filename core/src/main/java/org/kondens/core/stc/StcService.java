package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Quote;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * What every step's service shares: one transaction per edit (with its audit line and undo step),
 * and lookups of single rows by id, never of the whole project.
 */
abstract class StcService {

    final ProjectDatabase db;
    private final Runnable changed;

    StcService(ProjectDatabase db, Runnable changed) {
        this.db = db;
        this.changed = changed;
    }

    <T> T change(String action, String detail, Function<ProjectRepository, T> work) {
        T result = db.write(action, detail, true, s -> work.apply(new ProjectRepository(s)));
        changed.run();
        return result;
    }

    /** Tells the listeners of a change written without {@link #change} (a batch of steps). */
    void changed() {
        changed.run();
    }

    void changeVoid(String action, String detail, java.util.function.Consumer<ProjectRepository> work) {
        change(action, detail, r -> {
            work.accept(r);
            return null;
        });
    }

    /** One read transaction: an edit looks up only the rows it needs, never the whole project. */
    <T> T read(Function<ProjectRepository, T> query) {
        return db.read(s -> query.apply(new ProjectRepository(s)));
    }

    <T> T byId(Function<ProjectRepository, Optional<T>> find, UUID id, Term what) {
        return read(find).orElseThrow(() -> new KondensException(Problem.NO_SUCH, what, id));
    }

    Informant informant(UUID id) {
        return byId(r -> r.informant(id), id, Term.INFORMANT);
    }

    Transcript transcript(UUID id) {
        return byId(r -> r.transcript(id), id, Term.TRANSCRIPT);
    }

    PreliminaryTheme theme(UUID id) {
        return byId(r -> r.theme(id), id, Term.PRELIMINARY_THEME);
    }

    CodeGroup codeGroup(UUID id) {
        return byId(r -> r.codeGroup(id), id, Term.CODE_GROUP);
    }

    Subgroup subgroup(UUID id) {
        return byId(r -> r.subgroup(id), id, Term.SUBGROUP);
    }

    MeaningUnit meaningUnit(UUID id) {
        return byId(r -> r.meaningUnit(id), id, Term.MEANING_UNIT);
    }

    Quote quote(UUID id) {
        return byId(r -> r.quote(id), id, Term.QUOTE);
    }

    TranscriptNote note(UUID id) {
        return byId(r -> r.note(id), id, Term.NOTE);
    }

    void checkMemberships(List<Membership> memberships) {
        read(r -> {
            checkMemberships(r, memberships);
            return null;
        });
    }

    private static void checkMemberships(ProjectRepository r, List<Membership> memberships) {
        List<UUID> seen = new ArrayList<>();
        for (Membership m : memberships) {
            CodeGroup g = r.codeGroup(m.codeGroupId())
                    .orElseThrow(() -> new KondensException(Problem.NO_SUCH, Term.CODE_GROUP, m.codeGroupId()));
            if (m.subgroupId() != null && !r.subgroup(m.subgroupId()).map(s -> s.codeGroupId().equals(g.id())).orElse(false)) {
                throw new KondensException(Problem.SUBGROUP_IN_OTHER_GROUP, g.workingName());
            }
            if (seen.contains(g.id())) {
                throw new KondensException(Problem.UNIT_TWICE_IN_GROUP, g.workingName());
            }
            seen.add(g.id());
        }
    }

    String groupPath(Membership m) {
        return read(r -> {
            String g = r.codeGroup(m.codeGroupId()).map(CodeGroup::workingName).orElse("?");
            return m.subgroupId() == null ? g : g + " / " + r.subgroup(m.subgroupId()).map(Subgroup::name).orElse("?");
        });
    }

    /** The unit's words (for an audit line): its kept passage, not its whole transcript's text. */
    String textOf(MeaningUnit u) {
        return transcript(u.transcriptId()).passage(u.start(), u.end()).text();
    }

    UUID informantAt(ProjectRepository r, Transcript t, int offset) {
        SpeakerTurn turn = r.turnAt(t.id(), offset).orElse(null);
        if (turn == null) {
            return onlyParticipant(r, t); // text outside turns, e.g. an interview without markers
        }
        // The interviewer's words are nobody's data.
        return turn.role() == SpeakerRole.INTERVIEWER ? null : turn.informantId() != null ? turn.informantId() : onlyParticipant(r, t);
    }

    static UUID onlyParticipant(ProjectRepository r, Transcript t) {
        List<UUID> participants = r.participantsOf(t.sessionId());
        return participants.size() == 1 ? participants.get(0) : null;
    }

    static Optional<Informant> informantByLabel(ProjectRepository r, String label) {
        return r.informantIdByLabel(label.strip()).flatMap(r::informant);
    }

    static void requireFreeLabel(ProjectRepository r, String label, UUID except) {
        informantByLabel(r, label).filter(i -> !i.id().equals(except)).ifPresent(i -> {
            throw new KondensException(Problem.LABEL_TAKEN, i.label());
        });
    }

    static <T> void reorder(List<T> items, Function<T, UUID> id, UUID moving, int index, java.util.function.ObjIntConsumer<T> setOrder) {
        List<T> list = new ArrayList<>(items);
        T item = list.stream().filter(x -> id.apply(x).equals(moving)).findFirst().orElseThrow();
        list.remove(item);
        list.add(Math.max(0, Math.min(index, list.size())), item);
        for (int i = 0; i < list.size(); i++) {
            setOrder.accept(list.get(i), i);
        }
    }

    /** Moves every unit of {@code from} into {@code to}; with {@code onlySubgroup}, only that subgroup's units. */
    static void moveUnits(ProjectRepository r, UUID from, UUID to, UUID onlySubgroup) {
        for (MeaningUnit u : r.unitsOf(from)) {
            Membership m = membershipIn(u, from);
            if (onlySubgroup != null && !onlySubgroup.equals(m.subgroupId())) {
                continue;
            }
            r.removeMembership(u.id(), from);
            Optional<Membership> existing = u.memberships().stream().filter(x -> x.codeGroupId().equals(to)).findFirst();
            if (existing.isEmpty() || existing.get().subgroupId() == null) {
                r.setMembership(u.id(), new Membership(to, m.subgroupId()));
            }
        }
    }

    static Membership membershipIn(MeaningUnit u, UUID group) {
        return u.memberships().stream().filter(m -> m.codeGroupId().equals(group)).findFirst().orElseThrow();
    }

    static CodeGroup withGroup(CodeGroup g, String working, String fin, String desc, String color, int order, String intro) {
        return new CodeGroup(g.id(), working, fin, desc, color, order, intro, g.grewFrom());
    }

    static Subgroup withSubgroup(Subgroup s, UUID group, String name, int order) {
        return new Subgroup(s.id(), group, name, order, s.condensate(), s.condensateSources(), s.analyticText(), s.grewFrom());
    }

    void renumberSubgroups(ProjectRepository r, UUID codeGroupId) {
        List<Subgroup> subs = r.subgroupsOf(codeGroupId);
        for (int i = 0; i < subs.size(); i++) {
            if (subs.get(i).order() != i) {
                r.updateSubgroup(withSubgroup(subs.get(i), codeGroupId, subs.get(i).name(), i));
            }
        }
    }
}
