package org.kondens.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The code paths kept on meaning units (issue 16, item 3): read from the note, matched to a subgroup, searched. */
class CodePathTest {

    private static final String NOTE = "coder: Kari\ncode: Mestring › Hjelp › Fra ansatte\ncode: Mestring › Hjelp › Fra ansatte › Fra leger\n\n"
            + "Min egen merknad.\ncode: Mestring › Hjelp › Fra ansatte";

    @Test
    void pathsAreTheNotesCodeLinesInOrderWithoutRepeats() {
        assertEquals(List.of("Mestring › Hjelp › Fra ansatte", "Mestring › Hjelp › Fra ansatte › Fra leger"),
                CodePath.of(NOTE).stream().map(CodePath::toString).toList());
        assertEquals(List.of(), CodePath.of("Ingen stier her.\nkode: ikke dette"));
        assertEquals(List.of(), CodePath.of((String) null));
    }

    @Test
    void theNamesBelowASubgroupAreFoundAlsoUnderContainersAndPathNamedGroups() {
        CodePath p = CodePath.parse("Tema A › Mestring › Hjelp › Fra ansatte › Fra leger");
        assertEquals(List.of("Fra ansatte", "Fra leger"), p.below("mestring", "HJELP"));
        assertEquals(List.of("Fra ansatte", "Fra leger"), p.below("Tema A › Mestring", "Hjelp"), "a group named by its path");
        assertEquals(List.of(), p.below("Mestring", "Støtte"), "renamed: no match");
        assertEquals(List.of(), p.below("Estring", "Hjelp"), "only whole names");
        assertEquals(List.of(), CodePath.parse("Mestring › Hjelp").below("Mestring", "Hjelp"));
    }

    @Test
    void aFilterMatchesAnyRunOfWholeNames() {
        CodePath p = CodePath.parse("Mestring › Hjelp › Fra ansatte › Fra leger");
        assertTrue(p.contains("fra ansatte"));
        assertTrue(p.contains("Hjelp › Fra ansatte"));
        assertTrue(p.contains("hjelp > fra ansatte"), "typed without the › sign");
        assertTrue(p.contains("Mestring › Hjelp › Fra ansatte › Fra leger"));
        assertFalse(p.contains("Fra"));
        CodePath arrows = CodePath.parse("Forløp › Hjem -> sykehus › Over 60 > 80");
        assertTrue(arrows.contains("Hjem -> sykehus › Over 60 > 80"), "a name with > of its own, as the chooser passes it");
        assertTrue(arrows.contains("Over 60 > 80"));
        assertEquals(List.of("Mestring", "Hjelp›Støtte"), CodePath.parse("Mestring › Hjelp›Støtte").names(), "› inside a name");
        assertFalse(p.contains("Mestring › Fra ansatte"));
    }
}
