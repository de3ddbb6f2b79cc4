package org.kondens.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kondens.core.model.SpeakerRole;

class SpeakerDetectorTest {

    private static List<String> speakers(String text) {
        return SpeakerDetector.detect(text).stream().map(DetectedTurn::speaker).toList();
    }

    @Test
    void theUsualConventions() {
        assertEquals(List.of("I", "Informant 3", "Intervjuer", "EK1", "Interviewer", "P4", "Moderator", "Deltaker 2"),
                speakers("I: a\nInformant 3: b\nIntervjuer: c\nEK1: d\nInterviewer: e\nP4: f\nModerator: g\nDeltaker 2: h"));
    }

    @Test
    void timestampsBeforeTheSpeaker() {
        String text = "[00:12:31] I: Hvordan?\n(12:40) Kari: Sånn.\n[01:02:03] I: Takk.\n(13:00) Kari: Bare hyggelig.";
        List<DetectedTurn> turns = SpeakerDetector.detect(text);
        assertEquals(List.of("I", "Kari", "I", "Kari"), turns.stream().map(DetectedTurn::speaker).toList());
        assertEquals(0, turns.get(0).start(), "the turn includes its timestamp");
    }

    @Test
    void aTurnRunsOverParagraphsUntilTheNextMarker() {
        String text = "Interviewer: Fortell.\n\nDeltaker 4: Første avsnitt.\n\nAndre avsnitt, uten markør.\n\nInterviewer: Takk.";
        DetectedTurn second = SpeakerDetector.detect(text).get(1);
        assertEquals("Deltaker 4: Første avsnitt.\n\nAndre avsnitt, uten markør.", text.substring(second.start(), second.end()));
    }

    @Test
    void headerLinesAreNotSpeakers() {
        String text = """
                Dato: 4. mars 2026
                Sted: Kontoret
                Transkribert av: MH
                Pseudonym: Kari
                Varighet: 54 min

                I: Velkommen.
                Kari: Takk.
                I: Da begynner vi.
                Kari: Ja.
                Huskelapp: sjekk lydfil""";
        assertEquals(List.of("I", "Kari", "I", "Kari"), speakers(text));
        assertEquals(text.indexOf("I: Velkommen"), SpeakerDetector.detect(text).get(0).start(), "text before the first marker is no turn");
    }

    @Test
    void aFirstNameSpeakerCountsOnlyWhenItRecurs() {
        assertEquals(List.of("I"), speakers("I: Hei.\nSiri: Hallo."));
        assertEquals(List.of("I", "Siri", "I", "Siri"), speakers("I: Hei.\nSiri: Hallo.\nI: Ja?\nSiri: Ja."));
    }

    @Test
    void interviewerRolesAndInformantRoles() {
        assertEquals(SpeakerRole.INTERVIEWER, SpeakerDetector.roleOf("Intervjuer"));
        assertEquals(SpeakerRole.INTERVIEWER, SpeakerDetector.roleOf("moderator"));
        assertEquals(SpeakerRole.INTERVIEWER, SpeakerDetector.roleOf("Medmoderator"));
        assertEquals(SpeakerRole.INTERVIEWER, SpeakerDetector.roleOf("Forsker"));
        assertEquals(SpeakerRole.INFORMANT, SpeakerDetector.roleOf("Informant 2"));
        assertEquals(SpeakerRole.INFORMANT, SpeakerDetector.roleOf("EK2"));
    }

    @Test
    void aColonInsideASentenceIsNoMarker() {
        assertEquals(List.of("I", "Informant 1"), speakers("I: Hva sa hun?\nInformant 1: Hun sa: nei. Og da sa jeg det: ja."));
    }
}
