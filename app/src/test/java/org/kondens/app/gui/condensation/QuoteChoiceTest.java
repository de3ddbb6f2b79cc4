package org.kondens.app.gui.condensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kondens.core.model.MeaningUnit;

/** What a selection in the choose-quote dialog quotes: a part of the unit, or all of it. */
class QuoteChoiceTest {

    private static final String WORDS = "Nøkkelen lå i hånda mi som en stein. ";
    private final MeaningUnit unit = new MeaningUnit(UUID.randomUUID(), UUID.randomUUID(), 100, 100 + WORDS.length(), null, "",
            Instant.now(), List.of());

    @Test
    void aSelectedPartIsQuotedWithoutTheWhiteSpaceAtItsEnds() {
        Step3QuoteDialog.Choice c = Step3QuoteDialog.choice(unit, WORDS, 8, 20, "lå i hånda", "  ");
        assertEquals(List.of(109, 119), List.of(c.start(), c.end()), "« lå i hånda » without its spaces, in transcript offsets");
        assertEquals("lå i hånda", WORDS.substring(c.start() - 100, c.end() - 100));
        assertNull(c.label(), "a blank label is the informant's own");
    }

    @Test
    void nothingSelectedOrEverythingSelectedQuotesTheWholeUnit() {
        Step3QuoteDialog.Choice none = Step3QuoteDialog.choice(unit, WORDS, 5, 5, "x", "Ola");
        assertNull(none.start());
        assertNull(none.end());
        assertEquals("Ola", none.label());
        Step3QuoteDialog.Choice all = Step3QuoteDialog.choice(unit, WORDS, 0, WORDS.length(), "x", null);
        assertNull(all.start(), "all of it, even with the trailing space, is the whole unit");
        Step3QuoteDialog.Choice blank = Step3QuoteDialog.choice(unit, WORDS, WORDS.length() - 1, WORDS.length(), "x", null);
        assertNull(blank.start(), "only white space selected: the whole unit");
    }
}
