package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.kondens.core.KondensException;
import org.kondens.core.model.Part;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;

/**
 * The GUI's snapshot stays right edit after edit. A random sequence of operations, undos, redos
 * and reopenings runs on a new project; after each, the snapshot brought up to date by the
 * reported change alone equals one read afresh (audit trail included), and every part that differs
 * from before is one the change names (a refused edit names none).
 */
class SnapshotRefreshPropertyTest {

    private static final List<String> TEXTS = List.of("Trygghet", "trygghet", "Å bli sett", "Nøkkelen 🔑", "  Egen bolig  ", "😀", "");

    private static final List<Edit> PRELUDE = List.of(
            new Edit(Op.IMPORT_TRANSCRIPT, 0, 0, 0, 0, ""),
            new Edit(Op.ADD_THEME, 0, 0, 0, 0, "Egen bolig"),
            new Edit(Op.ADD_CODE_GROUP, 0, 1, 0, 0, "Trygghet"),
            new Edit(Op.ADD_CODE_GROUP, 0, 1, 1, 1, "Å bli sett"),
            new Edit(Op.ADD_SUBGROUP, 0, 0, 0, 0, "Nøkkelen"),
            new Edit(Op.ADD_MEANING_UNIT, 0, 1, 4, 2, ""),
            new Edit(Op.ADD_MEANING_UNIT, 0, 9, 3, 4, ""),
            new Edit(Op.SET_CONDENSATE, 0, 2, 3, 0, "Jeg fikk nøkkel"),
            new Edit(Op.ADD_QUOTE, 0, 0, 1, 1, "fikk nøkkel"));

    @Property(tries = 40)
    void aSnapshotRefreshedByTheChangeEqualsAFreshOne(@ForAll("edits") List<Edit> edits) {
        try (Sandbox s = Sandbox.create()) {
            ProjectSnapshot shown = s.project().refreshed(null, s.project().takeChange());
            for (Edit e : PRELUDE) {
                shown = step(s, shown, e);
            }
            for (Edit e : edits) {
                shown = step(s, shown, e);
            }
        }
    }

    private static ProjectSnapshot step(Sandbox s, ProjectSnapshot shown, Edit e) {
        ProjectSnapshot before = fresh(s);
        boolean refused = false;
        try {
            e.op().run(s, e);
        } catch (KondensException no) {
            refused = true;
        }
        ProjectChange change = s.project().takeChange();
        ProjectSnapshot after = fresh(s);
        ProjectSnapshot refreshed = s.project().refreshed(shown, change);
        assertEquals(after, refreshed, e + " reported " + change.parts() + ": the refreshed snapshot is not the fresh one");
        if (refused) {
            assertTrue(change.isEmpty(), e + " was refused but reported " + change.parts());
        }
        if (!change.isEverything()) {
            covers(change, e, before, after);
        }
        return refreshed;
    }

    /** Each part that differs is named, or follows from a named one (orders that span parts). */
    private static void covers(ProjectChange c, Edit e, ProjectSnapshot a, ProjectSnapshot b) {
        named(c, e, "project", !sameProject(a.project(), b.project()) || !a.questionHistory().equals(b.questionHistory()), Part.PROJECT);
        named(c, e, "informants", !a.informants().equals(b.informants()), Part.INFORMANTS);
        named(c, e, "sessions", !a.sessions().equals(b.sessions()), Part.SESSIONS);
        named(c, e, "transcripts", !a.transcripts().equals(b.transcripts()) || !a.turns().equals(b.turns()), Part.TRANSCRIPTS);
        named(c, e, "notes", !a.notes().equals(b.notes()), Part.NOTES);
        named(c, e, "themes", !a.themes().equals(b.themes()), Part.THEMES);
        // A group lists the themes it grew from in theme order.
        named(c, e, "code groups", !a.codeGroups().equals(b.codeGroups()), Part.CODE_GROUPS, Part.THEMES);
        // Subgroups follow their group's order, sources the units' reading order.
        named(c, e, "subgroups", !a.subgroups().equals(b.subgroups()), Part.SUBGROUPS, Part.CODE_GROUPS, Part.THEMES,
                Part.MEANING_UNITS, Part.TRANSCRIPTS);
        // A unit lists its memberships in code group order.
        named(c, e, "meaning units", !a.meaningUnits().equals(b.meaningUnits()), Part.MEANING_UNITS, Part.CODE_GROUPS);
        named(c, e, "quotes", !a.quotes().equals(b.quotes()), Part.QUOTES);
    }

    private static void named(ProjectChange c, Edit e, String what, boolean differs, Part... parts) {
        assertTrue(!differs || c.touches(parts), e + " changed the " + what + " but reported only " + c.parts());
    }

    /** The project row, without the "modified" time every edit moves. */
    private static boolean sameProject(Project a, Project b) {
        return Objects.equals(a.title(), b.title()) && a.language() == b.language()
                && Objects.equals(a.researchQuestion(), b.researchQuestion()) && Objects.equals(a.subQuestions(), b.subQuestions())
                && Objects.equals(a.interviewGuide(), b.interviewGuide()) && Objects.equals(a.notes(), b.notes())
                && Objects.equals(a.groupLevelName(), b.groupLevelName()) && Objects.equals(a.subgroupLevelName(), b.subgroupLevelName());
    }

    private static ProjectSnapshot fresh(Sandbox s) {
        return s.snapshot();
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Op> ops = Arbitraries.frequency(Arrays.stream(Op.values()).map(o -> Tuple.of(o.weight, o)).toList());
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 40);
        return Combinators.combine(ops, number, number, number, number, Arbitraries.of(TEXTS)).as(Edit::new).list().ofMaxSize(30)
                .withSizeDistribution(RandomDistribution.uniform());
    }
}
