package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Menu texts show names as they are (underscores kept) and long undo names shortened. */
class MenusTest {

    @Test
    void aMenuItemKeepsTheUnderscoresOfAName() {
        assertFalse(Menus.item("intervju_ola.kondens").isMnemonicParsing());
        assertFalse(Menus.menu("Flytt til «kode_gruppe»").isMnemonicParsing());
        assertFalse(Menus.item("x", null).isMnemonicParsing());
    }

    @Test
    void aLongUndoNameIsShortenedToOneLineWithAnEllipsis() {
        String raw = "Edit meaning unit \"" + "jeg tenkte at det var ".repeat(20) + "\"\n at 1043–2291";
        String label = Menus.withName("Undo", raw);
        assertTrue(label.startsWith("Undo: Edit meaning unit \"jeg tenkte"), label);
        assertTrue(label.endsWith("…"), label);
        assertTrue(label.length() <= "Undo: ".length() + Menus.MAX_NAME, label);
        assertFalse(label.contains("\n"));
        assertEquals("Undo: Add theme «Skam»", Menus.withName("Undo", "Add theme «Skam»"));
        assertEquals("Undo", Menus.withName("Undo", null));
    }

    /** Every menu is made through {@link Menus}, so none eats an underscore. */
    @Test
    void noViewMakesAMenuItemOfItsOwn() throws IOException {
        Pattern own = Pattern.compile("new (Menu|MenuItem|CheckMenuItem|RadioMenuItem)\\(");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/kondens/app/gui"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Menus.java"))
                    .filter(f -> {
                        try {
                            return own.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(f -> f.getFileName().toString()).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
