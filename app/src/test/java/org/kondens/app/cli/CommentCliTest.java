package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.Suggestion;
import org.kondens.core.stc.StcProject;

/** Supervision from the command line: a student answers and resolves comments and decides suggested edits. */
class CommentCliTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void studyWithAGroupAndACondensate() throws Exception {
        p = dir.resolve("studie.kondens").toString();
        Path txt = dir.resolve("intervju.txt");
        Files.write(txt, "I: Hva hjalp?\nEK1: At noen så meg 😀.\n".getBytes(StandardCharsets.UTF_8));
        ok("new", p, "--title", "Ettervern", "--language", "nb");
        ok("import", p, txt.toString());
        ok("group", "add", p, "Likeverd");
        ok("subgroup", "add", p, "Likeverd", "Sett som menneske");
        ok("condense", p, "Likeverd", "Sett som menneske", "--text", "Jeg ble sett.");
    }

    @Test
    void aThreadIsAddedAnsweredAndResolved() throws Exception {
        String id = ok("comment", "add", p, "--on", "group:Likeverd", "--text", "Er «likeverd» deres ord?", "--author", "Kari",
                "--json").json().get("id").asText();
        ok("comment", "reply", p, id.substring(0, 8), "--text", "Ja, EK1 bruker det.", "--author", "Student");
        String list = ok("comment", "list", p).out();
        assertTrue(list.contains("code group 'Likeverd'") && list.contains("Kari: Er «likeverd» deres ord?")
                && list.contains("↳ Student: Ja, EK1 bruker det."), list);

        ok("comment", "resolve", p, id.substring(0, 8));
        assertEquals("No open comments or suggested edits.", ok("comment", "list", p).out().strip());
        assertTrue(ok("comment", "list", p, "--all").out().contains("[resolved]"));
        ok("undo", p);
        assertTrue(ok("comment", "list", p).out().contains("Kari:"), "undo reopens the thread");
    }

    @Test
    void aSuggestedEditIsAcceptedOrRejectedNeverAppliedByItself() throws Exception {
        UUID sub;
        try (StcProject project = StcProject.open(Path.of(p))) {
            sub = project.findSubgroup(project.findCodeGroup("Likeverd").id(), "Sett som menneske").id();
            project.reviews().bring("Import review comments", "runde1.docx", List.of(), List.of(), List.of(new Suggestion(UUID.randomUUID(),
                    CommentTarget.of(CommentTarget.Kind.CONDENSATE, sub), "Kari", Instant.now(), "Jeg ble sett.",
                    "Jeg ble sett som menneske.", Suggestion.Status.OPEN, "docx:a")));
        }
        String list = ok("comment", "list", p, "--json").out();
        String sid = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list).get(0).get("id").asText();
        assertTrue(ok("comment", "list", p).out().contains("after:  Jeg ble sett som menneske."));
        ok("comment", "accept", p, sid.substring(0, 8));
        try (StcProject project = StcProject.openReadOnly(Path.of(p))) {
            assertEquals("Jeg ble sett som menneske.", project.snapshot().subgroups().getFirst().condensate());
        }
        var again = kondens("comment", "accept", p, sid.substring(0, 8));
        assertEquals(1, again.code());
        assertEquals(1, again.err().strip().lines().count(), "one line: " + again.err());
    }

    @Test
    void unknownIdsAndPlacesAreOneLineErrors() {
        var r = kondens("comment", "reply", p, "ffffffff", "--text", "x");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("ffffffff") && r.err().strip().lines().count() == 1, r.err());
        r = kondens("comment", "add", p, "--on", "galaxy:far", "--text", "x");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--on galaxy:far"), r.err());
    }
}
