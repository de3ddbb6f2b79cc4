package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kondens.core.TestProjects.assertRefused;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * Names end up in table cells, headings and file names: one line, no control characters, no
 * hidden direction overrides (which make "Bolig" show as something else), at most 200
 * characters. Longer texts keep their line breaks but refuse NUL and direction overrides.
 */
class NamesTest {

    @TempDir
    Path dir;
    StcProject p;
    Transcript t;
    CodeGroup group;
    Subgroup subgroup;
    MeaningUnit unit;

    @BeforeEach
    void project() {
        p = TestProjects.newProject(dir);
        t = TestProjects.importInterview(p, dir);
        group = p.addCodeGroup("Likeverd", null, List.of());
        subgroup = p.addSubgroup(group.id(), "Sett som menneske");
        unit = TestProjects.unit(p, t, "De så meg som et menneske.", new Membership(group.id(), subgroup.id()));
    }

    @AfterEach
    void close() {
        p.close();
    }

    private void refused(Runnable call, String message) {
        assertEquals(message, assertRefused(p, call::run).getMessage());
    }

    @Test
    void everyKindOfNameIsOneLineWithoutControlOrDirectionCharacters() {
        refused(() -> p.addCodeGroup("Likeverd\nog respekt", null, List.of()), "A code group name cannot contain a line break.");
        refused(() -> p.renameCodeGroup(group.id(), "Like\r\nverd"), "A code group name cannot contain a line break.");
        refused(() -> p.addMeaningUnitInNewGroup(t.id(), 0, 5, "Ny\u2028gruppe"), "A code group name cannot contain a line break.");
        refused(() -> p.renameCodeGroup(group.id(), "Like\u0007verd"), "A code group name cannot contain a control character (U+0007).");
        refused(() -> p.setFinalName(group.id(), "Å bli sett\nsom menneske"), "A final name cannot contain a line break.");
        refused(() -> p.addTheme("Bolig\u202Egilob", null),
                "A theme name cannot contain an invisible text-direction character (U+202E).");
        refused(() -> p.addTheme("Bolig\u2066x\u2069", null),
                "A theme name cannot contain an invisible text-direction character (U+2066).");
        refused(() -> p.addSubgroup(group.id(), "Sett\tsom menneske"), "A subgroup name cannot contain a tab.");
        refused(() -> p.renameSubgroup(subgroup.id(), "Sett\u0000"), "A subgroup name cannot contain a NUL character (U+0000).");
        refused(() -> p.addInformant("EK\u00002"), "An informant label cannot contain a NUL character (U+0000).");
        refused(() -> p.setTitle("Overgang\ntil egen bolig"), "A project title cannot contain a line break.");
        refused(() -> p.setLevelNames("Tema", "Sub\u202Dtema"), "A level name cannot contain an invisible text-direction character (U+202D).");
        refused(() -> p.addQuote(unit.id(), group.id(), subgroup.id(), null, null, null, "EK\n1"),
                "A quote label cannot contain a line break.");
    }

    @Test
    void namesHaveAtMostTwoHundredCharactersCountedAsPeopleSeeThem() {
        refused(() -> p.setTitle("x".repeat(201)), "A project title can be at most 200 characters long (this one has 201).");
        refused(() -> p.addCodeGroup("y".repeat(5_000), null, List.of()),
                "A code group name can be at most 200 characters long (this one has 5000).");
        p.setTitle("😀".repeat(200)); // 400 UTF-16 units, 200 characters
        assertEquals("😀".repeat(200), p.project().title());
    }

    @Test
    void surroundingWhiteSpaceIsStrippedNotRefused() {
        assertEquals("Bolig", p.addTheme("Bolig\r\n", null).name());
        p.setLevelNames("Tema\n", " Subtema\t");
        assertEquals("Tema", p.project().groupLevelName());
    }

    @Test
    void longerTextsKeepLineBreaksButNotNulOrDirectionOverrides() {
        p.setCondensate(subgroup.id(), "Jeg ble sett.\n\n\tSom et menneske.", null);
        p.setAnalyticText(subgroup.id(), "Første avsnitt.\r\nAndre avsnitt.");
        p.addTranscriptNote(t.id(), null, "Tonen skifter her.\nSe også intervju 2.");
        refused(() -> p.setCondensate(subgroup.id(), "Jeg ble\u0000 sett.", null), "A condensate cannot contain a NUL character (U+0000).");
        refused(() -> p.setAnalyticText(subgroup.id(), "Informantene \u202Ebeskrev"),
                "An analytic text cannot contain an invisible text-direction character (U+202E).");
        refused(() -> p.addTranscriptNote(t.id(), null, "notat\u2067"),
                "A note cannot contain an invisible text-direction character (U+2067).");
        var theme = p.addTheme("Bolig", null);
        refused(() -> p.describeTheme(theme.id(), "\u202Aa"),
                "A theme description cannot contain an invisible text-direction character (U+202A).");
    }
}
