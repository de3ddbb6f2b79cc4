package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-json refuses a damaged export the way every command refuses: exit 1, one line, nothing written. */
class ImportJsonCliTest {

    @TempDir
    Path dir;

    @Test
    void aTranscriptWithoutTextIsOneLineAndNoProject() throws Exception {
        String p = dir.resolve("studie.kondens").toString();
        Path txt = dir.resolve("intervju.txt");
        Files.writeString(txt, "I: Hva hjalp?\nEK1: At noen så meg 😀.\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("studie.json");
        assertEquals(0, run("new", p, "--title", "Ettervern"));
        assertEquals(0, run("import", p, txt.toString()));
        assertEquals(0, run("export", p, "--format", "json", "--out", json.toString()));

        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(json.toFile());
        ((ObjectNode) tree.get("content").get("transcripts").get(0)).putNull("text");
        Files.writeString(json, mapper.writeValueAsString(tree), StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path copy = dir.resolve("kopi.kondens");
        int code = KondensCli.run(new String[] {"import-json", json.toString(), "--out", copy.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code, err.toString());
        assertEquals("kondens: studie.json: $.content.transcripts[0].text: null, but text is required here.\n",
                err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("", out.toString());
        assertFalse(Files.exists(copy), "no project file is created");
    }

    private static int run(String... args) {
        return KondensCli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
