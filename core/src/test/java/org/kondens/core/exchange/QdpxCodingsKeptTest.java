package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.exchange.QdeFixture.guid;
import static org.kondens.core.exchange.QdeFixture.selection;
import static org.kondens.core.exchange.QdeFixture.textSource;
import static org.kondens.core.exchange.QdeFixture.units;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.TranscriptNote;

/**
 * Issue 16, items 3, 4, 5 and 9: codings the import used to drop (a second subgroup of one
 * group, a second coder's copy of a source, codes below level two) and what it lost on the way
 * (colours, an annotation's place, a case's reference to nothing). Our own fixtures, shaped like
 * the real tools' files.
 */
class QdpxCodingsKeptTest {

    @TempDir
    Path dir;

    private record Imported(ProjectSnapshot snapshot, ImportReport report) {
    }

    private Imported read(QdeFixture f, String name) throws IOException {
        return read(f, name, SourceTexts.HELD_CHARS);
    }

    /** Imported holding at most {@code heldChars} characters of source texts: 1 reads every text again whenever it is used. */
    private Imported read(QdeFixture f, String name, long heldChars) throws IOException {
        Path out = dir.resolve(name + "-" + heldChars + ".kondens");
        ImportReport report = QdpxReader.importProject(f.write(dir, name + ".qdpx"), out, Language.NB, 1, heldChars);
        return new Imported(QdpxRoundTripTest.snapshot(out), report);
    }

    /** Item 5: one passage, two subgroups of "Mestring" (and another group): both kept, as two units on the same span. */
    @Test
    void aPassageWithTwoSubgroupsOfOneGroupBecomesTwoUnits() throws IOException {
        String text = "Deltaker: Jeg fikk hjelp av naboen og av kona.\nDeltaker: Det var godt.\n";
        String codes = "<CodeBook><Codes>"
                + "<Code guid=\"" + guid(101) + "\" name=\"Mestring\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(102) + "\" name=\"Hjelp fra naboen\" isCodable=\"true\"/>"
                + "<Code guid=\"" + guid(103) + "\" name=\"Hjelp fra kona\" isCodable=\"true\"/></Code>"
                + "<Code guid=\"" + guid(104) + "\" name=\"Følelser\" isCodable=\"true\"/></Codes></CodeBook>";
        String sources = "<Sources>" + textSource(guid(200), "Intervju", "",
                selection(guid(201), 10, 46, "", guid(102), guid(103), guid(104))
                + selection(guid(202), 57, 70, "", guid(101), guid(102))) + "</Sources>";
        Imported r = read(QdeFixture.project("NVivo", codes + sources).source(guid(200), text), "two-subgroups");

        assertEquals(List.of(
                "Jeg fikk hjelp av naboen og av kona. | Mestring/Hjelp fra naboen; Følelser | ",
                "Jeg fikk hjelp av naboen og av kona. | Mestring/Hjelp fra kona | ",
                "Det var godt. | Mestring/Hjelp fra naboen | "), units(r.snapshot()));
        assertEquals(List.of("a passage in 'Intervju' is coded with two subgroups of 'Mestring' ('Hjelp fra naboen' and "
                + "'Hjelp fra kona'); Kondens keeps both, as two meaning units on the same passage."), r.report().notices());
        assertEquals(List.of(), r.report().notCarried());
        assertEquals(3, r.report().meaningUnits());
    }

    /**
     * Item 4: two coders exported the same interview; the second copy's codings land on the one
     * transcript, marked with their coder. The same when no text is held between its uses (as in
     * a corpus's import, whose texts are read again from the archive): nothing depends on a text
     * staying in memory.
     */
    @ParameterizedTest
    @ValueSource(longs = {SourceTexts.HELD_CHARS, 1})
    void aSecondCodersCopyOfASourceKeepsItsCodings(long heldChars) throws IOException {
        String text = "I: Hvordan gikk det?\nP: Det gikk bra etter hvert.\nP: Jeg var redd i starten.\n";
        String users = "<Users><User guid=\"" + guid(901) + "\" name=\"Anne\"/><User guid=\"" + guid(902) + "\" name=\"Berit\"/></Users>";
        String codes = "<CodeBook><Codes><Code guid=\"" + guid(401) + "\" name=\"Mestring\" isCodable=\"true\"/>"
                + "<Code guid=\"" + guid(402) + "\" name=\"Frykt\" isCodable=\"true\"/></Codes></CodeBook>";
        String anne = textSource(guid(301), "Intervju 3", "",
                selection(guid(311), 24, 49, "creatingUser=\"" + guid(901) + "\"", guid(401)));
        // Berit's copy: the same selection GUID as Anne's (both worked on one copy of the project), one selection beyond the text.
        String berit = textSource(guid(302), "Intervju 3", "creatingUser=\"" + guid(902) + "\"",
                selection(guid(311), 24, 49, "", guid(401))
                + selection(guid(312), 53, 76, "", guid(402))
                + selection(guid(313), 70, 200, "", guid(402)));
        String cases = "<Cases><Case guid=\"" + guid(851) + "\" name=\"Per\"><SourceRef targetGUID=\"" + guid(302) + "\"/></Case></Cases>";
        Imported r = read(QdeFixture.project("ATLAS.ti", users + codes + "<Sources>" + anne + berit + "</Sources>" + cases)
                .source(guid(301), text).source(guid(302), text), "two-coders", heldChars);

        assertEquals(1, r.snapshot().transcripts().size(), "one text, one transcript");
        assertEquals(List.of(java.util.UUID.fromString(guid(851))), r.snapshot().sessions().get(0).participants(),
                "a case of the second copy takes part in the transcript kept");
        assertEquals(List.of(
                "Det gikk bra etter hvert. | Mestring | coder: Anne",
                "Det gikk bra etter hvert. | Mestring | coder: Berit",
                "Jeg var redd i starten. | Frykt | coder: Berit"), units(r.snapshot()));
        assertTrue(r.report().notices().contains("source 'Intervju 3' has the same text as 'Intervju 3': its 2 codings are kept on "
                + "'Intervju 3', each meaning unit marked with its coder (Berit)."), r.report().notices().toString());
        assertEquals(List.of("selection 70–200 in 'Intervju 3' (it lies outside the text, which has 77 characters)"), r.report().notCarried(),
                "what still cannot be carried is counted: the selection beyond the text, nothing else");
    }

    /** Item 4: the same source twice under one GUID (a project merged with its copy): the second one's codings are kept too. */
    @Test
    void aSourceRepeatedUnderItsGuidKeepsItsCodings() throws IOException {
        String text = "P: Jeg ble sint.\nP: Så lo vi.\n";
        String users = "<Users><User guid=\"" + guid(903) + "\" name=\"Cecilie\"/></Users>";
        String codes = "<CodeBook><Codes><Code guid=\"" + guid(403) + "\" name=\"Sinne\" isCodable=\"true\"/>"
                + "<Code guid=\"" + guid(404) + "\" name=\"Humor\" isCodable=\"true\"/></Codes></CodeBook>";
        String first = textSource(guid(303), "Intervju 6", "", selection(guid(321), 3, 16, "", guid(403)));
        String again = textSource(guid(303), "Intervju 6", "", selection(guid(322), 20, 29, "creatingUser=\"" + guid(903) + "\"",
                guid(404)));
        Imported r = read(QdeFixture.project("MAXQDA", users + codes + "<Sources>" + first + again + "</Sources>")
                .source(guid(303), text), "guid-twice");
        assertEquals(List.of("Jeg ble sint. | Sinne | coder: source 'Intervju 6'", "Så lo vi. | Humor | coder: Cecilie"),
                units(r.snapshot()));
        assertEquals(List.of(), r.report().notCarried());
    }

    /** Item 9 (reader): QualCoder's colours below an uncoloured category, an annotation's place, a case pointing at nothing. */
    @Test
    void qualCoderColoursAnnotationsAndCasesPointingAtNothing() throws IOException {
        String text = "Jeg var glad den dagen.\nMen jeg savnet henne.\n";
        String codes = "<CodeBook><Codes>"
                + "<Code guid=\"" + guid(501) + "\" name=\"Opplevelser\" isCodable=\"false\">"
                + "<Code guid=\"" + guid(502) + "\" name=\"Glede\" isCodable=\"true\" color=\"#EB7333\"/>"
                + "<Code guid=\"" + guid(503) + "\" name=\"Sorg\" isCodable=\"true\" color=\"#5E9179\"/></Code>"
                + "<Code guid=\"" + guid(504) + "\" name=\"Annet\" isCodable=\"true\" color=\"#9090E3\"/></Codes></CodeBook>";
        String sources = "<Sources>" + textSource(guid(600), "board.txt", "",
                selection(guid(601), 0, 23, "", guid(502)) + selection(guid(602), 24, 45, "", guid(503))
                + "<NoteRef targetGUID=\"" + guid(701) + "\"/>") + "</Sources>";
        String notes = "<Notes><Note guid=\"" + guid(701) + "\" creationDateTime=\"2024-03-01T10:00:00Z\">"
                + "<PlainTextContent>Viktig øyeblikk</PlainTextContent>"
                + "<PlainTextSelection guid=\"" + guid(702) + "\" startPosition=\"8\" endPosition=\"22\"/></Note></Notes>";
        String cases = "<Cases><Case guid=\"" + guid(801) + "\" name=\"Informant A\"><SourceRef targetGUID=\"" + guid(600) + "\"/>"
                + "<SourceRef targetGUID=\"" + guid(999) + "\"/></Case></Cases>";
        Imported r = read(QdeFixture.project("QualCoder 3.6", codes + sources + notes + cases).source(guid(600), text), "qualcoder");
        ProjectSnapshot s = r.snapshot();

        assertEquals(List.of("Jeg var glad den dagen. | Opplevelser/Glede | ", "Men jeg savnet henne. | Opplevelser/Sorg | "), units(s));
        assertEquals(List.of("Opplevelser #EB7333", "Annet #9090E3"),
                s.codeGroups().stream().map(g -> g.workingName() + " " + g.color()).toList(), "the codes' own colours");
        TranscriptNote note = s.notes().get(0);
        assertEquals(List.of("8: «glad den dagen»\n\nViktig øyeblikk"), s.notes().stream().map(n -> n.anchor() + ": " + n.text()).toList());
        assertEquals("glad den dagen", s.transcripts().get(0).text().substring(note.anchor(), note.anchor() + 14));
        assertTrue(r.report().notices().contains("1 colours of codes below the first level are not kept: a Kondens subgroup shows its "
                + "group's colour."), r.report().notices().toString());
        assertTrue(r.report().notices().contains("case 'Informant A' refers to " + guid(999) + ", which is not in the file; the "
                + "reference is ignored."), r.report().notices().toString());
        assertEquals(List.of(), r.report().notCarried());
    }

    /** Item 3: four levels (NVivo) and Parent::child::grandchild (ATLAS.ti): every name and description is kept. */
    @Test
    void codesBelowTheSecondLevelKeepTheirPathsAndDescriptions() throws IOException {
        String text = "P: Sykepleieren hjalp meg.\nP: Legen ringte tilbake.\nP: Jeg ble tatt på alvor.\nP: Vi sto lenge i kø.\n";
        String codes = "<CodeBook><Codes>"
                + "<Code guid=\"" + guid(1001) + "\" name=\"Mestring\" isCodable=\"true\"><Description>Hvordan de mestrer</Description>"
                + "<Code guid=\"" + guid(1002) + "\" name=\"Hjelp\" isCodable=\"true\"><Description>Hjelp fra andre</Description>"
                + "<Code guid=\"" + guid(1003) + "\" name=\"Fra ansatte\" isCodable=\"true\"><Description>Ansatte i tjenesten</Description>"
                + "<Code guid=\"" + guid(1004) + "\" name=\"Fra leger\" isCodable=\"true\"><Description>Leger spesielt</Description>"
                + "</Code></Code></Code></Code>"
                + "<Code guid=\"" + guid(1005) + "\" name=\"Møte::Respekt\" isCodable=\"true\"><Description>Å bli sett</Description></Code>"
                + "<Code guid=\"" + guid(1006) + "\" name=\"Møte::Venting::Kø\" isCodable=\"true\"><Description>Å stå i kø</Description></Code>"
                + "</Codes></CodeBook>";
        String sources = "<Sources>" + textSource(guid(1100), "Intervju 4", "",
                selection(guid(1101), 3, 26, "", guid(1003)) + selection(guid(1102), 30, 51, "", guid(1004))
                + selection(guid(1103), 55, 77, "", guid(1005)) + selection(guid(1104), 81, 99, "", guid(1006))) + "</Sources>";
        Imported r = read(QdeFixture.project("NVivo", codes + sources).source(guid(1100), text), "deep");
        ProjectSnapshot s = r.snapshot();

        assertEquals(List.of(
                "Sykepleieren hjalp meg. | Mestring/Hjelp | code: Mestring › Hjelp › Fra ansatte",
                "Legen ringte tilbake. | Mestring/Hjelp | code: Mestring › Hjelp › Fra ansatte › Fra leger",
                "Jeg ble tatt på alvor. | Møte/Respekt | ",
                "Vi sto lenge i kø. | Møte/Venting | code: Møte › Venting › Kø"), units(s));
        assertEquals(List.of("Mestring: Hvordan de mestrer", "Møte: "),
                s.codeGroups().stream().map(CodeGroup::workingName).map(n -> n + ": " + s.codeGroups().stream()
                        .filter(g -> g.workingName().equals(n)).findFirst().orElseThrow().description()).toList());
        String notes = s.project().notes();
        for (String kept : List.of("Description of code 'Mestring / Hjelp':\nHjelp fra andre",
                "Description of code 'Mestring / Hjelp › Fra ansatte':\nAnsatte i tjenesten",
                "Description of code 'Mestring / Hjelp › Fra ansatte › Fra leger':\nLeger spesielt",
                "Description of code 'Møte / Respekt':\nÅ bli sett",
                "Description of code 'Møte / Venting › Kø':\nÅ stå i kø")) {
            assertTrue(notes.contains(kept), kept + " in " + notes);
        }
        List<String> notices = r.report().notices();
        assertEquals(3, notices.stream().filter(n -> n.contains("is folded into subgroup") || n.contains("deeper than two levels")).count(),
                "every folded code is counted: " + notices);
        assertEquals(5, notices.stream().filter(n -> n.startsWith("the description of code")).count(), notices.toString());
        assertEquals(List.of(), r.report().notCarried());
    }

    /** Item 3: --group-level 2 makes the second level the code groups; a container above is noticed, a coded code above kept as a group. */
    @Test
    void theUserChoosesWhichLevelBecomesCodeGroups() throws IOException {
        String text = "P: Jeg fikk hjelp.\nP: Ansatte stilte opp.\nP: Noe annet.\nP: Lang kø.\n";
        String codes = "<CodeBook><Codes>"
                + "<Code guid=\"" + guid(2001) + "\" name=\"Tema A\" isCodable=\"false\"><Description>Første tema</Description>"
                + "<Code guid=\"" + guid(2002) + "\" name=\"Mestring\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(2003) + "\" name=\"Hjelp\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(2004) + "\" name=\"Fra ansatte\" isCodable=\"true\"/></Code></Code></Code>"
                + "<Code guid=\"" + guid(2005) + "\" name=\"Annet\" isCodable=\"true\"/>"
                + "<Code guid=\"" + guid(2006) + "\" name=\"Tema A::Venting::Kø\" isCodable=\"true\"/>"
                + "</Codes></CodeBook>";
        String sources = "<Sources>" + textSource(guid(2100), "Intervju 5", "",
                selection(guid(2101), 3, 18, "", guid(2003)) + selection(guid(2102), 22, 41, "", guid(2004))
                + selection(guid(2103), 45, 55, "", guid(2005)) + selection(guid(2104), 59, 67, "", guid(2006))) + "</Sources>";
        QdeFixture f = QdeFixture.project("NVivo", codes + sources).source(guid(2100), text);

        Imported top = read(f, "level-1");
        assertEquals(List.of(
                "Jeg fikk hjelp. | Tema A/Mestring | code: Tema A › Mestring › Hjelp",
                "Ansatte stilte opp. | Tema A/Mestring | code: Tema A › Mestring › Hjelp › Fra ansatte",
                "Noe annet. | Annet | ",
                "Lang kø. | Tema A/Venting | code: Tema A › Venting › Kø"), units(top.snapshot()), "level 1, the default");

        Path out = dir.resolve("level-2.kondens");
        ImportReport report = QdpxReader.importProject(f.write(dir, "level-2.qdpx"), out, Language.NB, 2);
        ProjectSnapshot s = QdpxRoundTripTest.snapshot(out);
        assertEquals(List.of(
                "Jeg fikk hjelp. | Mestring/Hjelp | ",
                "Ansatte stilte opp. | Mestring/Hjelp | code: Tema A › Mestring › Hjelp › Fra ansatte",
                "Noe annet. | Annet | ",
                "Lang kø. | Venting/Kø | "), units(s));
        assertEquals(List.of("Mestring", "Annet", "Venting"), s.codeGroups().stream().map(CodeGroup::workingName).toList());
        assertTrue(s.project().notes().contains("Description of code 'Tema A':\nFørste tema"), s.project().notes());
        assertEquals(List.of(
                "code 'Tema A' is above the code-group level (2): the codes below it are the code groups; its description and notes are "
                        + "kept in the project notes.",
                "code 'Fra ansatte' (level 4) is folded into subgroup 'Mestring / Hjelp': Kondens has two levels.",
                "code 'Annet' is above the code-group level (2) but codes passages itself (or has no codes below): it is a code group "
                        + "of its own."), report.notices());
        assertEquals(List.of(), report.notCarried());
    }
}
