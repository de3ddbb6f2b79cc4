package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.TestProjects.assertRefused;
import static org.kondens.core.TestProjects.assertUndoable;
import static org.kondens.core.TestProjects.offsets;
import static org.kondens.core.TestProjects.unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.Term;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * The four STC steps as operations on a project: preliminary themes, code groups, subgroups,
 * meaning units, condensates, analytic texts, illustrative quotes, hints and lookups. Every edit is
 * checked as one exact undo step; every refusal as leaving the project untouched.
 */
class StcOperationsTest {

    /** Crosses a line break and holds æøå and an emoji (a surrogate pair): offsets count UTF-16 units. */
    static final String KEY = "Det var tøft 😀 – men jeg fikk nøkkel\ntil egen leilighet";
    static final String HUMAN = "De så meg som et menneske.";
    static final String DIAGNOSIS = "Ikke som en diagnose";
    static final String BETTER = "årene etterpå ble bedre.";

    @TempDir
    Path dir;
    StcProject p;
    Transcript t;
    Path file;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
        file = p.database().file();
        t = TestProjects.importInterview(p, dir);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    static Membership in(CodeGroup g) {
        return new Membership(g.id(), null);
    }

    static Membership in(CodeGroup g, Subgroup s) {
        return new Membership(g.id(), s.id());
    }

    private CodeGroup group(String name) {
        return p.addCodeGroup(name, null, List.of());
    }

    private MeaningUnit fresh(MeaningUnit u) {
        return p.snapshot().unitsById().get(u.id());
    }

    private CodeGroup fresh(CodeGroup g) {
        return p.snapshot().codeGroups().stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow();
    }

    private Subgroup fresh(Subgroup s) {
        return p.snapshot().subgroups().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
    }

    private Optional<Quote> fresh(Quote q) {
        return p.snapshot().quotes().stream().filter(x -> x.id().equals(q.id())).findFirst();
    }

    private static <T> List<String> names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).toList();
    }

    private static List<Integer> themeOrders(ProjectSnapshot s) {
        return s.themes().stream().map(PreliminaryTheme::order).toList();
    }

    private List<Hint.Kind> hintKindsAbout(UUID subject) {
        return p.hints().stream().filter(h -> subject.equals(h.subject())).map(Hint::kind).toList();
    }

    // --- step 1: preliminary themes ---------------------------------------------------------------

    @Test
    void preliminaryThemesAreAddedInOrderWithUniqueNames() {
        PreliminaryTheme bolig = assertUndoable(p, "Add theme: Egen bolig", () -> p.addTheme("  Egen bolig ", "Å få nøkler 🔑"));
        assertEquals("Egen bolig", bolig.name());
        assertEquals("Å få nøkler 🔑", bolig.description());
        PreliminaryTheme relasjoner = p.addTheme("Relasjoner", null);
        assertEquals("", relasjoner.description(), "no description is an empty one");
        assertEquals(List.of(bolig, relasjoner), p.snapshot().themes());
        assertEquals(List.of(0, 1), themeOrders(p.snapshot()));
        // Names are compared without case: "egen bolig" and "Egen bolig" would be one theme to a reader.
        assertRefused(p, () -> p.addTheme("EGEN BOLIG", ""), "There is already a preliminary theme named 'EGEN BOLIG'.");
        assertRefused(p, () -> p.addTheme("  ", "x"), "A theme needs a name.");
    }

    @Test
    void renamingAndDescribingAThemeKeepsItsPlace() {
        PreliminaryTheme a = p.addTheme("Trygghet", "");
        PreliminaryTheme b = p.addTheme("Relasjoner", "");
        assertUndoable(p, "Rename theme: Trygghet → Trygg bolig", () -> p.renameTheme(a.id(), " Trygg bolig "));
        assertUndoable(p, "Describe theme: Trygg bolig", () -> p.describeTheme(a.id(), "Å ha et sted som er ens eget"));
        PreliminaryTheme renamed = p.findTheme("trygg bolig");
        assertEquals(new PreliminaryTheme(a.id(), "Trygg bolig", "Å ha et sted som er ens eget", 0, List.of()), renamed);
        p.renameTheme(a.id(), "TRYGG BOLIG");
        assertEquals("TRYGG BOLIG", p.findTheme(a.id().toString()).name(), "a change of case only is allowed");
        assertRefused(p, () -> p.renameTheme(a.id(), "relasjoner"), "already a preliminary theme named 'relasjoner'");
        assertRefused(p, () -> p.renameTheme(b.id(), ""), "A theme needs a name.");
        UUID nothing = UUID.randomUUID();
        assertRefused(p, () -> p.renameTheme(nothing, "X"), "No such preliminary theme: " + nothing);
    }

    @Test
    void reorderingThemesRenumbersThemAll() {
        PreliminaryTheme a = p.addTheme("A", "");
        PreliminaryTheme b = p.addTheme("B", "");
        PreliminaryTheme c = p.addTheme("C", "");
        assertUndoable(p, "Reorder themes: C", () -> p.moveTheme(c.id(), 0));
        assertEquals(List.of("C", "A", "B"), names(p.snapshot().themes(), PreliminaryTheme::name));
        assertEquals(List.of(0, 1, 2), themeOrders(p.snapshot()));
        // A drop past the end of the list lands at the end.
        p.moveTheme(a.id(), 99);
        assertEquals(List.of("C", "B", "A"), names(p.snapshot().themes(), PreliminaryTheme::name));
        assertEquals(List.of(0, 1, 2), themeOrders(p.snapshot()));
        assertEquals(b.id(), p.snapshot().themes().get(1).id());
    }

    @Test
    void deletingAThemeRenumbersAndDropsItsGrewFromLinks() {
        PreliminaryTheme a = p.addTheme("A", "");
        PreliminaryTheme b = p.addTheme("B", "");
        p.addTheme("C", "");
        CodeGroup g = p.addCodeGroup("Fra B", null, List.of(b.id()));
        assertUndoable(p, "Delete theme: B", () -> p.deleteTheme(b.id()));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of("A", "C"), names(s.themes(), PreliminaryTheme::name));
        assertEquals(List.of(0, 1), themeOrders(s));
        assertEquals(List.of(), fresh(g).grewFrom(), "the code group stays, only its link to the deleted theme goes");
        assertEquals(a.id(), s.themes().get(0).id());
    }

    @Test
    void mergingThemesJoinsDescriptionsAnchorsAndLinksAndSplittingInsertsAfter() {
        PreliminaryTheme a = p.addTheme("Bolig", "Nøkkelen");
        PreliminaryTheme b = p.addTheme("Hjelp", "");
        PreliminaryTheme c = p.addTheme("Hjem", "Å høre til");
        int[] at = offsets(t.text(), KEY);
        Span anchor = new Span(t.id(), at[0], at[1]);
        p.anchorTheme(c.id(), anchor);
        CodeGroup g = p.addCodeGroup("Fra hjem", null, List.of(c.id()));

        assertUndoable(p, "Merge themes: Hjem → Bolig", () -> p.mergeThemes(a.id(), c.id()));
        PreliminaryTheme merged = p.findTheme("Bolig");
        assertEquals("Nøkkelen\n\nÅ høre til", merged.description());
        assertEquals(List.of(anchor), merged.anchors());
        assertEquals(List.of(a.id()), fresh(g).grewFrom(), "the code group now grew from the surviving theme");
        assertEquals(List.of("Bolig", "Hjelp"), names(p.snapshot().themes(), PreliminaryTheme::name));
        assertRefused(p, () -> p.mergeThemes(a.id(), a.id()), "Cannot merge something into itself.");

        PreliminaryTheme split = assertUndoable(p, "Split theme: Bolig → Egen nøkkel", () -> p.splitTheme(a.id(), " Egen nøkkel "));
        assertEquals(List.of("Bolig", "Egen nøkkel", "Hjelp"), names(p.snapshot().themes(), PreliminaryTheme::name));
        assertEquals(List.of(0, 1, 2), themeOrders(p.snapshot()));
        // The returned theme is the stored one, in its slot right after the theme it split from.
        assertEquals(split, p.snapshot().themes().get(1));
        assertRefused(p, () -> p.splitTheme(b.id(), "bolig"), "already a preliminary theme named 'bolig'");
    }

    @Test
    void anAnchorMayNotCutTheEmojiInHalf() {
        PreliminaryTheme a = p.addTheme("Følelser", "");
        int emoji = t.text().indexOf("😀");
        assertRefused(p, () -> p.anchorTheme(a.id(), new Span(t.id(), emoji + 1, emoji + 5)), "cuts a character", "in half");
        assertUndoable(p, "Anchor theme: Følelser", () -> p.anchorTheme(a.id(), new Span(t.id(), emoji, emoji + 2)));
        assertEquals(List.of(new Span(t.id(), emoji, emoji + 2)), p.findTheme("Følelser").anchors());
    }

    // --- step 2: code groups -------------------------------------------------------------------

    @Test
    void codeGroupsGetDistinctColoursAndRememberTheirThemes() {
        PreliminaryTheme theme = p.addTheme("Egen bolig", "");
        CodeGroup first = assertUndoable(p, "Add code group: Trygg bolig",
                () -> p.addCodeGroup(" Trygg bolig ", null, List.of(theme.id())));
        assertEquals("Trygg bolig", first.workingName());
        assertNull(first.finalName());
        assertEquals(List.of(theme.id()), first.grewFrom());
        CodeGroup chosen = p.addCodeGroup("Relasjoner", "#a1b2c3", List.of());
        assertEquals("#A1B2C3", chosen.color(), "colours are stored in one spelling");
        CodeGroup third = group("Hverdag");
        assertTrue(first.color().matches("#[0-9A-F]{6}") && third.color().matches("#[0-9A-F]{6}"));
        assertNotEquals(first.color(), third.color(), "groups without a chosen colour still differ");
        assertEquals(List.of(0, 1, 2), p.snapshot().codeGroups().stream().map(CodeGroup::order).toList());

        assertRefused(p, () -> group("trygg BOLIG"), "There is already a code group named 'trygg BOLIG'.");
        assertRefused(p, () -> group(" "), "A code group needs a name.");
        assertRefused(p, () -> p.addCodeGroup("Farge", "rød", List.of()), "Colour 'rød' is not of the form #RRGGBB.");
        UUID nothing = UUID.randomUUID();
        assertRefused(p, () -> p.addCodeGroup("Ny", null, List.of(nothing)), "No such preliminary theme: " + nothing);
    }

    @Test
    void codeGroupsFromThemesIsOneStepAndAllOrNothing() {
        PreliminaryTheme bolig = p.addTheme("Egen bolig", "Nøkkel og dør");
        PreliminaryTheme ansatte = p.addTheme("De ansatte", "Å bli sett");
        List<CodeGroup> made = assertUndoable(p, "Code groups from themes: Egen bolig, De ansatte",
                () -> p.codeGroupsFromThemes(List.of(bolig.id(), ansatte.id())));
        assertEquals(made, p.snapshot().codeGroups());
        assertEquals(List.of("Egen bolig", "De ansatte"), names(made, CodeGroup::workingName));
        assertEquals(List.of("Nøkkel og dør", "Å bli sett"), names(made, CodeGroup::description));
        assertEquals(List.of(bolig.id()), made.get(0).grewFrom(), "each group grew from its own theme");
        assertEquals(List.of(ansatte.id()), made.get(1).grewFrom());
        assertNotEquals(made.get(0).color(), made.get(1).color());

        // One name clash refuses the whole move: no half-made set of groups.
        PreliminaryTheme ny = p.addTheme("Økonomi", "");
        assertRefused(p, () -> p.codeGroupsFromThemes(List.of(ny.id(), bolig.id())), "already a code group named 'Egen bolig'");
    }

    @Test
    void aCodeGroupKeepsItsWorkingNameBesideItsFinalName() {
        CodeGroup g = group("Trygghet");
        CodeGroup other = group("Relasjoner");
        assertUndoable(p, "Rename code group: Trygghet → Trygg bolig", () -> p.renameCodeGroup(g.id(), " Trygg bolig "));
        assertUndoable(p, "Set final name: Trygg bolig → Å ha et hjem", () -> p.setFinalName(g.id(), " Å ha et hjem "));
        CodeGroup named = fresh(g);
        assertEquals("Trygg bolig", named.workingName());
        assertEquals("Å ha et hjem", named.finalName());
        assertEquals("Å ha et hjem", named.displayName(), "results show the final name");
        assertUndoable(p, "Set final name", () -> p.setFinalName(g.id(), "  "));
        assertNull(fresh(g).finalName(), "a blank final name removes it");
        assertEquals("Trygg bolig", fresh(g).displayName());

        assertUndoable(p, "Recolour code group: Trygg bolig #00FF7F", () -> p.recolorCodeGroup(g.id(), "#00ff7f"));
        assertEquals("#00FF7F", fresh(g).color());
        assertUndoable(p, "Describe code group: Trygg bolig", () -> p.describeCodeGroup(g.id(), "Bolig som grunnlag 🏠"));
        assertEquals("Bolig som grunnlag 🏠", fresh(g).description());

        p.renameCodeGroup(g.id(), "TRYGG BOLIG");
        assertEquals("TRYGG BOLIG", fresh(g).workingName(), "a change of case only is allowed");
        assertRefused(p, () -> p.renameCodeGroup(g.id(), "relasjoner"), "already a code group named 'relasjoner'");
        assertRefused(p, () -> p.renameCodeGroup(other.id(), "\t"), "A code group needs a name.");
        assertRefused(p, () -> p.recolorCodeGroup(g.id(), "#12345"), "not of the form #RRGGBB");
    }

    @Test
    void reorderingCodeGroupsRenumbersThem() {
        CodeGroup a = group("A");
        group("B");
        group("C");
        assertUndoable(p, "Reorder code groups: A", () -> p.moveCodeGroup(a.id(), 2));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of("B", "C", "A"), names(s.codeGroups(), CodeGroup::workingName));
        assertEquals(List.of(0, 1, 2), s.codeGroups().stream().map(CodeGroup::order).toList());
    }

    @Test
    void linkingAThemeToACodeGroupOrSubgroup() {
        PreliminaryTheme theme = p.addTheme("Egen bolig", "");
        CodeGroup g = group("Trygghet");
        Subgroup s = p.addSubgroup(g.id(), "Nøkkelen");
        assertUndoable(p, "Link theme: Egen bolig", () -> p.linkTheme(theme.id(), g.id()));
        assertUndoable(p, "Link theme: Egen bolig", () -> p.linkTheme(theme.id(), s.id()));
        assertEquals(List.of(theme.id()), fresh(g).grewFrom());
        assertEquals(List.of(theme.id()), fresh(s).grewFrom());
        UUID nothing = UUID.randomUUID();
        assertRefused(p, () -> p.linkTheme(theme.id(), nothing), "No such code group: " + nothing);
    }

    @Test
    void mergingCodeGroupsMovesUnitsSubgroupsQuotesAndThemes() {
        PreliminaryTheme t1 = p.addTheme("Bolig", "");
        PreliminaryTheme t2 = p.addTheme("Relasjoner", "");
        CodeGroup target = p.addCodeGroup("Trygghet", null, List.of(t1.id()));
        CodeGroup source = p.addCodeGroup("Å bli sett", null, List.of(t2.id()));
        CodeGroup last = group("Hverdag");
        Subgroup bolig = p.addSubgroup(target.id(), "Bolig");
        Subgroup ansatte = p.addSubgroup(source.id(), "Ansatte");
        Subgroup familie = p.addSubgroup(source.id(), "Familie");
        MeaningUnit inSub = unit(p, t, HUMAN, in(source, ansatte));
        MeaningUnit loose = unit(p, t, DIAGNOSIS, in(source));
        MeaningUnit inBoth = unit(p, t, KEY, in(target, bolig), in(source, familie));
        MeaningUnit targetOnly = unit(p, t, BETTER, in(target));
        p.setCondensate(ansatte.id(), "Jeg ble sett som et menneske.", null);
        Quote quote = p.addQuote(inSub.id(), source.id(), ansatte.id(), null, null, null, null);

        assertUndoable(p, "Merge code groups: Å bli sett → Trygghet", () -> p.mergeCodeGroups(target.id(), source.id()));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of(target.id(), last.id()), s.codeGroups().stream().map(CodeGroup::id).toList());
        assertEquals(List.of(0, 1), s.codeGroups().stream().map(CodeGroup::order).toList(), "groups after the source move up");
        assertEquals(List.of("Bolig", "Ansatte", "Familie"), names(s.subgroupsOf(target.id()), Subgroup::name));
        assertEquals(List.of(0, 1, 2), s.subgroupsOf(target.id()).stream().map(Subgroup::order).toList());
        assertEquals(List.of(in(target, ansatte)), fresh(inSub).memberships());
        assertEquals(List.of(in(target)), fresh(loose).memberships());
        assertEquals(List.of(in(target, bolig)), fresh(inBoth).memberships(), "a unit in both groups keeps its place in the target");
        assertEquals(List.of(in(target)), fresh(targetOnly).memberships());
        assertEquals("Jeg ble sett som et menneske.", fresh(ansatte).condensate(), "the subgroup's condensate moves with it");
        assertEquals(List.of(inSub.id()), fresh(ansatte).condensateSources());
        Quote moved = fresh(quote).orElseThrow();
        assertEquals(target.id(), moved.codeGroupId());
        assertEquals(ansatte.id(), moved.subgroupId());
        assertEquals(List.of(t1.id(), t2.id()), fresh(target).grewFrom(), "the merged group grew from both themes");
        assertRefused(p, () -> p.mergeCodeGroups(target.id(), target.id()), "Cannot merge something into itself.");
    }

    @Test
    void splittingACodeGroupTakesChosenSubgroupsAndLooseUnits() {
        PreliminaryTheme theme = p.addTheme("Trygghet", "");
        CodeGroup g = p.addCodeGroup("Trygghet", null, List.of(theme.id()));
        Subgroup bolig = p.addSubgroup(g.id(), "Bolig");
        Subgroup ansatte = p.addSubgroup(g.id(), "Ansatte");
        Subgroup okonomi = p.addSubgroup(g.id(), "Økonomi");
        MeaningUnit inBolig = unit(p, t, KEY, in(g, bolig));
        MeaningUnit inAnsatte = unit(p, t, HUMAN, in(g, ansatte));
        MeaningUnit looseTaken = unit(p, t, DIAGNOSIS, in(g));
        MeaningUnit looseKept = unit(p, t, BETTER, in(g));
        Quote stays = p.addQuote(inBolig.id(), g.id(), bolig.id(), null, null, null, null);
        Quote goes = p.addQuote(inAnsatte.id(), g.id(), ansatte.id(), null, null, null, null);

        // Mutable lists on purpose: splitCodeGroup calls contains(null) on them, which List.of refuses
        // (see splittingWithImmutableListsAndALooseUnit below).
        CodeGroup made = assertUndoable(p, "Split code group: Trygghet → Å bli sett", () -> p.splitCodeGroup(g.id(), " Å bli sett ",
                new ArrayList<>(List.of(ansatte.id())), new ArrayList<>(List.of(looseTaken.id()))));
        ProjectSnapshot s = p.snapshot();
        assertEquals("Å bli sett", made.workingName());
        assertEquals(List.of(theme.id()), made.grewFrom(), "the new group grew from the same themes");
        assertEquals(List.of(g.id(), made.id()), s.codeGroups().stream().map(CodeGroup::id).toList());
        assertEquals(List.of("Ansatte"), names(s.subgroupsOf(made.id()), Subgroup::name));
        assertEquals(List.of("Bolig", "Økonomi"), names(s.subgroupsOf(g.id()), Subgroup::name));
        assertEquals(List.of(0, 1), s.subgroupsOf(g.id()).stream().map(Subgroup::order).toList());
        assertEquals(List.of(in(g, bolig)), fresh(inBolig).memberships());
        assertEquals(List.of(in(made, ansatte)), fresh(inAnsatte).memberships());
        assertEquals(List.of(in(made)), fresh(looseTaken).memberships());
        assertEquals(List.of(in(g)), fresh(looseKept).memberships());
        assertEquals(g.id(), fresh(stays).orElseThrow().codeGroupId());
        assertEquals(made.id(), fresh(goes).orElseThrow().codeGroupId(), "the quote follows its subgroup");
        assertEquals(okonomi.id(), s.subgroupsOf(g.id()).get(1).id());

        CodeGroup other = group("Annet");
        Subgroup foreign = p.addSubgroup(other.id(), "Fremmed");
        List<UUID> none = new ArrayList<>();
        assertRefused(p, () -> p.splitCodeGroup(g.id(), "Ny", new ArrayList<>(List.of(foreign.id())), none),
                "That subgroup is not in code group 'Trygghet'.");
        assertRefused(p, () -> p.splitCodeGroup(g.id(), "annet", new ArrayList<>(), none), "already a code group named 'annet'");
        assertRefused(p, () -> p.splitCodeGroup(g.id(), "", new ArrayList<>(), none), "A code group needs a name.");
    }

    /** Immutable lists (List.of) refuse contains(null): a loose unit must not crash a split. */
    @Test
    void splittingWithImmutableListsAndALooseUnit() {
        CodeGroup g = group("Trygghet");
        Subgroup ansatte = p.addSubgroup(g.id(), "Ansatte");
        MeaningUnit inAnsatte = unit(p, t, HUMAN, in(g, ansatte));
        MeaningUnit loose = unit(p, t, DIAGNOSIS, in(g));
        CodeGroup made = p.splitCodeGroup(g.id(), "Å bli sett", List.of(ansatte.id()), List.of());
        assertEquals(List.of(in(made, ansatte)), fresh(inAnsatte).memberships());
        assertEquals(List.of(in(g)), fresh(loose).memberships());
    }

    @Test
    void deletingACodeGroupLeavesItsMeaningUnitsUnsortedOrInTheirOtherGroup() {
        CodeGroup a = group("A");
        CodeGroup b = group("B");
        CodeGroup c = group("C");
        Subgroup a1 = p.addSubgroup(a.id(), "A1");
        MeaningUnit onlyA = unit(p, t, HUMAN, in(a, a1));
        MeaningUnit aAndB = unit(p, t, KEY, in(a), in(b));
        p.setCondensate(a1.id(), "Jeg ble sett.", null);
        Quote q = p.addQuote(onlyA.id(), a.id(), a1.id(), null, null, null, null);

        assertUndoable(p, "Delete code group: A", () -> p.deleteCodeGroup(a.id()));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of(b.id(), c.id()), s.codeGroups().stream().map(CodeGroup::id).toList());
        assertEquals(List.of(0, 1), s.codeGroups().stream().map(CodeGroup::order).toList());
        assertEquals(List.of(), s.subgroupsOf(a.id()));
        assertFalse(s.subgroups().stream().anyMatch(x -> x.id().equals(a1.id())), "its subgroups go with it");
        assertTrue(fresh(q).isEmpty(), "and so do its quotes");
        // The meaning units themselves are never lost with a group.
        assertEquals(2, s.meaningUnits().size());
        assertTrue(fresh(onlyA).isUnsorted());
        assertEquals(List.of(in(b)), fresh(aAndB).memberships());
        assertEquals(List.of(Hint.Kind.UNSORTED_UNIT), hintKindsAbout(onlyA.id()));
    }

    // --- step 3: subgroups -------------------------------------------------------------------------

    @Test
    void subgroupsAreAddedRenamedAndReorderedWithinTheirCodeGroup() {
        CodeGroup g = group("Trygghet");
        CodeGroup other = group("Relasjoner");
        Subgroup key = assertUndoable(p, "Add subgroup: Trygghet / Nøkkelen 🔑", () -> p.addSubgroup(g.id(), " Nøkkelen 🔑 "));
        Subgroup door = p.addSubgroup(g.id(), "Egen dør");
        assertEquals("Nøkkelen 🔑", key.name());
        assertEquals(List.of(key, door), p.snapshot().subgroupsOf(g.id()));
        assertEquals(List.of(0, 1), p.snapshot().subgroupsOf(g.id()).stream().map(Subgroup::order).toList());
        assertRefused(p, () -> p.addSubgroup(g.id(), "nøkkelen 🔑"), "There is already a subgroup of 'Trygghet' named 'nøkkelen 🔑'.");
        assertRefused(p, () -> p.addSubgroup(g.id(), ""), "A subgroup needs a name.");
        // The same name is fine in another code group: subgroup names are per group.
        Subgroup same = p.addSubgroup(other.id(), "Nøkkelen 🔑");
        assertEquals(other.id(), same.codeGroupId());

        assertUndoable(p, "Rename subgroup: Egen dør → Egen inngang", () -> p.renameSubgroup(door.id(), "Egen inngang"));
        assertEquals("Egen inngang", fresh(door).name());
        assertRefused(p, () -> p.renameSubgroup(door.id(), "NØKKELEN 🔑"), "already a subgroup in this code group");
        assertUndoable(p, "Reorder subgroups: Egen inngang", () -> p.moveSubgroup(door.id(), 0));
        assertEquals(List.of("Egen inngang", "Nøkkelen 🔑"), names(p.snapshot().subgroupsOf(g.id()), Subgroup::name));
        assertEquals(List.of(0, 1), p.snapshot().subgroupsOf(g.id()).stream().map(Subgroup::order).toList());
    }

    @Test
    void movingASubgroupToAnotherCodeGroupTakesItsUnitsCondensateAndQuotes() {
        CodeGroup a = group("A");
        CodeGroup b = group("B");
        Subgroup a1 = p.addSubgroup(a.id(), "A1");
        Subgroup a2 = p.addSubgroup(a.id(), "A2");
        Subgroup b1 = p.addSubgroup(b.id(), "B1");
        MeaningUnit moving = unit(p, t, HUMAN, in(a, a1));
        MeaningUnit alreadyInB = unit(p, t, KEY, in(a, a1), in(b, b1));
        MeaningUnit staying = unit(p, t, BETTER, in(a, a2));
        p.setCondensate(a1.id(), "Jeg ble sett.", List.of(moving.id()));
        Quote q = p.addQuote(moving.id(), a.id(), a1.id(), null, null, null, null);

        assertUndoable(p, "Move subgroup: A1 → B", () -> p.moveSubgroupToGroup(a1.id(), b.id()));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of("B1", "A1"), names(s.subgroupsOf(b.id()), Subgroup::name));
        assertEquals(List.of(0, 1), s.subgroupsOf(b.id()).stream().map(Subgroup::order).toList());
        assertEquals(List.of(a2.id()), s.subgroupsOf(a.id()).stream().map(Subgroup::id).toList());
        assertEquals(0, fresh(a2).order(), "the subgroups left behind close the gap");
        assertEquals("Jeg ble sett.", fresh(a1).condensate());
        assertEquals(List.of(moving.id()), fresh(a1).condensateSources());
        assertEquals(List.of(in(b, a1)), fresh(moving).memberships());
        assertEquals(List.of(in(b, b1)), fresh(alreadyInB).memberships(), "a unit already sorted in the target keeps its subgroup there");
        assertEquals(List.of(in(a, a2)), fresh(staying).memberships());
        Quote moved = fresh(q).orElseThrow();
        assertEquals(List.of(b.id(), a1.id()), List.of(moved.codeGroupId(), moved.subgroupId()));

        // Dropping a subgroup on its own group is no edit at all, so no undo step.
        Optional<String> undo = p.undoName();
        p.moveSubgroupToGroup(a1.id(), b.id());
        assertEquals(undo, p.undoName());

        Subgroup clash = p.addSubgroup(a.id(), "b1");
        assertRefused(p, () -> p.moveSubgroupToGroup(clash.id(), b.id()), "already a subgroup of 'B' named 'b1'");
    }

    @Test
    void deletingASubgroupKeepsItsUnitsInTheCodeGroupAndLiftsItsQuotes() {
        CodeGroup g = group("Trygghet");
        Subgroup s1 = p.addSubgroup(g.id(), "Nøkkelen");
        Subgroup s2 = p.addSubgroup(g.id(), "Døra");
        MeaningUnit u = unit(p, t, KEY, in(g, s1));
        MeaningUnit other = unit(p, t, HUMAN, in(g, s2));
        p.setCondensate(s1.id(), "Jeg fikk nøkkel.", null);
        Quote q = p.addQuote(u.id(), g.id(), s1.id(), null, null, null, null);

        assertUndoable(p, "Delete subgroup: Nøkkelen", () -> p.deleteSubgroup(s1.id()));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of(s2.id()), s.subgroupsOf(g.id()).stream().map(Subgroup::id).toList());
        assertEquals(0, fresh(s2).order());
        assertEquals(List.of(in(g)), fresh(u).memberships(), "the unit stays in the code group, without subgroup");
        assertEquals(List.of(in(g, s2)), fresh(other).memberships());
        Quote lifted = fresh(q).orElseThrow();
        assertEquals(g.id(), lifted.codeGroupId());
        assertNull(lifted.subgroupId(), "the quote now illustrates the code group as a whole");
    }

    // --- step 2: meaning units -----------------------------------------------------------------

    @Test
    void aMeaningUnitByOffsetsKeepsItsExactTextThroughReopen() {
        CodeGroup g = group("Trygghet");
        int[] at = offsets(t.text(), KEY);
        MeaningUnit u = assertUndoable(p, "Add meaning unit: intervju-ek1 [" + at[0] + "–" + at[1] + "]",
                () -> p.addMeaningUnit(t.id(), at[0], at[1], List.of(in(g))));
        assertEquals(at[0], u.start());
        assertEquals(at[1], u.end());
        assertEquals(KEY.length(), u.end() - u.start(), "offsets count UTF-16 units: the emoji counts two");
        assertEquals(KEY, p.snapshot().textOf(u));
        assertEquals(p.findInformant("EK1").id(), u.informantId(), "the informant comes from the speaker turn");
        assertEquals(List.of(in(g)), u.memberships());

        p.close();
        p = TestProjects.reopen(file);
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of(u), s.meaningUnits());
        assertEquals(KEY, s.textOf(s.meaningUnits().get(0)));
    }

    @Test
    void adjacentMeaningUnitsShareTheirBoundaryWithoutOverlap() {
        // Half-open spans: [a, b) and [b, c) together are exactly [a, c).
        int[] at = offsets(t.text(), HUMAN + " " + DIAGNOSIS);
        int mid = at[0] + HUMAN.length();
        MeaningUnit first = p.addMeaningUnit(t.id(), at[0], mid, List.of());
        MeaningUnit second = p.addMeaningUnit(t.id(), mid, at[1], List.of());
        ProjectSnapshot s = p.snapshot();
        assertEquals(HUMAN, s.textOf(first));
        assertEquals(" " + DIAGNOSIS, s.textOf(second));
        int n = t.text().length();
        MeaningUnit lastChar = p.addMeaningUnit(t.id(), n - 1, n, List.of());
        assertEquals("\n", p.snapshot().textOf(lastChar), "the end offset may be the text's length");
    }

    @Test
    void offsetsOutsideTheTextOrInsideTheEmojiAreRefused() {
        int n = t.text().length();
        int emoji = t.text().indexOf("😀");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), -1, 5, List.of()), "[-1–5] is not a passage of 'intervju-ek1'",
                "has " + n + " characters");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), 0, n + 1, List.of()), "is not a passage");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), 5, 5, List.of()), "start must be below end");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), 10, 5, List.of()), "is not a passage");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), emoji + 1, emoji + 6, List.of()), "cuts a character of 'intervju-ek1' in half");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), emoji - 4, emoji + 1, List.of()), "in half");
        assertRefused(p, () -> p.addMeaningUnit(UUID.randomUUID(), 0, 5, List.of()), "No such transcript");
        MeaningUnit whole = p.addMeaningUnit(t.id(), emoji, emoji + 2, List.of());
        assertEquals("😀", p.snapshot().textOf(whole));
    }

    @Test
    void aMeaningUnitByQuoteTextMustOccurExactlyOnce() {
        CodeGroup g = group("Trygghet");
        // A quote copied from a printout has a space where the transcript has a line break.
        MeaningUnit u = assertUndoable(p, "Add meaning unit", () -> p.addMeaningUnit(t.id(), " jeg fikk nøkkel til egen  leilighet ",
                List.of(in(g))));
        assertEquals("jeg fikk nøkkel\ntil egen leilighet", p.snapshot().textOf(u));
        assertRefused(p, () -> p.addMeaningUnit(t.id(), "nøkkel til eget hus", List.of()),
                "The quoted text occurs 0 times in 'intervju-ek1'.");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), "som et menneske", List.of()),
                "occurs 2 times in 'intervju-ek1'", "quote more words");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), "   ", List.of()), "The quoted text is empty.");
        // Only whitespace may differ: a changed letter is not found.
        assertRefused(p, () -> p.addMeaningUnit(t.id(), "De sa meg", List.of()), "occurs 0 times");
    }

    @Test
    void aMeaningUnitMayBelongToTwoCodeGroupsWithOneSubgroupEach() {
        CodeGroup g1 = group("Trygghet");
        CodeGroup g2 = group("Å bli sett");
        Subgroup s1 = p.addSubgroup(g1.id(), "Bolig");
        Subgroup s2 = p.addSubgroup(g2.id(), "Ansatte");
        MeaningUnit u = unit(p, t, HUMAN, in(g1, s1), in(g2, s2));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of(in(g1, s1), in(g2, s2)), fresh(u).memberships());
        assertEquals(List.of(u.id()), s.unitsOf(g1.id()).stream().map(MeaningUnit::id).toList());
        assertEquals(List.of(u.id()), s.unitsOf(g2.id()).stream().map(MeaningUnit::id).toList());

        int[] at = offsets(t.text(), DIAGNOSIS);
        assertRefused(p, () -> p.addMeaningUnit(t.id(), at[0], at[1], List.of(in(g1, s1), in(g1))),
                "A meaning unit can be in code group 'Trygghet' only once.");
        assertRefused(p, () -> p.addMeaningUnit(t.id(), at[0], at[1], List.of(in(g1, s2))),
                "That subgroup is not in code group 'Trygghet'.");
        UUID nothing = UUID.randomUUID();
        assertRefused(p, () -> p.addMeaningUnit(t.id(), at[0], at[1], List.of(new Membership(nothing, null))),
                "No such code group: " + nothing);
    }

    @Test
    void assigningAMeaningUnitChangesOnlyItsSubgroupInAGroupItIsIn() {
        CodeGroup g1 = group("Trygghet");
        CodeGroup g2 = group("Å bli sett");
        Subgroup s1 = p.addSubgroup(g1.id(), "Bolig");
        Subgroup s2 = p.addSubgroup(g2.id(), "Ansatte");
        MeaningUnit u = unit(p, t, KEY, in(g1));
        assertUndoable(p, "Assign meaning unit", () -> p.assignMeaningUnit(u.id(), g1.id(), s1.id()));
        assertEquals(List.of(in(g1, s1)), fresh(u).memberships(), "still one membership in Trygghet, now in Bolig");
        assertUndoable(p, "Assign meaning unit", () -> p.assignMeaningUnit(u.id(), g2.id(), null));
        assertEquals(List.of(in(g1, s1), in(g2)), fresh(u).memberships());
        p.assignMeaningUnit(u.id(), g1.id(), null);
        assertEquals(List.of(in(g1), in(g2)), fresh(u).memberships(), "a null subgroup takes it out of its subgroup only");
        assertRefused(p, () -> p.assignMeaningUnit(u.id(), g1.id(), s2.id()), "That subgroup is not in code group 'Trygghet'.");
    }

    @Test
    void removingAMeaningUnitFromItsLastGroupLeavesItUnsorted() {
        CodeGroup g1 = group("Trygghet");
        CodeGroup g2 = group("Å bli sett");
        MeaningUnit u = unit(p, t, HUMAN, in(g1), in(g2));
        Quote q1 = p.addQuote(u.id(), g1.id(), null, null, null, null, null);
        Quote q2 = p.addQuote(u.id(), g2.id(), null, null, null, null, null);

        assertUndoable(p, "Remove from code group", () -> p.removeFromCodeGroup(u.id(), g1.id()));
        assertEquals(List.of(in(g2)), fresh(u).memberships());
        assertTrue(fresh(q1).isEmpty(), "a quote for a group the unit left goes");
        assertTrue(fresh(q2).isPresent(), "its quote in the other group stays");
        assertFalse(hintKindsAbout(u.id()).contains(Hint.Kind.UNSORTED_UNIT));

        assertUndoable(p, "Remove from code group", () -> p.removeFromCodeGroup(u.id(), g2.id()));
        MeaningUnit unsorted = fresh(u);
        assertTrue(unsorted.isUnsorted());
        assertEquals(HUMAN, p.snapshot().textOf(unsorted), "the unit itself is kept");
        assertEquals(List.of(Hint.Kind.UNSORTED_UNIT), hintKindsAbout(u.id()));
    }

    @Test
    void movingAMeaningUnitTakesItsQuotesAlong() {
        CodeGroup g1 = group("Trygghet");
        CodeGroup g2 = group("Å bli sett");
        Subgroup s1 = p.addSubgroup(g1.id(), "Bolig");
        Subgroup s2 = p.addSubgroup(g2.id(), "Ansatte");
        MeaningUnit u = unit(p, t, HUMAN, in(g1, s1));
        Quote q = p.addQuote(u.id(), g1.id(), s1.id(), null, null, null, null);
        assertUndoable(p, "Move meaning unit", () -> p.moveMeaningUnit(u.id(), g1.id(), g2.id(), s2.id()));
        assertEquals(List.of(in(g2, s2)), fresh(u).memberships());
        Quote moved = fresh(q).orElseThrow();
        assertEquals(List.of(g2.id(), s2.id()), List.of(moved.codeGroupId(), moved.subgroupId()));
        assertRefused(p, () -> p.moveMeaningUnit(u.id(), g1.id(), g2.id(), null), "That meaning unit is not in code group 'Trygghet'.");
        assertRefused(p, () -> p.moveMeaningUnit(u.id(), g2.id(), g1.id(), s2.id()), "That subgroup is not in code group 'Trygghet'.");
    }

    @Test
    void deletingAMeaningUnitTakesItsQuotesAndCondensateSourceWithIt() {
        CodeGroup g = group("Trygghet");
        Subgroup s = p.addSubgroup(g.id(), "Bolig");
        MeaningUnit gone = unit(p, t, KEY, in(g, s));
        MeaningUnit kept = unit(p, t, BETTER, in(g, s));
        p.setCondensate(s.id(), "Jeg fikk nøkkel, og det ble bedre.", null);
        assertEquals(List.of(gone.id(), kept.id()), fresh(s).condensateSources());
        Quote q = p.addQuote(gone.id(), g.id(), s.id(), null, null, null, null);

        assertUndoable(p, "Delete meaning unit", () -> p.deleteMeaningUnit(gone.id()));
        assertEquals(List.of(kept.id()), p.snapshot().meaningUnits().stream().map(MeaningUnit::id).toList());
        assertTrue(fresh(q).isEmpty());
        assertEquals(List.of(kept.id()), fresh(s).condensateSources());
        assertEquals("Jeg fikk nøkkel, og det ble bedre.", fresh(s).condensate(), "the written condensate is not touched");
    }

    @Test
    void resizingAMeaningUnitClipsOrDropsItsQuotes() {
        CodeGroup g = group("Å bli sett");
        MeaningUnit u = unit(p, t, HUMAN + " " + DIAGNOSIS, in(g));
        int[] de = offsets(t.text(), "De så meg");
        int[] ikke = offsets(t.text(), DIAGNOSIS);
        Quote head = p.addQuote(u.id(), g.id(), null, de[0], de[1], null, null);
        Quote tail = p.addQuote(u.id(), g.id(), null, ikke[0], ikke[1], null, null);
        int[] shorter = offsets(t.text(), "så meg som et menneske.");
        assertUndoable(p, "Resize meaning unit", () -> p.resizeMeaningUnit(u.id(), shorter[0], shorter[1]));
        assertEquals("så meg som et menneske.", p.snapshot().textOf(fresh(u)));
        Quote clipped = fresh(head).orElseThrow();
        assertEquals(List.of(shorter[0], de[1]), List.of(clipped.start(), clipped.end()), "a quote stays inside its unit");
        assertTrue(fresh(tail).isEmpty(), "a quote left outside the unit goes");
        assertRefused(p, () -> p.resizeMeaningUnit(u.id(), shorter[1], shorter[0]), "start must be below end");
    }

    // --- step 3: condensates; step 4: analytic texts --------------------------------------------------

    @Test
    void aCondensateIsWrittenPerSubgroupFromItsMeaningUnits() {
        CodeGroup g = group("Trygghet");
        Subgroup s1 = p.addSubgroup(g.id(), "Nøkkelen");
        Subgroup s2 = p.addSubgroup(g.id(), "Hverdagen");
        MeaningUnit key = unit(p, t, KEY, in(g, s1));
        MeaningUnit better = unit(p, t, BETTER, in(g, s1));
        MeaningUnit elsewhere = unit(p, t, HUMAN, in(g));
        String text = "Det var tøft 😀, men da jeg fikk nøkkel til egen leilighet, ble årene etterpå bedre.";

        assertUndoable(p, "Edit condensate: Nøkkelen", () -> p.setCondensate(s1.id(), text, null));
        assertEquals(text, fresh(s1).condensate());
        assertEquals(List.of(key.id(), better.id()), fresh(s1).condensateSources(), "the first condensate takes the subgroup's units");
        assertEquals("", fresh(s2).condensate(), "other subgroups are untouched");

        // A unit sorted in later is not silently added to what the condensate was written from.
        p.assignMeaningUnit(elsewhere.id(), g.id(), s1.id());
        assertUndoable(p, "Edit condensate: Nøkkelen", () -> p.setCondensate(s1.id(), text + " Jeg ble sett.", null));
        assertEquals(List.of(key.id(), better.id()), fresh(s1).condensateSources());
        assertUndoable(p, "Edit condensate: Nøkkelen", () -> p.setCondensate(s1.id(), text, List.of(better.id())));
        assertEquals(List.of(better.id()), fresh(s1).condensateSources());

        p.close();
        p = TestProjects.reopen(file);
        assertEquals(text, fresh(s1).condensate(), "æøå and the emoji survive reopening");
        assertEquals(List.of(better.id()), fresh(s1).condensateSources());
    }

    @Test
    void analyticTextsBelongToTheirSubgroupAndCodeGroup() {
        CodeGroup g = group("Trygghet");
        Subgroup s1 = p.addSubgroup(g.id(), "Nøkkelen");
        Subgroup s2 = p.addSubgroup(g.id(), "Hverdagen");
        p.setCondensate(s1.id(), "Jeg fikk nøkkel.", null);
        assertUndoable(p, "Edit analytic text: Nøkkelen", () -> p.setAnalyticText(s1.id(), "Deltakerne beskrev nøkkelen som et vendepunkt."));
        assertUndoable(p, "Edit analytic text: Trygghet", () -> p.setGroupAnalyticText(g.id(), "Å få egen bolig ga trygghet på tre måter."));
        assertEquals("Deltakerne beskrev nøkkelen som et vendepunkt.", fresh(s1).analyticText());
        assertEquals("Jeg fikk nøkkel.", fresh(s1).condensate(), "the condensate stays beside the analytic text");
        assertEquals("", fresh(s2).analyticText());
        assertEquals("Å få egen bolig ga trygghet på tre måter.", fresh(g).analyticIntro());
        p.setAnalyticText(s1.id(), null);
        assertEquals("", fresh(s1).analyticText(), "null clears the text");
        UUID nothing = UUID.randomUUID();
        assertRefused(p, () -> p.setAnalyticText(nothing, "x"), "No such subgroup: " + nothing);
    }

    // --- steps 3–4: illustrative quotes --------------------------------------------------------------

    @Test
    void anIllustrativeQuoteMayNarrowItsMeaningUnit() {
        CodeGroup g = group("Å bli sett");
        Subgroup s = p.addSubgroup(g.id(), "Ansatte");
        MeaningUnit u = unit(p, t, HUMAN + " " + DIAGNOSIS + ", men som et menneske.", in(g, s));
        int[] part = offsets(t.text(), DIAGNOSIS);
        Quote narrow = assertUndoable(p, "Choose quote: Å bli sett / Ansatte",
                () -> p.addQuote(u.id(), g.id(), s.id(), part[0], part[1], null, null));
        assertEquals(List.of(part[0], part[1]), List.of(narrow.start(), narrow.end()));
        assertEquals(DIAGNOSIS, narrow.displayText(), "the shown text defaults to the chosen words");
        assertNull(narrow.label());
        assertEquals("EK1", p.snapshot().labelOf(narrow), "no own label: the informant's label");
        assertEquals(0, narrow.order());

        Quote whole = p.addQuote(u.id(), g.id(), s.id(), null, null, null, null);
        assertEquals(List.of(u.start(), u.end()), List.of(whole.start(), whole.end()), "no span: the whole unit");
        assertEquals(1, whole.order(), "a second quote for the subgroup comes after the first");
        Quote forGroup = p.addQuote(u.id(), g.id(), null, null, null, null, null);
        assertEquals(0, forGroup.order(), "quotes for the code group as a whole are counted on their own");
        assertEquals(List.of(narrow, whole), p.snapshot().quotesOf(g.id(), s.id()));

        assertRefused(p, () -> p.addQuote(u.id(), g.id(), s.id(), u.start() - 1, u.end(), null, null),
                "A quote must lie inside its meaning unit");
        assertRefused(p, () -> p.addQuote(u.id(), g.id(), s.id(), part[1], part[0], null, null), "must lie inside");
        CodeGroup other = group("Trygghet");
        assertRefused(p, () -> p.addQuote(u.id(), other.id(), null, null, null, null, null),
                "not in code group 'Trygghet'; add it to the group before quoting it there.");
        Subgroup foreign = p.addSubgroup(other.id(), "Bolig");
        assertRefused(p, () -> p.addQuote(u.id(), g.id(), foreign.id(), null, null, null, null), "That subgroup is not in code group");
    }

    @Test
    void aQuoteShowsEditedTextWithOmissionsAndItsOwnLabel() {
        CodeGroup g = group("Å bli sett");
        MeaningUnit u = unit(p, t, HUMAN + " " + DIAGNOSIS + ", men som et menneske.", in(g));
        Quote q = p.addQuote(u.id(), g.id(), null, null, null, null, "Informant 1");
        assertEquals("Informant 1", p.snapshot().labelOf(q));

        String shown = "De så meg som et menneske. (…) Ikke som en diagnose.";
        assertUndoable(p, "Edit quote", () -> p.editQuote(q.id(), " " + shown + " ", "Informant 1, 34 år"));
        Quote edited = fresh(q).orElseThrow();
        assertEquals(shown, edited.displayText());
        assertEquals("Informant 1, 34 år", p.snapshot().labelOf(edited));
        assertEquals(List.of(q.start(), q.end()), List.of(edited.start(), edited.end()), "editing the shown text keeps the source span");
        p.editQuote(q.id(), shown, " ");
        assertEquals("EK1", p.snapshot().labelOf(fresh(q).orElseThrow()), "a blank label falls back to the informant's");
        assertRefused(p, () -> p.editQuote(q.id(), "  ", "x"), "A quote needs some text.");

        assertUndoable(p, "Remove quote", () -> p.deleteQuote(q.id()));
        assertEquals(List.of(), p.snapshot().quotes());
        assertEquals(1, p.snapshot().meaningUnits().size(), "removing a quote keeps its meaning unit");
    }

    // --- hints ----------------------------------------------------------------------------------------

    @Test
    void moreThanEightPreliminaryThemesGiveAHint() {
        for (int i = 1; i <= Hints.MAX_THEMES; i++) {
            p.addTheme("Tema " + i, "");
        }
        assertTrue(p.hints().stream().noneMatch(h -> h.kind() == Hint.Kind.TOO_MANY_THEMES), "4–8 themes is what Malterud advises");
        PreliminaryTheme ninth = p.addTheme("Tema 9", "");
        Hint hint = p.hints().stream().filter(h -> h.kind() == Hint.Kind.TOO_MANY_THEMES).findFirst().orElseThrow();
        assertNull(hint.subject(), "the hint is about the project");
        assertTrue(hint.message().contains("9 preliminary themes") && hint.message().contains("4–8"), hint.message());
        p.mergeThemes(p.findTheme("Tema 1").id(), ninth.id());
        assertTrue(p.hints().stream().noneMatch(h -> h.kind() == Hint.Kind.TOO_MANY_THEMES), "merging themes answers the hint");
    }

    @Test
    void subgroupHintsFollowTheWork() {
        CodeGroup g = group("Trygghet");
        assertEquals(List.of(Hint.Kind.FEW_SUBGROUPS), hintKindsAbout(g.id()));
        Subgroup s1 = p.addSubgroup(g.id(), "S1");
        assertEquals(List.of(Hint.Kind.FEW_SUBGROUPS), hintKindsAbout(g.id()), "one subgroup is still few");
        p.addSubgroup(g.id(), "S2");
        assertEquals(List.of(), hintKindsAbout(g.id()));
        for (int i = 3; i <= Hints.MAX_SUBGROUPS + 1; i++) {
            p.addSubgroup(g.id(), "S" + i);
        }
        assertEquals(List.of(Hint.Kind.MANY_SUBGROUPS), hintKindsAbout(g.id()));

        assertEquals(List.of(Hint.Kind.NO_CONDENSATE, Hint.Kind.NO_QUOTE), hintKindsAbout(s1.id()));
        MeaningUnit u = unit(p, t, KEY, in(g, s1));
        p.setCondensate(s1.id(), "Jeg fikk nøkkel.", null);
        assertEquals(List.of(Hint.Kind.NO_QUOTE), hintKindsAbout(s1.id()));
        p.addQuote(u.id(), g.id(), s1.id(), null, null, null, null);
        assertEquals(List.of(), hintKindsAbout(s1.id()));
        p.setCondensate(s1.id(), "   ", null);
        assertEquals(List.of(Hint.Kind.NO_CONDENSATE), hintKindsAbout(s1.id()), "a blank condensate is none");
    }

    // --- lookups --------------------------------------------------------------------------------------

    @Test
    void findCodeGroupsSubgroupsThemesAndUnitsByWhatUsersType() {
        PreliminaryTheme theme = p.addTheme("Egen bolig", "");
        CodeGroup g = group("Trygghet");
        CodeGroup other = group("Å bli sett");
        p.setFinalName(g.id(), "Å ha et hjem");
        Subgroup mine = p.addSubgroup(g.id(), "Nøkkelen");
        Subgroup theirs = p.addSubgroup(other.id(), "Nøkkelen");
        MeaningUnit u = unit(p, t, KEY, in(g));

        assertEquals(fresh(g), p.findCodeGroup(" trygghet "));
        assertEquals(fresh(g), p.findCodeGroup("å ha et hjem"), "the final name finds the group too");
        assertEquals(fresh(g), p.findCodeGroup(g.id().toString().substring(0, 6)));
        assertEquals(mine, p.findSubgroup(g.id(), "nøkkelen"), "subgroup names are looked up inside one group");
        assertEquals(theirs, p.findSubgroup(other.id(), "NØKKELEN"));
        assertEquals(theme, p.findTheme("EGEN BOLIG"));
        assertEquals(u, p.findMeaningUnit(u.id().toString().substring(0, 8)));
        assertEquals(u, p.findMeaningUnit(u.id().toString()));

        KondensException e = assertThrows(KondensException.class, () -> p.findCodeGroup("Hverdag"));
        assertEquals("No code group named 'Hverdag'.", e.getMessage());
        e = assertThrows(KondensException.class, () -> p.findSubgroup(g.id(), "Døra"));
        assertEquals("No subgroup in 'Trygghet' named 'Døra'.", e.getMessage());
        e = assertThrows(KondensException.class, () -> p.findMeaningUnit("Det var tøft"));
        assertEquals("No meaning unit named 'Det var tøft'.", e.getMessage(), "units are found by id only");
    }

    record Item(UUID id, String name, String other) {
    }

    @Test
    void lookupPrefersAUniqueNameThenAUniqueIdPrefixAndOtherwiseAsksForTheId() {
        Item a = new Item(UUID.fromString("abcd1111-0000-0000-0000-000000000000"), "Trygghet", "Å ha et hjem");
        Item b = new Item(UUID.fromString("abcd2222-0000-0000-0000-000000000000"), "Hjem", "abcd");
        Item c = new Item(UUID.fromString("12345678-0000-0000-0000-000000000000"), "Å ha et hjem", null);
        List<Item> items = List.of(a, b, c);
        Function<String, Item> find = q -> Lookup.one(items, q, Term.CODE_GROUP.of(), Item::id, Item::name, Item::other);

        assertEquals(a, find.apply(" TRYGGHET "));
        assertEquals(b, find.apply("ABCD"), "a name wins over an id prefix that two items share");
        assertEquals(a, find.apply("abcd1"));
        assertEquals(c, find.apply(c.id().toString()));
        assertEquals(c, find.apply("1234"));
        KondensException e = assertThrows(KondensException.class, () -> find.apply("123"));
        assertEquals("No code group named '123'.", e.getMessage(), "id prefixes need at least 4 characters");
        e = assertThrows(KondensException.class, () -> find.apply("å ha et HJEM"));
        assertEquals("'å ha et HJEM' matches 2 code groups; use its id.", e.getMessage(),
                "one item's final name and another's working name clash");
        e = assertThrows(KondensException.class, () -> find.apply("abcd-"));
        assertEquals("No code group named 'abcd-'.", e.getMessage());
        e = assertThrows(KondensException.class, () -> find.apply(" "));
        assertEquals("Name a code group.", e.getMessage());
    }

    @Test
    void mergeAndCondensateRefuseWhatWouldMakeTheAnalysisInconsistent() {
        CodeGroup a = group("A");
        CodeGroup b = group("B");
        Subgroup felles = p.addSubgroup(a.id(), "Felles");
        p.addSubgroup(b.id(), "Felles");
        // Two subgroups with one name in one group could no longer be told apart by name.
        assertRefused(p, () -> p.mergeCodeGroups(a.id(), b.id()), "already a subgroup in 'A' named 'Felles'");
        MeaningUnit elsewhere = unit(p, t, HUMAN, in(b));
        assertRefused(p, () -> p.setCondensate(felles.id(), "Jeg ble sett.", List.of(elsewhere.id())), "is not one of 'Felles'");
    }

    @Test
    void theInterviewersWordsBelongToNoInformant() {
        CodeGroup a = group("A");
        MeaningUnit question = unit(p, t, "Hva betydde de ansatte for deg?", in(a));
        MeaningUnit answer = unit(p, t, HUMAN, in(a));
        assertEquals(null, question.informantId());
        assertEquals(p.snapshot().informants().get(0).id(), answer.informantId());
    }

    @Test
    void splittingMovesTheQuotesOfLooseUnitsWithThem() {
        CodeGroup g = group("Trygghet");
        MeaningUnit loose = unit(p, t, HUMAN, in(g));
        Quote q = p.addQuote(loose.id(), g.id(), null, null, null, null, null);
        CodeGroup made = p.splitCodeGroup(g.id(), "Å bli sett", List.of(), List.of(loose.id()));
        assertEquals(made.id(), fresh(q).orElseThrow().codeGroupId());
    }

    @Test
    void deletingATranscriptTakesItsAnalysisAlongAndOneUndoBringsItAllBack() {
        CodeGroup a = group("A");
        MeaningUnit u = unit(p, t, HUMAN, in(a));
        p.addQuote(u.id(), a.id(), null, null, null, null, null);
        p.addTranscriptNote(t.id(), 0, "Første inntrykk");
        assertUndoable(p, "Delete transcript", () -> p.deleteTranscript(t.id()));
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of(), s.transcripts());
        assertEquals(List.of(), s.meaningUnits());
        assertEquals(List.of(), s.quotes());
        assertEquals(List.of(), s.notes());
        assertEquals(List.of(), s.sessions(), "the interview's session had no other transcript");
        assertEquals(1, s.codeGroups().size(), "the analysis structure stays");
    }

    @Test
    void aQuoteFollowsItsUnitToAnotherSubgroupOfTheGroup() {
        CodeGroup g = group("Trygghet");
        Subgroup a = p.addSubgroup(g.id(), "Ansatte");
        Subgroup b = p.addSubgroup(g.id(), "Naboer");
        MeaningUnit u = unit(p, t, HUMAN, in(g, a));
        Quote q = p.addQuote(u.id(), g.id(), a.id(), null, null, null, null);
        Quote groupLevel = p.addQuote(u.id(), g.id(), null, null, null, null, null);
        // A quote left in "Ansatte" would illustrate a subgroup its words are no longer in.
        assertUndoable(p, "Assign meaning unit", () -> p.assignMeaningUnit(u.id(), g.id(), b.id()));
        assertEquals(b.id(), fresh(q).orElseThrow().subgroupId());
        assertEquals(null, fresh(groupLevel).orElseThrow().subgroupId(), "a quote for the whole group stays one");
        p.moveMeaningUnit(u.id(), g.id(), g.id(), a.id());
        assertEquals(a.id(), fresh(q).orElseThrow().subgroupId(), "moving within the group: the same");
    }

    @Test
    void aStepOneNoteCanBeRewrittenAndDeleted() {
        p.addTranscriptNote(t.id(), 5, "Første inntrykk: 😀 nøkkelen");
        var note = p.snapshot().notes().get(0);
        assertUndoable(p, "Edit note", () -> p.editTranscriptNote(note.id(), "Nøkkelen betyr eierskap"));
        var edited = p.snapshot().notes().get(0);
        assertEquals("Nøkkelen betyr eierskap", edited.text());
        assertEquals(note.anchor(), edited.anchor(), "the anchor stays");
        assertRefused(p, () -> p.editTranscriptNote(note.id(), "  "), "A note needs some text.");
        assertUndoable(p, "Delete note", () -> p.deleteTranscriptNote(note.id()));
        assertEquals(List.of(), p.snapshot().notes());
    }

    @Test
    void aMeaningUnitInANewCodeGroupIsOneUndoStep() {
        int[] at = TestProjects.offsets(t.text(), HUMAN);
        MeaningUnit u = assertUndoable(p, "Add meaning unit", () -> p.addMeaningUnitInNewGroup(t.id(), at[0], at[1], " Å bli sett "));
        CodeGroup made = p.findCodeGroup("Å bli sett");
        assertEquals(List.of(in(made)), fresh(u).memberships());
        assertEquals(HUMAN, p.snapshot().textOf(fresh(u)));
        assertRefused(p, () -> p.addMeaningUnitInNewGroup(t.id(), at[0], at[1], "å bli sett"), "already a code group named");
    }
}
