package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;

/**
 * Opening a project reads no transcript text: a snapshot carries none, a text is read when asked
 * for, the screen's texts are kept, and the others only up to a bound.
 */
class TranscriptTextsTest {

    @TempDir
    Path dir;

    /** Texts with what could shift offsets: æøå, emoji and non-BMP letters, CRLF kept as the importer keeps it. */
    private static final List<String> TEXTS = List.of(
            "I: Hvordan var det å flytte?\nInformant 1: Det var godt 😀, men også rart.\n",
            "I: Og nå?\r\nInformant 2: Nå er det 𐍈𐍈 stille. Søndagene er lange.\r\n",
            "I: Hva hjalp?\nInformant 3: Æ veit ikkje. Naboen, kanskje.\n");

    private Path projectWithThreeTranscripts() {
        Path file;
        try (StcProject p = TestProjects.newProject(dir)) {
            file = dir.resolve("studie.kondens");
            for (int i = 0; i < TEXTS.size(); i++) {
                p.importTranscript(TranscriptFiles.read(TestProjects.writeUtf8(dir.resolve("intervju-" + i + ".txt"), TEXTS.get(i))),
                        List.of());
            }
        }
        return file;
    }

    @Test
    void openingAProjectReadsNoTextAndEachTextComesBackExactly() {
        Path file = projectWithThreeTranscripts();
        List<String> imported = new ArrayList<>();
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot();
            assertEquals(3, s.transcripts().size());
            assertEquals(0, p.textCharsInMemory(), "the snapshot read no text");
            assertEquals(3, s.turns().size(), "which transcripts have turns, not the turns");
            List<org.kondens.core.model.SpeakerTurn> turns = s.turns().get(s.transcripts().get(0).id());
            assertEquals(List.of("I", "Informant 1"), turns.stream().map(org.kondens.core.model.SpeakerTurn::speaker).toList());
            assertEquals(Set.of("I"), ((org.kondens.core.model.TurnsOnDemand) s.turns()).interviewerSpeakers());
            assertFalse(s.transcripts().get(1).textAtHand());
            s.transcripts().forEach(t -> imported.add(t.text()));
            assertFalse(s.transcripts().get(1).textAtHand(), "a text read once may go again: only the screen's are at hand");
            p.keepTextsShown(s, s.transcripts().get(1).id());
            assertTrue(s.transcripts().get(1).textAtHand());
        }
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot();
            Transcript second = s.transcripts().get(1);
            p.keepTextsShown(s, second.id());
            assertEquals(imported.get(1).length(), p.textCharsInMemory(), "only the shown transcript's text was read");
            assertEquals(imported, s.transcripts().stream().map(Transcript::text).toList());
            assertTrue(imported.get(0).contains("😀") && imported.get(1).contains("𐍈𐍈"));
        }
    }

    @Test
    void aFullyCodedProjectShowsEveryPassageWithoutReadingAText() {
        Path file = projectWithThreeTranscripts();
        List<String> passages = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot();
            for (Transcript t : s.transcripts()) {
                String text = t.text();
                // the informant's answer (line 2, after a CRLF in the second text), and a passage of non-BMP letters and emoji
                int answer = text.indexOf("Informant");
                int cut = text.indexOf('.', answer) + 1;
                p.addMeaningUnit(t.id(), answer, cut, List.of());
                passages.add(text.substring(answer, cut));
                lines.add(2);
            }
            String withCrlf = s.transcripts().get(1).text();
            int from = withCrlf.indexOf("Og nå?");
            int to = withCrlf.indexOf("𐍈𐍈") + 4;
            p.addMeaningUnit(s.transcripts().get(1).id(), from, to, List.of());
            passages.add(withCrlf.substring(from, to));
            lines.add(1);
        }
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot();
            p.keepTextsShown(s, null);
            assertEquals(0, p.textCharsInMemory(), "no text was read to keep the passages");
            assertTrue(p.passageCharsInMemory() > 0);
            List<org.kondens.core.model.MeaningUnit> units = s.meaningUnits();
            assertEquals(4, units.size());
            for (org.kondens.core.model.MeaningUnit u : units) {
                int k = passages.indexOf(s.textOf(u));
                assertTrue(k >= 0, "exactly the marked words: " + s.textOf(u));
                assertEquals(lines.get(k), s.passageOf(u).line(), "the line the unit starts on");
            }
            assertTrue(passages.get(3).contains("\n") && passages.get(3).endsWith("𐍈𐍈"), "across a line break, to a non-BMP letter");
            assertEquals(0, p.textCharsInMemory(), "listing every passage read no text either");

            // resized: the stored passage follows, and undo brings the old one back
            org.kondens.core.model.MeaningUnit last = units.stream().filter(u -> s.textOf(u).equals(passages.get(3))).findFirst().orElseThrow();
            p.resizeMeaningUnit(last.id(), last.start() + 3, last.end());
            ProjectSnapshot resized = p.snapshot();
            p.keepTextsShown(resized, null);
            org.kondens.core.model.MeaningUnit shorter = resized.unitsById().get(last.id());
            assertEquals(passages.get(3).substring(3), resized.textOf(shorter));
            p.undo();
            assertEquals(passages.get(3), storedPassage(p, last.id()));
        }
    }

    private static String storedPassage(StcProject p, UUID unit) {
        return p.database().read(sql -> sql.first("SELECT passage FROM meaning_unit WHERE id = ?", r -> r.getString(1), unit)).orElseThrow();
    }

    @Test
    void aSnapshotStillReadsItsTextsAfterItsProjectClosed() {
        Path file = projectWithThreeTranscripts();
        ProjectSnapshot s;
        String first;
        try (StcProject p = TestProjects.reopen(file)) {
            s = p.snapshot();
            first = s.transcripts().get(0).text();
        }
        assertEquals(first, s.transcripts().get(0).text());
        assertTrue(s.transcripts().get(2).text().startsWith("I: Hva hjalp?"), "read from the closed file");
    }

    @Test
    void theScreensTextsAreKeptAndOthersLetGoBeyondTheBound() {
        Map<UUID, String> disk = Map.of(id(1), "aaaaaa", id(2), "bbbbbb", id(3), "cccccc");
        List<UUID> reads = new ArrayList<>();
        TranscriptTexts texts = new TranscriptTexts(new TranscriptTexts.FileReads() {
            @Override
            public String text(UUID transcript) {
                reads.add(transcript);
                return disk.get(transcript);
            }

            @Override
            public List<org.kondens.core.model.SpeakerTurn> turns(UUID transcript) {
                return List.of();
            }

            @Override
            public Set<String> interviewerSpeakers() {
                return Set.of();
            }

            @Override
            public Map<org.kondens.core.model.Span, org.kondens.core.model.Passage> passages(List<UUID> ids) {
                return Map.of();
            }
        }, 10);

        texts.keepOnly(Set.of(id(1)));
        assertEquals("bbbbbb", texts.text(id(2)));
        assertEquals("cccccc", texts.text(id(3)));
        assertNull(texts.inMemory(id(2)), "beyond 10 characters the least recently read spare text goes");
        assertTrue(texts.inMemory(id(1)) != null && texts.inMemory(id(3)) != null);
        assertEquals(12, texts.charsInMemory());

        texts.text(id(1));
        texts.text(id(2));
        assertEquals(List.of(id(1), id(2), id(3), id(2)), reads, "a kept text is read once; a let-go one again");

        texts.keepOnly(Set.of(id(3)));
        assertTrue(texts.atHand(id(3)));
        assertFalse(texts.atHand(id(1)), "no longer kept for the screen");
        assertEquals(12, texts.charsInMemory(), "the text no longer shown became spare, within the bound");
    }

    @Test
    void aTextReadInsideAnEditBelongsToItsTransaction() {
        Path file = projectWithThreeTranscripts();
        try (ProjectDatabase db = ProjectDatabase.open(file, TestProjects.NO_BACKUP)) {
            assertThrows(RuntimeException.class, () -> db.write("test", "", false, sql -> {
                sql.update("UPDATE project SET title = ?", "Endret");
                Transcript t = new ProjectRepository(sql).transcripts().get(0);
                assertTrue(t.text().startsWith("I: Hvordan")); // read in this transaction, not one of its own
                throw new IllegalStateException("the edit fails after reading");
            }));
            assertEquals(TestProjects.PROJECT_TITLE, db.read(sql -> new ProjectRepository(sql).project().title()),
                    "nothing of the failed edit was committed by the text read inside it");
        }
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
