package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.exchange.QdeFixture.guid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.StcProject;

/** Issue 16, item 8: a REFI-QDA codebook alone (.qdc), as Taguette and ATLAS.ti export it, added to a project. */
class QdcImportTest {

    /** Taguette: flat tags, some with a description, no colours. */
    static final String TAGUETTE = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Taguette 1.4.1\"><Codes>"
            + "<Code guid=\"" + guid(1) + "\" name=\"tillit\" isCodable=\"true\"><Description>Når informanten stoler på tjenesten</Description></Code>"
            + "<Code guid=\"" + guid(2) + "\" name=\"ventetid\" isCodable=\"true\"/>"
            + "</Codes></CodeBook>";

    /** ATLAS.ti: flat Parent::child names with colours, one three deep, and a nested code folder. */
    static final String ATLAS = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"ATLAS.ti 23\"><Codes>"
            + "<Code guid=\"" + guid(11) + "\" name=\"Møte med tjenesten::Respekt\" isCodable=\"true\" color=\"#3366cc\">"
            + "<Description>Å bli sett</Description></Code>"
            + "<Code guid=\"" + guid(12) + "\" name=\"Møte med tjenesten::Venting\" isCodable=\"true\" color=\"#3366CC\"/>"
            + "<Code guid=\"" + guid(13) + "\" name=\"Møte med tjenesten::Venting::Telefonkø\" isCodable=\"true\">"
            + "<Description>Kø på telefon</Description></Code>"
            + "<Code guid=\"" + guid(14) + "\" name=\"Mestring\" isCodable=\"true\" color=\"#FF0000\"><Description>Egne grep</Description>"
            + "<Code guid=\"" + guid(15) + "\" name=\"Hjelp fra andre\" isCodable=\"true\" color=\"#00FF00\">"
            + "<Description>Naboer og familie</Description>"
            + "<Code guid=\"" + guid(16) + "\" name=\"Fra ansatte\" isCodable=\"true\"><Description>Ansatte</Description></Code>"
            + "</Code></Code></Codes></CodeBook>";

    @TempDir
    Path dir;

    private Path qdc(String name, String xml) throws IOException {
        return Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
    }

    private static List<String> groups(ProjectSnapshot s) {
        return s.codeGroups().stream().map(g -> g.workingName() + " " + g.color() + " [" + String.join(", ",
                s.subgroupsOf(g.id()).stream().map(Subgroup::name).toList()) + "] " + g.description()).toList();
    }

    @Test
    void taguettesFlatTagsBecomeCodeGroupsWithTheirDescriptions() throws IOException {
        try (StcProject p = StcProject.create(dir.resolve("t.kondens"), "Studie", Language.NB)) {
            QdcReader.Report r = p.importCodebook(qdc("taguette.qdc", TAGUETTE));
            assertEquals(List.of("tillit #4E79A7 [] Når informanten stoler på tjenesten", "ventetid #F28E2B [] "), groups(p.snapshot()));
            assertEquals(List.of("taguette.qdc: 2 code groups and 0 subgroups added"), r.lines());
            assertEquals(Optional.of("Import codebook: taguette.qdc"), p.undoName());
        }
    }

    @Test
    void atlasNamesNestedCodesDescriptionsAndColours() throws IOException {
        try (StcProject p = StcProject.create(dir.resolve("a.kondens"), "Studie", Language.NB)) {
            QdcReader.Report r = p.importCodebook(qdc("atlas.qdc", ATLAS));
            assertEquals(List.of(
                    "Mestring #FF0000 [Hjelp fra andre] Egne grep\n\nHjelp fra andre: Naboer og familie\nHjelp fra andre › Fra ansatte: Ansatte",
                    "Møte med tjenesten #3366CC [Respekt, Venting] Respekt: Å bli sett\nVenting › Telefonkø: Kø på telefon"),
                    groups(p.snapshot()));
            assertEquals(List.of("atlas.qdc: 2 code groups and 3 subgroups added",
                    "  note: code 'Fra ansatte' (level 3) is folded into subgroup 'Mestring / Hjelp fra andre': Kondens has two levels.",
                    "  note: code 'Møte med tjenesten::Venting::Telefonkø' is deeper than two levels; its codings are in subgroup "
                            + "'Møte med tjenesten / Venting'.",
                    "  note: 1 colours of codes below the first level are not kept: a Kondens subgroup shows its group's colour."),
                    r.lines());
        }
    }

    /** A group already there is merged into, as one undo step: undo leaves the project as it was. */
    @Test
    void anExistingGroupIsMergedIntoAndOneUndoTakesItAllBack() throws IOException {
        try (StcProject p = StcProject.create(dir.resolve("m.kondens"), "Studie", Language.NB)) {
            CodeGroup mestring = p.addCodeGroup("mestring", "#123456", List.of());
            p.addSubgroup(mestring.id(), "Hjelp fra andre");
            List<String> before = groups(p.snapshot());
            QdcReader.Report r = p.importCodebook(qdc("atlas.qdc", ATLAS));
            assertEquals(List.of(
                    "mestring #123456 [Hjelp fra andre] Egne grep\n\nHjelp fra andre: Naboer og familie\nHjelp fra andre › Fra ansatte: Ansatte",
                    "Møte med tjenesten #3366CC [Respekt, Venting] Respekt: Å bli sett\nVenting › Telefonkø: Kø på telefon"),
                    groups(p.snapshot()), "merged by name: colour kept, empty description filled in, the subgroup there left alone");
            assertEquals(1, r.codeGroups());
            assertEquals(2, r.subgroups());
            assertTrue(r.notices().contains("code group 'mestring' is already in the project: its new subgroups are added to it; its "
                    + "colour stays, and its description is filled in only if it had none."), r.notices().toString());
            assertTrue(r.notices().contains("subgroup 'mestring / Hjelp fra andre' is already in the project and is left as it is."));
            assertEquals(1, p.importLog().size(), "the report is kept in the import log");
            assertEquals(r.lines(org.kondens.core.Messages.NB), p.importLog().getFirst().lines());
            assertEquals("atlas.qdc", p.importLog().getFirst().file());
            assertEquals(Optional.of("Import codebook: atlas.qdc"), p.undo());
            assertEquals(before, groups(p.snapshot()));
            assertEquals(List.of(), p.importLog(), "undo takes the log entry out with the import");
        }
    }

    @Test
    void aProjectFileOrBrokenXmlIsRefusedInOneLine() throws IOException {
        try (StcProject p = StcProject.create(dir.resolve("x.kondens"), "Studie", Language.NB)) {
            KondensException notCodebook = assertThrows(KondensException.class, () -> p.importCodebook(qdc("p.qdc",
                    "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>")));
            assertEquals("p.qdc is not a REFI-QDA codebook (its root element is <Project>, not <CodeBook>).", notCodebook.getMessage());
            KondensException dtd = assertThrows(KondensException.class, () -> p.importCodebook(qdc("e.qdc",
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CodeBook>&e;</CodeBook>")));
            assertTrue(dtd.getMessage().startsWith("e.qdc"), dtd.getMessage());
            Path huge = dir.resolve("huge.qdc");
            try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(new byte[] {'<'}), QdcReader.MAX_BYTES);
            }
            assertEquals("huge.qdc is 20 MB; codebooks over 20 MB are refused (is it really a codebook?).",
                    assertThrows(KondensException.class, () -> p.importCodebook(huge)).getMessage());
            assertEquals(List.of(), p.snapshot().codeGroups());
            assertEquals(Optional.empty(), p.undoName());
        }
    }

    /** Today's "the archive is damaged or not a zip file" for a codebook given as a project becomes a pointer to the right door. */
    @Test
    void aCodebookGivenAsAProjectSaysWhatItIs() throws IOException {
        Path qdc = qdc("taguette.qdc", TAGUETTE);
        KondensException e = assertThrows(KondensException.class,
                () -> QdpxReader.importProject(qdc, dir.resolve("ny.kondens"), Language.NB));
        assertEquals("taguette.qdc is a codebook (.qdc), not a project: add it to an open project (kondens import-qdc, or File › Add a "
                + "codebook).", e.getMessage());
        assertTrue(Files.notExists(dir.resolve("ny.kondens")));
    }
}
