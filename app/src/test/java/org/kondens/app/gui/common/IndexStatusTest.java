package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kondens.core.search.IndexKeeper.State;
import org.kondens.core.search.IndexKeeper.Status;

/** The status bar's index line: how far a build has come, Stop only while building, any language. */
class IndexStatusTest {

    @Test
    void aBuildShowsHowFarItHasComeAndCanBeStopped() {
        IndexStatus status = new IndexStatus(new I18n(Locale.ENGLISH));
        status.show(new Status(State.BUILDING, 12, 50, null));
        assertEquals("Index: 12 of 50 transcripts …", status.lineProperty().get());
        assertEquals(0.24, status.progressProperty().get(), 1e-9);
        assertTrue(status.buildingProperty().get(), "Stop is offered while building");

        status.show(new Status(State.CANCELLED, 12, 50, null));
        assertFalse(status.buildingProperty().get(), "nothing to stop once stopped");
        assertEquals("Index stopped at 12 of 50 transcripts; it goes on at the next search", status.lineProperty().get());

        status.show(new Status(State.READY, 50, 50, null));
        assertEquals("Index ready", status.lineProperty().get());
        assertFalse(status.buildingProperty().get());
    }

    @Test
    void aBuildWithoutACountRunsIndeterminate() {
        IndexStatus status = new IndexStatus(new I18n(Locale.ENGLISH));
        status.show(new Status(State.BUILDING, 0, 0, null));
        assertEquals(-1, status.progressProperty().get());
        assertEquals("Index: building …", status.lineProperty().get());
    }

    @Test
    void theLineIsToldAgainInTheNewLanguage() {
        IndexStatus status = new IndexStatus(new I18n(Locale.ENGLISH));
        status.show(new Status(State.BUILDING, 3, 4, null));
        status.setText(new I18n(I18n.NORWEGIAN));
        assertEquals("Indeks: 3 av 4 transkripsjoner …", status.lineProperty().get());
        status.show(new Status(State.FAILED, 0, 0, null));
        assertEquals("Indeksen er ikke tilgjengelig (søket leser filene direkte)", status.lineProperty().get());
    }
}
