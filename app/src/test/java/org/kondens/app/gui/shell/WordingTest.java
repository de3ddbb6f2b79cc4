package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.I18n;

/** Counts read as words do (1 unit, 2 units; 1 enhet, 2 enheter), everything in the chosen language, no emoji. */
class WordingTest {

    static final I18n EN = new I18n(Locale.ENGLISH);
    static final I18n NB = new I18n(I18n.NORWEGIAN);

    @Test
    void theProjectPaneCountsUnitsInTheSingularAndPlural() {
        assertEquals("Intervju 1  ·  1 unit", EN.get("pane.transcript", "Intervju 1", 1));
        assertEquals("Intervju 1  ·  12 units", EN.get("pane.transcript", "Intervju 1", 12));
        assertEquals("Intervju 1  ·  1 enhet", NB.get("pane.transcript", "Intervju 1", 1));
        assertEquals("Intervju 1  ·  no units", EN.get("pane.transcript", "Intervju 1", 0));
        assertEquals("Intervju 1  ·  2 enheter", NB.get("pane.transcript", "Intervju 1", 2));
    }

    @Test
    void theStatusBarCountsHints() {
        assertEquals("1 hint", EN.get("status.hints", 1));
        assertEquals("3 hints", EN.get("status.hints", 3));
        assertEquals("1 hint", NB.get("status.hints", 1));
        assertEquals("ingen hint", NB.get("status.hints", 0));
    }

    @Test
    void oneOfOneInformantIsSingular() {
        assertEquals("(1 enhet · 1 av 1 informant)", NB.get("step3.counts", 1, 1, 1));
        assertEquals("(3 units · 2 of 4 informants)", EN.get("step3.counts", 3, 2, 4));
        assertEquals("0 characters", EN.get("step2.reader.unitMeta", 0));
        assertEquals("1 deltaker", NB.get("step2.nav.participants", 1));
        assertEquals("1 unit here", EN.get("step2.transcriptUnits", 1));
    }

    @Test
    void cancelIsNorwegianInTheNorwegianWindow() {
        // The index and save states after a language switch: MainWindowTest (Workbench keeps them as keys).
        assertEquals("Avbryt", NewProjectDialog.cancel(NB).getText());
    }

    /** Emoji (💡) are a missing glyph on a Linux desktop without an emoji font. */
    @Test
    void theWindowShowsNoEmoji() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java/org/kondens/app/gui"), Path.of("src/main/resources/org/kondens/app/gui"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f);
                    text.codePoints().filter(c -> c > 0xFFFF || c == 0xFE0F)
                            .forEach(c -> found.add(f.getFileName() + ": " + new String(Character.toChars(c))));
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
