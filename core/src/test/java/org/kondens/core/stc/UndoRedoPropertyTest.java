package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.kondens.core.KondensException;
import org.kondens.core.store.UndoLog;

/**
 * Undo is exact for every operation. A random sequence of edits (every {@link StcProject}
 * operation, with undo, redo and reopening the file in between) runs on a new project; each edit
 * is one undo step, or, if refused or a no-op, no change and no step at all. Then every step is
 * undone, each undo giving back the state before that step (the JSON export without audit trail,
 * byte for byte, and the raw rows) down to the new project; and redone, each redo giving back the
 * state after it, up to the end. A failure shrinks to a short sequence printed one edit a line.
 */
class UndoRedoPropertyTest {

    private static final List<String> TEXTS = List.of("Trygghet", "trygghet", "Å bli sett", "Nøkkelen 🔑", "  Egen bolig  ",
            "Linje én\r\nlinje to", "😀", "", " ");

    /** A small analysis to start from, so the random edits find transcripts, groups and units to work on. */
    private static final List<Edit> PRELUDE = List.of(
            new Edit(Op.IMPORT_TRANSCRIPT, 0, 0, 0, 0, ""),
            new Edit(Op.ADD_THEME, 0, 0, 0, 0, "Egen bolig"),
            new Edit(Op.ADD_CODE_GROUP, 0, 1, 0, 0, "Trygghet"),
            new Edit(Op.ADD_SUBGROUP, 0, 0, 0, 0, "Nøkkelen"),
            new Edit(Op.ADD_MEANING_UNIT, 0, 1, 4, 2, ""),
            new Edit(Op.ADD_QUOTE, 0, 0, 1, 1, "fikk nøkkel"),
            new Edit(Op.ADD_NOTE, 0, 1, 0, 0, "Sterkt inntrykk 🔑"));

    @Property(tries = 50)
    void everyEditIsOneStepThatUndoAndRedoReplayExactly(@ForAll("edits") List<Edit> edits) {
        try (Sandbox s = Sandbox.create()) {
            Expected expected = new Expected(s.state());
            for (Edit e : PRELUDE) {
                run(s, expected, e);
            }
            for (Edit e : edits) {
                run(s, expected, e);
            }
            while (expected.position > 0) {
                undo(s, expected);
            }
            assertTrue(s.project().undo().isEmpty(), "nothing is left to undo");
            assertEquals(expected.states.get(0), s.state(), "undoing every step gives back the new project");
            while (expected.position < expected.steps()) {
                redo(s, expected);
            }
            assertTrue(s.project().redo().isEmpty(), "nothing is left to redo");
            assertEquals(expected.states.getLast(), s.state(), "redoing every step gives back the end state");
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Op> ops = Arbitraries.frequency(Arrays.stream(Op.values()).map(o -> Tuple.of(o.weight, o)).toList());
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 40);
        return Combinators.combine(ops, number, number, number, number, Arbitraries.of(TEXTS)).as(Edit::new).list().ofMaxSize(25)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    private static void run(Sandbox s, Expected expected, Edit e) {
        switch (e.op()) {
            case UNDO -> {
                if (expected.position == 0) {
                    assertTrue(s.project().undo().isEmpty(), "nothing to undo");
                } else {
                    undo(s, expected);
                }
            }
            case REDO -> {
                if (expected.position == expected.steps()) {
                    assertTrue(s.project().redo().isEmpty(), "nothing to redo");
                } else {
                    redo(s, expected);
                }
            }
            case REOPEN -> {
                s.reopen();
                assertEquals(expected.current(), s.state(), "reopening changes nothing");
                assertEquals(expected.steps(), steps(s), "the undo history survives reopening");
            }
            default -> edit(s, expected, e);
        }
    }

    private static void edit(Sandbox s, Expected expected, Edit e) {
        String before = s.state();
        long newest = newestStep(s);
        try {
            e.op().run(s, e);
        } catch (KondensException refused) {
            Statistics.collect("refused");
            assertEquals(before, s.state(), e + " was refused (" + refused.getMessage() + ") but changed the project");
            assertEquals(expected.steps(), steps(s), e + " was refused but changed the undo history");
            return;
        }
        String after = s.state();
        if (newestStep(s) > newest) {
            Statistics.collect("one step");
            assertNotEquals(before, after, e + " is an undo step that changes nothing");
            assertEquals(expected.position + 1, steps(s), e + " is exactly one undo step");
            expected.edited(after);
        } else {
            Statistics.collect("no change");
            assertEquals(before, after, e + " changed the project without an undo step");
            assertEquals(expected.steps(), steps(s), e + " changed nothing, so it keeps the redo history");
        }
    }

    private static void undo(Sandbox s, Expected expected) {
        Optional<String> undone = s.project().undo();
        assertTrue(undone.isPresent(), "step " + expected.position + " can be undone");
        expected.position--;
        assertEquals(expected.current(), s.state(), "undo of '" + undone.get() + "' gives back the state before it");
    }

    private static void redo(Sandbox s, Expected expected) {
        Optional<String> redone = s.project().redo();
        assertTrue(redone.isPresent(), "step " + (expected.position + 1) + " can be redone");
        expected.position++;
        assertEquals(expected.current(), s.state(), "redo of '" + redone.get() + "' gives back the state after it");
    }

    private static int steps(Sandbox s) {
        return s.project().database().undoSteps().size();
    }

    /** Step ids only grow (AUTOINCREMENT), so a new step is one with a higher id than any before. */
    private static long newestStep(Sandbox s) {
        return s.project().database().undoSteps().stream().mapToLong(UndoLog.Step::id).max().orElse(0);
    }

    /** What undo and redo must give back: the state before the first step and after each one. */
    private static final class Expected {
        final List<String> states = new ArrayList<>();
        /** How many steps are done (not undone): {@code states.get(position)} is the project now. */
        int position;

        Expected(String start) {
            states.add(start);
        }

        int steps() {
            return states.size() - 1;
        }

        String current() {
            return states.get(position);
        }

        void edited(String state) {
            dropRedo();
            states.add(state);
            position++;
        }

        void dropRedo() {
            states.subList(position + 1, states.size()).clear();
        }
    }
}
