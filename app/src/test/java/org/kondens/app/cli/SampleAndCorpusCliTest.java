package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample study, the benchmark corpus and the informant table, as the command line offers them. */
class SampleAndCorpusCliTest {

    /** Surefire runs in the module folder; the study is in the repository's samples/. */
    static final Path STUDY = Path.of("..", "samples", "study");

    @TempDir
    Path dir;

    @Test
    void theSampleProjectHasAllFourStepsPopulated() throws Exception {
        String p = dir.resolve("eksempel.kondens").toString();
        ok("sample-project", p);
        JsonNode info = ok("info", p, "--json").json();
        assertEquals(7, info.at("/material/transcripts").asInt(), "6 interviews and 1 focus group");
        assertTrue(info.at("/material/words").asInt() > 20_000);
        int themes = info.at("/step1/preliminaryThemes").asInt();
        assertTrue(themes >= 6 && themes <= 8, "themes: " + themes);
        assertTrue(info.at("/step1/notes").asInt() > 0, "step-1 impressions are written");
        int groups = info.at("/step2/codeGroups").asInt();
        assertTrue(groups >= 3 && groups <= 4, "code groups: " + groups);
        assertTrue(info.at("/step2/meaningUnits").asInt() >= 55, info.toString());
        int subgroups = info.at("/step3/subgroups").asInt();
        assertTrue(subgroups >= 2 * groups && subgroups <= 4 * groups, "subgroups: " + subgroups);
        assertEquals(subgroups, info.at("/step3/withCondensate").asInt(), "every subgroup is condensed");
        assertTrue(info.at("/step3/quotes").asInt() >= subgroups, "illustrative quotes for most subgroups");
        assertEquals(groups, info.at("/step4/finalNames").asInt());
        int analysed = info.at("/step4/subgroupsWithAnalyticText").asInt();
        assertTrue(analysed >= subgroups * 2 / 3 && analysed < subgroups, "analytic text for most, still in progress: " + analysed);
        assertEquals(1, kondens("sample-project", p).code(), "never overwrites a project");
        assertEquals(1, kondens("sample-project", p, "--study", STUDY.toString()).code(), "never overwrites a project");
        assertEquals(7, ok("info", p, "--json").json().at("/material/transcripts").asInt(), "... and leaves it as it was");
    }

    /** Before: "samples/study/analysis.json: cannot read" anywhere but the source checkout. */
    @Test
    void theSampleProjectBuildsFromAnyFolder() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Dkondens.cache=" + dir.resolve("cache"), "-cp", System.getProperty("java.class.path"),
                "org.kondens.app.Launcher", "sample-project", "eksempel.kondens")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertTrue(output.contains("Built eksempel.kondens: 7 transcripts"), output);
        assertEquals(7, ok("info", dir.resolve("eksempel.kondens").toString(), "--json").json().at("/material/transcripts").asInt());
    }

    @Test
    void theSampleTranscriptsMixFormatsAndEncodings() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(STUDY)) {
            files = s.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(files.stream().filter(f -> f.endsWith(".docx")).count() >= 2, files.toString());
        String raw = new String(Files.readAllBytes(STUDY.resolve("intervju6.txt")), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("\u00e6") || raw.contains("\u00f8") || raw.contains("\u00e5"), "intervju6.txt is Windows-1252 on disk");
        String p = dir.resolve("m.kondens").toString();
        ok("new", p, "--title", "Materiale");
        JsonNode result = ok("import", p, STUDY.resolve("intervju6.txt").toString(), "--json").json().get(0);
        assertTrue(result.get("notices").toString().contains("Windows-1252"), result.toString());
        assertEquals(2, result.get("speakers").size(), result.toString());
    }

    @Test
    void theCorpusGeneratorIsDeterministic() throws Exception {
        ok("sample-corpus", dir.resolve("a").toString(), "--transcripts", "3", "--words", "2000");
        ok("sample-corpus", dir.resolve("b").toString(), "--transcripts", "3", "--words", "2000");
        for (String f : List.of("korpus-0001.txt", "korpus-0002.txt", "korpus-0003.txt")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        String p = dir.resolve("k.kondens").toString();
        ok("new", p, "--title", "Korpus");
        JsonNode imported = ok("import", p, dir.resolve("a/korpus-0001.txt").toString(), dir.resolve("a/korpus-0002.txt").toString(),
                "--json").json();
        for (JsonNode file : imported) {
            int words = file.get("words").asInt();
            assertTrue(words >= 2000 && words < 2400, "about the asked length: " + words);
            assertEquals(2, file.get("speakers").size(), "interviewer and informant: " + file);
        }
        assertTrue(imported.get(0).get("speakers").has("Informant 1"));
    }

    @Test
    void informantAttributesFromACsvTable() throws Exception {
        String p = dir.resolve("i.kondens").toString();
        ok("new", p, "--title", "Informanter");
        Path csv = Files.writeString(dir.resolve("informanter.csv"), "Informant;Alder;Yrke\nEK1;30–39;Sykepleier\nEK2;40–49;Lærer\n");
        CliTest.Result r = ok("informants", "import", p, csv.toString());
        assertTrue(r.out().contains("2 informants from informanter.csv: 2 new"), r.out());
        Path bad = Files.writeString(dir.resolve("feil.csv"), "Informant;Alder\n;40\n");
        CliTest.Result refused = kondens("informants", "import", p, bad.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("feil.csv: row 2 has no informant label"), refused.err());
    }
}
