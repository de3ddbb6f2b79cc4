package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;

/** The speaker turns in a .qdpx's Kondens data come back exactly, take little room, and the older form is still read. */
class CompactTurnsTest {

    private static final UUID TRANSCRIPT = UUID.fromString("44444444-4444-4444-8444-444444444444");
    private static final UUID EK1 = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private static KondensExtension withTurns(List<SpeakerTurn> turns) {
        return new KondensExtension(KondensExtension.FORMAT, KondensExtension.VERSION, null, List.of(), List.of(),
                Map.of(TRANSCRIPT, new KondensExtension.TranscriptExtra(null, "intervju.txt", "abc", turns)),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    @Test
    void turnsComeBackExactlyWithEverySpeakerAndInformant() throws JsonProcessingException {
        List<SpeakerTurn> turns = List.of(
                new SpeakerTurn(0, 49, "Intervjuer Åse", SpeakerRole.INTERVIEWER, null),
                new SpeakerTurn(50, 108, "EK1 «ø» 😀", SpeakerRole.INFORMANT, EK1),
                new SpeakerTurn(109, 135, "Intervjuer Åse", SpeakerRole.INTERVIEWER, null),
                new SpeakerTurn(136, 189, "EK1 «ø» 😀", SpeakerRole.INFORMANT, EK1),
                new SpeakerTurn(190, 200, "EK1 «ø» 😀", SpeakerRole.INFORMANT, null));
        String json = withTurns(turns).toJson();
        assertTrue(json.contains("\"turnSpans\"") && !json.contains("\"turns\""),
                "under a name an earlier Kondens passes over, instead of refusing the whole note");
        KondensExtension back = KondensExtension.fromJson(json);
        assertEquals(turns, back.transcripts().get(TRANSCRIPT).turns());
        assertEquals(List.of(), KondensExtension.fromJson(withTurns(List.of()).toJson()).transcripts().get(TRANSCRIPT).turns());
    }

    @Test
    void aTurnTakesAboutAsManyBytesAsItsNumbers() {
        List<SpeakerTurn> turns = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            turns.add(new SpeakerTurn(i * 300, i * 300 + 290, i % 2 == 0 ? "I" : "Informant 3", i % 2 == 0 ? SpeakerRole.INTERVIEWER
                    : SpeakerRole.INFORMANT, i % 2 == 0 ? null : EK1));
        }
        int bytes = withTurns(turns).toJson().length() - withTurns(List.of()).toJson().length();
        assertTrue(bytes < 20 * turns.size(), "1,000 turns took " + bytes + " characters");
    }

    @Test
    void turnsAsAnEarlierKondensWroteThemAreStillRead() throws JsonProcessingException {
        String earlier = withTurns(List.of()).toJson().replaceFirst("\"turnSpans\" : \\{[^}]*\\}", """
                "turns" : [ {
                  "start" : 0, "end" : 49, "speaker" : "I", "role" : "INTERVIEWER", "informantId" : null
                }, {
                  "start" : 50, "end" : 108, "speaker" : "EK1", "role" : "INFORMANT", "informantId" : "%s"
                } ]""".formatted(EK1));
        assertTrue(earlier.contains("\"start\" : 50"), earlier);
        assertEquals(List.of(new SpeakerTurn(0, 49, "I", SpeakerRole.INTERVIEWER, null), new SpeakerTurn(50, 108, "EK1", SpeakerRole.INFORMANT, EK1)),
                KondensExtension.fromJson(earlier).transcripts().get(TRANSCRIPT).turns());
    }

    @Test
    void damagedSpansAreRefusedNotGuessed() {
        String damaged = withTurns(List.of(new SpeakerTurn(0, 49, "I", SpeakerRole.INTERVIEWER, null))).toJson()
                .replace("\"0 49 0\"", "\"0 49 7\"");
        assertTrue(damaged.contains("0 49 7"), damaged);
        assertThrows(JsonProcessingException.class, () -> KondensExtension.fromJson(damaged));
    }
}
