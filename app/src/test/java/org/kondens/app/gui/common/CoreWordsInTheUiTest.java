package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;

/** Core's refusals, undo names and dialog buttons reach the user in the UI's language. */
class CoreWordsInTheUiTest {

    private static final I18n NB = new I18n(I18n.NORWEGIAN);
    private static final I18n EN = new I18n(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void aRefusedEditIsToldInNorwegianInTheStatusBarOfANorwegianWindow() {
        try (ModelSample s = ModelSample.open(dir, I18n.NORWEGIAN)) {
            CodeGroup first = s.wb.snapshotProperty().get().codeGroups().get(0);
            KondensException e = assertThrows(KondensException.class,
                    () -> ModelSample.await(s.wb.edit(p -> p.addCodeGroup(first.workingName(), null, List.of()))));
            String norwegian = "Det finnes allerede en kodegruppe som heter «" + first.workingName() + "».";
            assertEquals(norwegian, e.message(NB.locale()));
            assertEquals(norwegian, s.wb.statusProperty().get());

            s.wb.setText(EN);
            assertEquals("There is already a code group named '" + first.workingName() + "'.", s.wb.statusProperty().get(),
                    "a language switch tells the same refusal again in English");
        }
    }

    @Test
    void theEditMenuNamesTheUndoStepInNorwegian() {
        try (ModelSample s = ModelSample.open(dir, I18n.NORWEGIAN)) {
            ModelSample.await(s.wb.edit(p -> p.addCodeGroup("Hverdag", null, List.of())));
            assertEquals("Legg til kodegruppe: Hverdag", s.wb.undoNameProperty().get());
        }
    }

    @Test
    void standardDialogButtonsAreNamedFromTheAppsBundle() {
        assertEquals("Avbryt", DialogButtons.word(ButtonType.CANCEL, NB));
        assertEquals("Lukk", DialogButtons.word(ButtonType.CLOSE, NB));
        assertEquals("Cancel", DialogButtons.word(ButtonType.CANCEL, EN));
        assertNull(DialogButtons.word(new ButtonType("Gjenopprett", ButtonBar.ButtonData.OK_DONE), NB), "the app's own buttons keep their words");
    }
}
