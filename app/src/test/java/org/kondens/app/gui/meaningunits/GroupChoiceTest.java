package org.kondens.app.gui.meaningunits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kondens.core.model.CodeGroup;

/** The Ctrl+M popup's choices: groups by name, then preliminary themes without a group, then the typed name. */
class GroupChoiceTest {

    private static CodeGroup group(String name) {
        return new CodeGroup(UUID.randomUUID(), name, null, "", "#336699", 0, "", List.of());
    }

    private final CodeGroup bolig = group("Trygg bolig");
    private final CodeGroup hverdag = group("Meningsfull hverdag");
    private final List<CodeGroup> groups = List.of(bolig, hverdag);

    @Test
    void anExactNameComesFirstThenNamesThatStartWithThenNamesThatContainTheWords() {
        CodeGroup boligtid = group("Boligtid");
        List<CodeGroup> all = List.of(bolig, boligtid, hverdag);
        assertEquals(List.of(boligtid, bolig), GroupChoice.matches(all, "bolig"));
        assertEquals(List.of(bolig), GroupChoice.matches(all, "TRYGG BOLIG"));
        assertEquals(all, GroupChoice.matches(all, "  "), "nothing typed: every group");
    }

    @Test
    void enterTakesTheFirstMatchElseMakesANewGroupOfTheTypedName() {
        assertEquals(GroupChoice.existing(hverdag.id()), GroupChoice.choose(groups, "hverd"));
        assertEquals(GroupChoice.newGroup("Tillit"), GroupChoice.choose(groups, " Tillit "));
        assertNull(GroupChoice.choose(List.of(), " "), "nothing typed and no groups: nothing to do");
    }

    @Test
    void aPreliminaryThemeWithoutAGroupIsOfferedBeforeANewName() {
        List<String> themes = List.of("Nøkkelen og døra", "Egen nøkkel");
        assertEquals(List.of(new GroupChoice.FromTheme("Nøkkelen og døra"), new GroupChoice.FromTheme("Egen nøkkel"), "nøkkel"),
                GroupChoice.offers(groups, themes, "nøkkel"), "themes that start with the words first, then those containing them");
        assertEquals(List.of(new GroupChoice.FromTheme("Egen nøkkel")), GroupChoice.offers(groups, themes, "egen nøkkel"),
                "the theme's own name is not offered twice as a new name");
        assertEquals(List.of(bolig), GroupChoice.offers(groups, themes, "trygg bolig"), "a group of that name: just the group");
        assertEquals(groups, GroupChoice.offers(groups, themes, ""), "nothing typed: the groups only");
    }
}
