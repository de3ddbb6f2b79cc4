package org.kondens.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;

/** A small project that uses every kind of entity and the text that breaks naive code. */
final class RichProject {

    /**
     * CRLF line ends, æøå, a tab, an emoji and a Gothic letter (both outside the BMP: surrogate
     * pairs), and a combining ring (NFC makes it å).
     */
    static final String RAW = "I: Hvordan var det å komme hjem?\r\n"
            + "EK1: Det var tøft 😀 – jeg fikk nøkkel til egen leilighet, og a\u030Arene etterpå ble bedre.\r\n"
            + "I: Hva betydde ansatte for deg?\r\n"
            + "EK1: De så meg som et menneske. Ikke som en diagnose.\r\n"
            + "I: Noe mer?\r\n"
            + "EK1: Nei.\tBare 𐍈 for «hus».\r\n";

    private RichProject() {
    }

    /** Builds the project as {@code rik.kondens} in {@code dir}. */
    static Path build(Path dir) throws IOException {
        Path projectFile = dir.resolve("rik.kondens");
        Path txt = dir.resolve("intervju1.txt");
        Files.write(txt, RAW.getBytes(StandardCharsets.UTF_8));
        try (StcProject p = StcProject.create(projectFile, "Bolig og ettervern – «æøå» 😀", Language.NB)) {
            p.setResearchQuestion("Hva hjelper?");
            p.setResearchQuestion("Hva opplever brukere som hjelpsomt i ettervernet?");
            p.setSubQuestions(List.of("Bolig?", "Relasjoner?"));
            p.setInterviewGuide("1. Fortell …\n2. Hva …");
            p.setLevelNames("Tema", "Subtema");
            Transcript t = p.importTranscript(TranscriptFiles.read(txt), List.of());
            Informant ek1 = p.findInformant("EK1");
            p.setInformantAttribute(ek1.id(), "alder", "30–39");
            p.setInformantAttribute(ek1.id(), "kjønn", "kvinne");
            p.addTranscriptNote(t.id(), 10, "Sterkt inntrykk: nøkkelen 🔑\n\tså kom resten.");
            PreliminaryTheme bolig = p.addTheme("Bolig", "Å ha et sted");
            PreliminaryTheme respekt = p.addTheme("Respekt", "");
            p.anchorTheme(bolig.id(), new Span(t.id(), 40, 60));
            int emoji = t.text().indexOf("😀");
            p.anchorTheme(respekt.id(), new Span(t.id(), emoji, emoji + 2));
            CodeGroup trygg = p.addCodeGroup("Trygg bolig", null, List.of(bolig.id()));
            CodeGroup likeverd = p.addCodeGroup("Likeverd", "#aa3300", List.of(respekt.id()));
            Subgroup nokkel = p.addSubgroup(trygg.id(), "Egen nøkkel");
            Subgroup menneske = p.addSubgroup(likeverd.id(), "Et menneske, ikke en diagnose");
            p.linkTheme(respekt.id(), menneske.id());
            MeaningUnit u1 = p.addMeaningUnit(t.id(), "jeg fikk nøkkel til egen leilighet,",
                    List.of(new Membership(trygg.id(), nokkel.id()), new Membership(likeverd.id(), null)));
            MeaningUnit u2 = p.addMeaningUnit(t.id(), "De så meg som et menneske. Ikke som en diagnose.",
                    List.of(new Membership(likeverd.id(), menneske.id())));
            p.addMeaningUnit(t.id(), "Det var tøft 😀", List.of());
            p.addMeaningUnit(t.id(), "Bare 𐍈 for «hus».", List.of(new Membership(trygg.id(), null)));
            p.setCondensate(nokkel.id(), "Jeg fikk min egen nøkkel,\nog det betydde at jeg hørte til et sted.", null);
            p.setCondensate(menneske.id(), "Jeg ble sett som et menneske.", List.of(u2.id()));
            p.setAnalyticText(menneske.id(), "Flere informanter beskrev …");
            p.setGroupAnalyticText(likeverd.id(), "Innledning.");
            p.setFinalName(likeverd.id(), "Å bli møtt som likeverdig");
            p.addQuote(u2.id(), likeverd.id(), menneske.id(), null, null, "De så meg som et menneske. (…)", null);
            p.addQuote(u1.id(), trygg.id(), null, null, null, null, "EK1, 34 år");
            p.setMeaningUnitNote(u1.id(), "viktig");
            // Supervision: a round, a comment on words of a unit (after an emoji: UTF-16 offsets),
            // a thread with a reply, resolved; a suggested edit from a review document.
            p.reviews().sendForReview(List.of("Kari Veileder"), "første runde");
            String unitText = p.snapshot().textOf(u2);
            int at = u2.start() + unitText.indexOf("et menneske");
            p.reviews().comment(new CommentTarget(CommentTarget.Kind.MEANING_UNIT, u2.id(), new Span(t.id(), at, at + 11), "et menneske", ""),
                    "Kari Veileder", "Hvorfor «et menneske» – 😀?");
            Comment thread = p.reviews().comment(CommentTarget.of(CommentTarget.Kind.CODE_GROUP, trygg.id()), "Kari Veileder", "Navnet?");
            p.reviews().reply(thread.id(), "Student", "Endret.\nSe trinn 4.");
            p.reviews().resolve(thread.id(), true);
            p.reviews().bring("Import review comments", "runde1.docx", List.of(), List.of(), List.of(new Suggestion(
                    java.util.UUID.fromString("00000000-0000-4000-8000-000000000001"), CommentTarget.of(CommentTarget.Kind.CONDENSATE,
                            menneske.id()), "Kari Veileder", java.time.Instant.parse("2026-11-30T12:00:00Z"),
                    "Jeg ble sett som et menneske.", "Jeg ble sett som et helt menneske.", Suggestion.Status.OPEN, "docx:1")));
        }
        return projectFile;
    }
}
