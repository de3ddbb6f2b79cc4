package org.kondens.app.gui.meaningunits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;
import org.kondens.core.sample.CorpusGenerator;
import org.testfx.util.WaitForAsyncUtils;

/** Step 2 headless, the flows: Ctrl+M with the type-ahead popup, undo, reveal, a long transcript (rules: {@link Step2ViewModelTest}). */
class Step2ViewTest extends WorkViewTest<Step2View> {

    @Override
    protected Step2View create(Workbench wb) {
        return new Step2View(wb);
    }

    private ProjectSnapshot openSample(String name) throws Exception {
        Path file = dir.resolve(name);
        GuiSample.open(wb, file);
        return wb.snapshot();
    }

    private static MeaningUnit added(ProjectSnapshot before, ProjectSnapshot after) {
        Set<UUID> old = before.meaningUnits().stream().map(MeaningUnit::id).collect(Collectors.toSet());
        List<MeaningUnit> fresh = after.meaningUnits().stream().filter(u -> !old.contains(u.id())).toList();
        assertEquals(1, fresh.size(), "exactly one new meaning unit");
        return fresh.get(0);
    }

    /** A passage of the shown transcript that no unit covers yet, as [start, end). */
    private static int[] freshPassage(ProjectSnapshot s, Transcript tr, String words) {
        int start = tr.text().indexOf(words);
        assertTrue(start >= 0, "the sample says: " + words);
        return new int[] {start, start + words.length()};
    }

    @Test
    void ctrlMWithTypeAheadMakesAMeaningUnitWithTheSelectedOffsetsInTheChosenGroup() throws Exception {
        ProjectSnapshot before = openSample("ctrlm.kondens");
        Transcript tr = before.transcript(wb.transcript.get()).orElseThrow();
        assertEquals(tr.id(), view.reader().transcriptId(), "the reader shows the open transcript");
        assertEquals(tr.text(), view.reader().area().getText(), "the reader shows the stored text unchanged");
        int[] p = freshPassage(before, tr, "Langtransport mest.");
        CodeGroup target = before.codeGroups().get(1);

        interact(() -> {
            view.reader().area().requestFocus();
            view.reader().select(p[0], p[1]);
        });
        assertEquals(new IndexRange(p[0], p[1]), view.reader().selection());
        push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region prompt = lookup(".prompt-popup").queryAs(javafx.scene.layout.Region.class);
        assertNotNull(prompt.getBackground(), "the popup carries kondens.css: its box has the overlay background");
        assertNull(prompt.getEffect(), "and no shadow: its margin shows white where popups cannot be see-through");
        write(target.workingName().substring(0, 5));
        push(KeyCode.ENTER);

        ProjectSnapshot after = changed(before);
        MeaningUnit u = added(before, after);
        assertEquals(tr.id(), u.transcriptId());
        assertEquals(p[0], u.start());
        assertEquals(p[1], u.end());
        assertEquals("Langtransport mest.", after.textOf(u));
        assertEquals(List.of(new Membership(target.id(), null)), u.memberships());
        assertEquals(target.id(), wb.codeGroup.get(), "the right panel shows the group that got the unit");
        @SuppressWarnings("unchecked")
        ListView<UnitRow> units = lookup("#step2-units").queryAs(ListView.class);
        assertTrue(units.getItems().stream().anyMatch(x -> x.unit().id().equals(u.id())), "the new unit is listed under its group");
        assertEquals(u.id(), units.getSelectionModel().getSelectedItem().unit().id(), "and selected there");

        interact(() -> wb.undo());
        ProjectSnapshot undone = changed(after);
        assertEquals(before.meaningUnits(), undone.meaningUnits(), "undo takes the unit away again");
    }

    @Test
    void renamingAGroupToATakenNameInThePopupShowsAWarningAndKeepsTheName() throws Exception {
        ProjectSnapshot s = openSample("navn.kondens");
        CodeGroup first = s.codeGroups().get(0);
        CodeGroup other = s.codeGroups().get(1);
        doubleClickOn(lookup(".group-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.workingName(), lookup("#step2-prompt-field").queryAs(javafx.scene.control.TextField.class).getText());
        write(other.workingName());
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.DialogPane warning = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("There is already a code group named “" + other.workingName() + "”; the name was kept.", warning.getContentText());
        assertEquals(first.workingName(), wb.snapshot().codeGroups().get(0).workingName());
        interact(() -> warning.getScene().getWindow().hide());
    }

    @Test
    void revealSwitchesTranscriptAndSelectsTheSpan() throws Exception {
        ProjectSnapshot s = openSample("vis.kondens");
        UUID shown = wb.transcript.get();
        MeaningUnit elsewhere = s.meaningUnits().stream().filter(u -> !u.transcriptId().equals(shown)).findFirst().orElseThrow();
        interact(() -> wb.reveal.set(new Span(elsewhere.transcriptId(), elsewhere.start(), elsewhere.end())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(elsewhere.transcriptId(), wb.transcript.get());
        assertEquals(elsewhere.transcriptId(), view.reader().transcriptId());
        assertEquals(new IndexRange(elsewhere.start(), elsewhere.end()), view.reader().selection());
        assertEquals(s.textOf(elsewhere), view.reader().area().getSelectedText());
        assertFalse(view.reader().unitsAt(elsewhere.start()).isEmpty(), "the reader knows the unit under the selection");
    }

    @Test
    void aLongTranscriptWithTwoThousandUnitsIsShownExactlyAndStyledByRuns() throws Exception {
        ProjectSnapshot s = openSample("stor.kondens");
        // A 300,000-character transcript with 2,000 units (some in two groups, every third overlapping the next),
        // given straight to the reader: storing 2,000 units one by one would test the database, not the reader.
        String text = java.nio.file.Files.readString(CorpusGenerator.write(dir.resolve("korpus"), 1, 52_000).get(0));
        assertTrue(text.length() >= 300_000, "a long transcript: " + text.length());
        Transcript tr = new Transcript(UUID.randomUUID(), s.sessions().get(0).id(), "Stor", text, "stor.txt", "x", java.time.Instant.now());
        List<org.kondens.core.model.SpeakerTurn> turns = org.kondens.core.importer.SpeakerDetector.detect(text).stream()
                .map(d -> new org.kondens.core.model.SpeakerTurn(d.start(), d.end(), d.speaker(), d.role(), null)).toList();
        List<UUID> groups = s.codeGroups().stream().map(CodeGroup::id).toList();
        List<MeaningUnit> units = new ArrayList<>();
        int step = text.length() / 2000;
        for (int i = 0; i < 2000; i++) {
            List<Membership> m = new ArrayList<>(List.of(new Membership(groups.get(i % groups.size()), null)));
            if (i % 7 == 0) {
                m.add(new Membership(groups.get((i + 1) % groups.size()), null));
            }
            int start = i * step;
            units.add(new MeaningUnit(UUID.randomUUID(), tr.id(), start, Math.min(text.length(), start + (i % 3 == 0 ? step + 40 : step / 2)),
                    null, "", java.time.Instant.now(), i % 50 == 0 ? List.of() : m));
        }
        ProjectSnapshot big = withTranscript(s, tr, turns, units);
        interact(() -> view.reader().render(big, tr.id()));
        assertEquals(text, view.reader().area().getText(), "the stored text, unchanged");
        assertTrue(view.reader().area().getStyleSpans(0, text.length()).getSpanCount() > 4000, "units and speakers are styled by runs");

        List<MeaningUnit> more = new ArrayList<>(units);
        more.add(new MeaningUnit(UUID.randomUUID(), tr.id(), 150_001, 150_090, null, "", java.time.Instant.now(),
                List.of(new Membership(groups.get(0), null))));
        ProjectSnapshot bigger = withTranscript(s, tr, turns, more);
        interact(() -> view.reader().render(bigger, tr.id()));
        String style = view.reader().area().getStyleAtPosition(150_050);
        assertTrue(style.contains("-rtfx-background-color"), style);
        interact(() -> view.reader().select(290_000, 290_050));
        assertEquals(text.substring(290_000, 290_050), view.reader().area().getSelectedText(), "a jump far into the text lands exactly");
    }

    private static ProjectSnapshot withTranscript(ProjectSnapshot s, Transcript tr, List<org.kondens.core.model.SpeakerTurn> turns,
            List<MeaningUnit> units) {
        List<Transcript> transcripts = new ArrayList<>(s.transcripts());
        transcripts.add(tr);
        java.util.Map<UUID, List<org.kondens.core.model.SpeakerTurn>> allTurns = new java.util.HashMap<>(s.turns());
        allTurns.put(tr.id(), turns);
        List<MeaningUnit> allUnits = new ArrayList<>(s.meaningUnits());
        allUnits.addAll(units);
        return new ProjectSnapshot(s.project(), s.questionHistory(), s.informants(), s.sessions(), transcripts, allTurns, s.notes(),
                s.themes(), s.codeGroups(), s.subgroups(), allUnits, s.quotes(), s.audit());
    }

    private <T> T interactResult(java.util.concurrent.Callable<T> work) throws Exception {
        Object[] box = new Object[1];
        interact(() -> {
            try {
                box[0] = work.call();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        T r = (T) box[0];
        assertNotNull(r);
        return r;
    }

    private <T> T interactFuture(java.util.concurrent.Callable<java.util.concurrent.CompletableFuture<T>> work) throws Exception {
        java.util.concurrent.CompletableFuture<T> f = interactResult(work);
        return f.get(60, TimeUnit.SECONDS);
    }
}
