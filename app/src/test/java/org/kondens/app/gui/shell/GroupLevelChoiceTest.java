package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.core.exchange.QdpxReader;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;

/**
 * Issue 16, item 3: before a .qdpx with a code tree deeper than two levels is imported, File ›
 * Import offers its levels (named by their first codes) as the level that becomes code groups.
 */
class GroupLevelChoiceTest {

    @TempDir
    Path dir;

    @Test
    void aDeeperTreeOffersEveryLevelButTheDeepestNamedByItsCodes() {
        Path qdpx = dir.resolve("dyp.qdpx");
        String group;
        String sub;
        try (ModelSample sample = ModelSample.open(dir)) {
            ProjectSnapshot s = sample.wb.snapshot();
            MeaningUnit u = s.meaningUnits().stream().filter(x -> !x.memberships().isEmpty() && x.memberships().get(0).subgroupId() != null)
                    .findFirst().orElseThrow();
            group = s.codeGroups().stream().filter(g -> g.id().equals(u.memberships().get(0).codeGroupId())).findFirst().orElseThrow().workingName();
            sub = s.subgroups().stream().filter(x -> x.id().equals(u.memberships().get(0).subgroupId())).findFirst().orElseThrow().name();
            ModelSample.await(sample.wb.editVoid(p -> p.setMeaningUnitNote(u.id(), "code: " + group + " › " + sub + " › Fra ansatte › Fra leger")));
            org.kondens.core.exchange.QdpxWriter.write(sample.wb.snapshot(), qdpx);
        }
        List<List<String>> levels = QdpxReader.codeLevels(qdpx);
        assertEquals(4, levels.size(), levels.toString());
        assertEquals(List.of("Fra ansatte"), levels.get(2));
        assertEquals(List.of("Fra leger"), levels.get(3));
        assertTrue(levels.get(1).contains(sub));

        List<String> choices = ExchangeDialogs.levelChoices(levels, new I18n(Locale.ENGLISH));
        assertEquals(3, choices.size(), choices.toString());
        assertTrue(choices.get(0).startsWith("Level 1, the top: " + levels.get(0).get(0)), choices.get(0));
        assertTrue(choices.get(0).endsWith(", …"), "more than three groups: " + choices.get(0));
        assertEquals("Level 3: Fra ansatte", choices.get(2));
        assertEquals(List.of(), ExchangeDialogs.levelChoices(levels.subList(0, 2), new I18n(Locale.ENGLISH)), "two levels: nothing to ask");
    }

    /** A file that is no .qdpx is refused in one line before anything is asked. */
    @Test
    void aBrokenFileIsRefusedInOneLine() throws Exception {
        Path junk = java.nio.file.Files.writeString(dir.resolve("ødelagt.qdpx"), "not a zip");
        org.kondens.core.KondensException e = org.junit.jupiter.api.Assertions.assertThrows(org.kondens.core.KondensException.class,
                () -> QdpxReader.codeLevels(junk));
        assertTrue(e.getMessage().startsWith("ødelagt.qdpx: not a valid REFI-QDA project"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
