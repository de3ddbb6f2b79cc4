package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.Messages;
import org.kondens.core.Problem;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.Subgroup;

/** A refusal reaches a Norwegian user whole in bokmål or nynorsk, whichever door refused it. */
class NorwegianRefusalsTest {

    @TempDir
    Path dir;

    @Test
    void aTakenSubgroupNameIsRefusedInNorwegianByAllFourOperationsThatCanClash() {
        try (StcProject p = TestProjects.newProject(dir)) {
            CodeGroup trygghet = p.addCodeGroup("Trygghet", null, List.of());
            CodeGroup relasjoner = p.addCodeGroup("Relasjoner", null, List.of());
            p.addSubgroup(trygghet.id(), "Nøkkelen");
            Subgroup door = p.addSubgroup(trygghet.id(), "Egen dør");
            Subgroup clash = p.addSubgroup(relasjoner.id(), "nøkkelen");

            assertRefused(() -> p.addSubgroup(trygghet.id(), "nøkkelen"),
                    "Det finnes allerede en subgruppe i «Trygghet» som heter «nøkkelen».",
                    "Det finst allereie ei subgruppe i «Trygghet» som heiter «nøkkelen».");
            assertRefused(() -> p.renameSubgroup(door.id(), "NØKKELEN"),
                    "Det finnes allerede en subgruppe i denne kodegruppen som heter «NØKKELEN».",
                    "Det finst allereie ei subgruppe i denne kodegruppa som heiter «NØKKELEN».");
            assertRefused(() -> p.moveSubgroupToGroup(clash.id(), trygghet.id()),
                    "Det finnes allerede en subgruppe i «Trygghet» som heter «nøkkelen».",
                    "Det finst allereie ei subgruppe i «Trygghet» som heiter «nøkkelen».");
            assertRefused(() -> p.mergeCodeGroups(trygghet.id(), relasjoner.id()),
                    "Det finnes allerede en subgruppe i «Trygghet» som heter «nøkkelen».",
                    "Det finst allereie ei subgruppe i «Trygghet» som heiter «nøkkelen».");
        }
    }

    @Test
    void aNameThatIsNotFoundOrTooLongIsToldInTheReadersLanguage() {
        try (StcProject p = TestProjects.newProject(dir)) {
            p.addCodeGroup("Trygghet", null, List.of());
            KondensException missing = assertThrows(KondensException.class, () -> p.findCodeGroup("Hverdag"));
            assertEquals("No code group named 'Hverdag'.", missing.getMessage());
            assertEquals("Ingen kodegrupper heter «Hverdag».", missing.message(Language.NB));
            assertEquals("Ingen kodegrupper heiter «Hverdag».", missing.message(Language.NN));

            KondensException tooLong = assertThrows(KondensException.class, () -> p.addCodeGroup("x".repeat(201), null, List.of()));
            assertEquals(Problem.NAME_TOO_LONG, tooLong.code());
            assertEquals("Et kodegruppenavn kan ha høyst 200 tegn (dette har 201).", tooLong.message(Language.NB));

            KondensException lineBreak = assertThrows(KondensException.class, () -> p.addCodeGroup("to\nlinjer", null, List.of()));
            assertEquals("Eit kodegruppenamn kan ikkje innehalde linjeskift.", lineBreak.message(Language.NN));
        }
    }

    @Test
    void aTextImportedTwiceIsRefusedInTheReadersLanguage() {
        try (StcProject p = TestProjects.newProject(dir)) {
            TestProjects.importInterview(p, dir);
            Path again = TestProjects.writeUtf8(dir.resolve("kopi.txt"), TestProjects.INTERVIEW_RAW);
            TranscriptImport.FileResult r = TranscriptImport.importAll(p, List.of(again), List.of(), (d, t, f) -> { }, () -> false).get(0);
            assertEquals("kopi.txt: this text is already in the project as 'intervju-ek1'.", r.error());
            assertEquals("kopi.txt: denne teksten finnes allerede i prosjektet som «intervju-ek1».", r.error(Messages.NB));
            assertEquals("kopi.txt: denne teksten finst allereie i prosjektet som «intervju-ek1».", r.error(Messages.NN));
        }
    }

    @Test
    void theEditMenuNamesUndoStepsInTheUiLanguageAndTheCliKeepsEnglish() {
        try (StcProject p = TestProjects.newProject(dir)) {
            CodeGroup g = p.addCodeGroup("Trygghet", null, List.of());
            p.renameCodeGroup(g.id(), "Trygg bolig");
            assertEquals("Rename code group: Trygghet → Trygg bolig", p.undoName().orElseThrow());
            assertEquals("Gi kodegruppe nytt navn: Trygghet → Trygg bolig", p.undoName(Messages.NB).orElseThrow());
            assertEquals("Gje kodegruppe nytt namn: Trygghet → Trygg bolig", p.undoName(Messages.NN).orElseThrow());
            p.undo();
            assertEquals("Gi kodegruppe nytt navn: Trygghet → Trygg bolig", p.redoName(Messages.NB).orElseThrow());
            assertEquals("Rename code group: Trygghet → Trygg bolig", p.redoName(Locale.ENGLISH).orElseThrow());
        }
    }

    private static void assertRefused(Executable operation, String bokmål, String nynorsk) {
        KondensException e = assertThrows(KondensException.class, operation);
        assertEquals(Problem.NAME_TAKEN, e.code());
        assertEquals(bokmål, e.message(Messages.NB));
        assertEquals(nynorsk, e.message(Messages.NN));
    }
}
