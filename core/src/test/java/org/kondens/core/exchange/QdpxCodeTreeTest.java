package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.exchange.QdeFixture.guid;
import static org.kondens.core.exchange.QdeFixture.selection;
import static org.kondens.core.exchange.QdeFixture.textSource;
import static org.kondens.core.exchange.QdeFixture.units;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchIndex;
import org.kondens.core.search.SearchResult;
import org.kondens.core.stc.StcProject;
import org.w3c.dom.Element;

/**
 * Issue 16, item 3: codes another tool had below the subgroup level go out again as child codes
 * of their subgroup, each unit coded at the deepest code of its path, so a round trip through
 * .qdpx gives the tree back and the units' notes do not gather repeated path lines.
 */
class QdpxCodeTreeTest {

    @TempDir
    Path dir;

    private static final String TEXT = "P: Sykepleieren hjalp meg.\nP: Legen ringte tilbake.\nP: Jeg ble tatt på alvor 😀.\nP: Vi sto lenge i kø.\n";

    private QdeFixture fourLevels() {
        String codes = "<CodeBook><Codes>"
                + "<Code guid=\"" + guid(1001) + "\" name=\"Mestring\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(1002) + "\" name=\"Hjelp\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(1003) + "\" name=\"Fra ansatte\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(1004) + "\" name=\"Fra leger\" isCodable=\"true\"/></Code></Code></Code>"
                + "<Code guid=\"" + guid(1005) + "\" name=\"Møte::Respekt\" isCodable=\"true\"/>"
                + "<Code guid=\"" + guid(1006) + "\" name=\"Møte::Venting::Kø\" isCodable=\"true\"/>"
                + "</Codes></CodeBook>";
        String sources = "<Sources>" + textSource(guid(1100), "Intervju 4", "",
                selection(guid(1101), 3, 26, "", guid(1003)) + selection(guid(1102), 30, 51, "", guid(1004))
                + selection(guid(1103), 55, 79, "", guid(1005)) + selection(guid(1104), 83, 101, "", guid(1006))) + "</Sources>";
        return QdeFixture.project("MAXQDA 2024", codes + sources).source(guid(1100), TEXT);
    }

    private ProjectSnapshot importFile(Path qdpx, String name) {
        Path out = dir.resolve(name + ".kondens");
        QdpxReader.importProject(qdpx, out, Language.NB);
        return QdpxRoundTripTest.snapshot(out);
    }

    @Test
    void deeperCodesAreWrittenBackAsChildCodesAndARoundTripKeepsEveryUnit() throws Exception {
        ProjectSnapshot first = importFile(fourLevels().write(dir, "nvivo.qdpx"), "first");
        List<String> expected = List.of(
                "Sykepleieren hjalp meg. | Mestring/Hjelp | code: Mestring › Hjelp › Fra ansatte",
                "Legen ringte tilbake. | Mestring/Hjelp | code: Mestring › Hjelp › Fra ansatte › Fra leger",
                "Jeg ble tatt på alvor 😀. | Møte/Respekt | ",
                "Vi sto lenge i kø. | Møte/Venting | code: Møte › Venting › Kø");
        assertEquals(expected, units(first));

        byte[] xml = QdpxWriter.projectXml(first);
        Element root = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        Map<String, String> nameOf = new HashMap<>();
        List<String> tree = new ArrayList<>();
        for (Element c : QdeXml.path(root, "CodeBook", "Codes", "Code")) {
            walk(c, "", tree, nameOf);
        }
        assertEquals(List.of("Mestring", "Mestring › Hjelp", "Mestring › Hjelp › Fra ansatte", "Mestring › Hjelp › Fra ansatte › Fra leger",
                "Møte", "Møte › Respekt", "Møte › Venting", "Møte › Venting › Kø"), tree, "the tree as the file had it");
        List<String> coded = new ArrayList<>();
        for (Element src : QdeXml.path(root, "Sources", "TextSource")) {
            for (Element sel : QdeXml.children(src, "PlainTextSelection")) {
                for (Element coding : QdeXml.children(sel, "Coding")) {
                    coded.add(sel.getAttribute("name") + " → " + nameOf.get(QdeXml.children(coding, "CodeRef").get(0).getAttribute("targetGUID")));
                }
            }
        }
        assertEquals(List.of("Sykepleieren hjalp meg. → Mestring › Hjelp › Fra ansatte",
                "Legen ringte tilbake. → Mestring › Hjelp › Fra ansatte › Fra leger",
                "Jeg ble tatt på alvor 😀. → Møte › Respekt", "Vi sto lenge i kø. → Møte › Venting › Kø"), coded,
                "each unit coded at the deepest code of its path");
        assertEquals(java.util.Optional.empty(), QdaSchemas.checkProject(xml));

        Path again = dir.resolve("kondens.qdpx");
        QdpxWriter.write(first, again);
        ProjectSnapshot second = importFile(again, "second");
        assertEquals(expected, units(second), "same units, one path line each");
        QdpxWriter.write(second, dir.resolve("twice.qdpx"));
        assertEquals(expected, units(importFile(dir.resolve("twice.qdpx"), "third")), "stable over two round trips");
    }

    @Test
    void aRenamedSubgroupKeepsItsUnitsCodedAtTheSubgroupAndThePathInTheNote() throws Exception {
        importFile(fourLevels().write(dir, "nvivo.qdpx"), "renamed");
        ProjectSnapshot renamed;
        try (StcProject p = StcProject.open(dir.resolve("renamed.kondens"))) {
            p.renameSubgroup(p.snapshot().subgroups().stream().filter(x -> x.name().equals("Hjelp")).findFirst().orElseThrow().id(), "Støtte");
            renamed = p.snapshot();
        }
        String xml = new String(QdpxWriter.projectXml(renamed), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!xml.contains("name=\"Fra ansatte\""), "no child codes under a subgroup the path no longer names");
        Path out = dir.resolve("renamed.qdpx");
        QdpxWriter.write(renamed, out);
        assertEquals(List.of(
                "Sykepleieren hjalp meg. | Mestring/Støtte | code: Mestring › Hjelp › Fra ansatte",
                "Legen ringte tilbake. | Mestring/Støtte | code: Mestring › Hjelp › Fra ansatte › Fra leger",
                "Jeg ble tatt på alvor 😀. | Møte/Respekt | ",
                "Vi sto lenge i kø. | Møte/Venting | code: Møte › Venting › Kø"), units(importFile(out, "renamed-again")));
    }

    /** QualCoder keeps one code per name: a repeated name goes out as "Name (Group › Parent)" and comes back as it was. */
    @Test
    void repeatedNamesAreWrittenWithTheirParentAndReadBackPlain() throws Exception {
        String text = "P: Først kom hjelpen.\nP: Så kom nøkkelen.\nP: Og så noe annet.\nP: Enda noe annet.\n";
        String codes = "<CodeBook><Codes>"
                + "<Code guid=\"" + guid(3001) + "\" name=\"Mestring\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(3002) + "\" name=\"Hjelp\" isCodable=\"true\"><Code guid=\"" + guid(3003) + "\" name=\"Nøkkelen\" isCodable=\"true\"/></Code>"
                + "<Code guid=\"" + guid(3004) + "\" name=\"Annet\" isCodable=\"true\"/></Code>"
                + "<Code guid=\"" + guid(3005) + "\" name=\"Bolig\" isCodable=\"true\">"
                + "<Code guid=\"" + guid(3006) + "\" name=\"Egen dør\" isCodable=\"true\"><Code guid=\"" + guid(3007) + "\" name=\"Nøkkelen\" isCodable=\"true\"/></Code>"
                + "<Code guid=\"" + guid(3008) + "\" name=\"Annet\" isCodable=\"true\"/></Code>"
                + "</Codes></CodeBook>";
        String sources = "<Sources>" + textSource(guid(3100), "Intervju 7", "",
                selection(guid(3101), 3, 21, "", guid(3003)) + selection(guid(3102), 25, 41, "", guid(3007))
                + selection(guid(3103), 45, 61, "", guid(3004)) + selection(guid(3104), 65, 80, "", guid(3008))) + "</Sources>";
        ProjectSnapshot first = importFile(QdeFixture.project("NVivo 14", codes + sources).source(guid(3100), text).write(dir, "rep.qdpx"), "rep");
        List<String> expected = List.of(
                "Først kom hjelpen. | Mestring/Hjelp | code: Mestring › Hjelp › Nøkkelen",
                "Så kom nøkkelen. | Bolig/Egen dør | code: Bolig › Egen dør › Nøkkelen",
                "Og så noe annet. | Mestring/Annet | ",
                "Enda noe annet. | Bolig/Annet | ");
        assertEquals(expected, units(first));

        byte[] xml = QdpxWriter.projectXml(first);
        Element root = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        List<String> tree = new ArrayList<>();
        for (Element c : QdeXml.path(root, "CodeBook", "Codes", "Code")) {
            walk(c, "", tree, new HashMap<>());
        }
        assertEquals(List.of("Mestring", "Mestring › Hjelp", "Mestring › Hjelp › Nøkkelen (Mestring › Hjelp)", "Mestring › Annet (Mestring)",
                "Bolig", "Bolig › Egen dør", "Bolig › Egen dør › Nøkkelen (Bolig › Egen dør)", "Bolig › Annet (Bolig)"), tree,
                "every code name once, so QualCoder keeps every coding");

        Path again = dir.resolve("rep-kondens.qdpx");
        QdpxWriter.write(first, again);
        assertEquals(expected, units(importFile(again, "rep-again")), "the plain names come back");

        // A name that already ends in its parent's name keeps it through the round trip.
        Path named = dir.resolve("rep-again.kondens");
        try (StcProject p = StcProject.open(named)) {
            var bolig = p.findCodeGroup("Bolig");
            p.renameSubgroup(p.findSubgroup(bolig.id(), "Egen dør").id(), "Egen dør (Bolig)");
        }
        Path third = dir.resolve("rep-third.qdpx");
        QdpxWriter.write(QdpxRoundTripTest.snapshot(named), third);
        assertEquals(List.of(expected.get(0), "Så kom nøkkelen. | Bolig/Egen dør (Bolig) | code: Bolig › Egen dør › Nøkkelen",
                expected.get(2), expected.get(3)), units(importFile(third, "rep-third")));
    }

    @Test
    void aSearchNarrowsToADeeperCode() throws IOException {
        ProjectSnapshot s = importFile(fourLevels().write(dir, "nvivo.qdpx"), "search");
        var mestring = s.codeGroups().stream().filter(g -> g.workingName().equals("Mestring")).findFirst().orElseThrow();
        try (SearchIndex index = SearchIndex.open(dir.resolve("cache"), s.project().id(), Language.NB)) {
            index.sync(s);
            SearchFilter inGroup = SearchFilter.NONE.inCodeGroup(mestring.id(), null);
            assertEquals(List.of("hjalp", "ringte"), matches(index.search(s, "hjalp OR ringte OR alvor", inGroup, 50)));
            assertEquals(List.of("ringte"), matches(index.search(s, "hjalp OR ringte OR alvor", inGroup.withCodePath("Fra leger"), 50)));
            assertEquals(List.of("hjalp", "ringte"), matches(index.search(s, "hjalp OR ringte OR alvor",
                    SearchFilter.NONE.withCodePath("hjelp > fra ansatte"), 50)), "any run of names, typed with >");
            assertEquals(List.of(), matches(index.search(s, "hjalp OR ringte OR alvor", SearchFilter.NONE.withCodePath("Fra"), 50)));
        }
    }

    private static List<String> matches(SearchResult r) {
        return r.hits().stream().map(h -> h.match()).toList();
    }

    private static void walk(Element code, String above, List<String> tree, Map<String, String> nameOf) {
        String here = above.isEmpty() ? code.getAttribute("name") : above + " › " + code.getAttribute("name");
        tree.add(here);
        nameOf.put(code.getAttribute("guid"), here);
        for (Element c : QdeXml.children(code, "Code")) {
            walk(c, here, tree, nameOf);
        }
    }
}
