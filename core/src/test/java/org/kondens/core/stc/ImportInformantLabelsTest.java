package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kondens.core.TestProjects.assertRefused;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.SpeakerDetector;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.Transcript;

/**
 * Informant labels at import (found by the undo property test): a blank label or one given twice
 * is refused with a sentence, not a database error, and speaker labels that differ only in case
 * are one informant.
 */
class ImportInformantLabelsTest {

    static final String FOCUS_GROUP = "M: Velkommen 😀.\nEK1: Jeg starter.\nEK2: Jeg følger på.\n";

    @TempDir
    Path dir;
    StcProject p;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private Transcript importText(String text, List<String> labels) {
        return p.importTranscript(new ImportedTranscript("fokus.txt", "fokus", text, SpeakerDetector.detect(text), List.of()), labels);
    }

    @Test
    void aBlankInformantLabelIsRefused() {
        assertRefused(p, () -> importText(FOCUS_GROUP, List.of("Kari", " ")), "fokus.txt: an informant label is blank.");
        assertEquals(List.of(), p.snapshot().informants());
    }

    @Test
    void theSameInformantGivenTwiceIsRefused() {
        assertRefused(p, () -> importText(FOCUS_GROUP, List.of("Kari", " kari ")), "fokus.txt: informant 'kari' is given twice.");
    }

    @Test
    void givenLabelsAreStripped() {
        importText(FOCUS_GROUP, List.of(" Kari ", "Ola"));
        assertEquals(List.of("Kari", "Ola"), p.snapshot().informants().stream().map(Informant::label).toList());
    }

    @Test
    void speakerLabelsThatDifferOnlyInCaseAreOneInformantAndOneParticipant() {
        Transcript t = importText("I: Hvordan var det?\nEK1: Tøft.\nI: Og så?\nEk1: Bedre 😀.\n", List.of());
        Informant ek1 = p.findInformant("EK1");
        assertEquals(List.of(ek1), p.snapshot().informants());
        Session session = p.snapshot().sessions().get(0);
        assertEquals(List.of(ek1.id()), session.participants());
        assertEquals(SessionKind.INDIVIDUAL, session.kind());
        assertEquals(List.of(ek1.id(), ek1.id()), p.snapshot().turns().get(t.id()).stream()
                .filter(turn -> turn.informantId() != null).map(turn -> turn.informantId()).toList());
    }
}
