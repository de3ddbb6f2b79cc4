package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.model.Language;
import org.kondens.core.stc.StcProject;

/** Refusals from core reach a Norwegian user in Norwegian, an English user as core wrote them. */
class CoreMessagesTest {

    static final I18n NB = new I18n(I18n.NORWEGIAN);
    static final I18n EN = new I18n(Locale.ENGLISH);

    @TempDir
    Path dir;

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (KondensException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void realRefusalsAreToldInNorwegian() {
        try (StcProject p = StcProject.create(dir.resolve("p.kondens"), "Prosjekt", Language.NB)) {
            p.addCodeGroup("Trygg bolig", null, java.util.List.of());
            String taken = refusal(() -> p.addCodeGroup("trygg bolig", null, java.util.List.of()));
            assertEquals("Det finnes allerede en kodegruppe som heter «trygg bolig».", CoreMessages.friendly(taken, NB));
            assertEquals(taken, CoreMessages.friendly(taken, EN), "English: core's own words");
            String empty = refusal(() -> p.addTheme(" ", ""));
            assertEquals("Navnet kan ikke være tomt.", CoreMessages.friendly(empty, NB));
        }
        String open = "/tmp/x.kondens is already open in another Kondens window or process. Close it there first.";
        assertEquals("/tmp/x.kondens er allerede åpent i et annet Kondens-vindu eller en annen prosess. Lukk det der først.",
                CoreMessages.friendly(open, NB));
        assertEquals("intervju.docx: dokumentet er passordbeskyttet; fjern passordet og importer på nytt.",
                CoreMessages.friendly("intervju.docx: the document is password-protected; open it, remove the password", NB));
        assertEquals("Denne passasjen er allerede en meningsbærende enhet i kodegruppen «Respekt».",
                CoreMessages.friendly("This passage is already a meaning unit in code group 'Respekt'.", NB));
        assertEquals("Something core never said.", CoreMessages.friendly("Something core never said.", NB), "unknown: shown as it is");
    }

    @Test
    void whatTheProjectFileSaysIsToldInNorwegian() throws Exception {
        Path file;
        try (StcProject p = StcProject.create(dir.resolve("levert.kondens"), "Prosjekt", Language.NB)) {
            file = p.database().file();
        }
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        try (StcProject p = StcProject.open(file)) {
            assertEquals("levert.kondens er skrivebeskyttet (filen er skrivebeskyttet): du kan lese, søke og eksportere, "
                    + "men endringer kan ikke lagres.", CoreMessages.friendly(p.warnings().get(0), NB));
            String refused = refusal(() -> p.addTheme("Ny", ""));
            assertEquals(file + " er åpnet skrivebeskyttet (filen er skrivebeskyttet); endringen ble ikke lagret.",
                    CoreMessages.friendly(refused, NB));
        }
        assertEquals("Det kunne ikke lages sikkerhetskopi av s.kondens i /x/s.kondens.backups (disken er full); "
                + "arbeidet ditt lagres som vanlig.", CoreMessages.friendly("No backup of s.kondens could be made in "
                + "/x/s.kondens.backups (the disk is full); your work is saved as usual.", NB));
        assertEquals("/x/s.kondens er skadet. Den nyeste gode sikkerhetskopien er s-1.kondens (2026-11-30 14:02); gjenopprett den "
                + "med Fil › Gjenopprett fra sikkerhetskopi … (eller kondens restore /x/s.kondens --from s-1.kondens).",
                CoreMessages.friendly("/x/s.kondens is damaged (SQLite's check: row 3 missing). The newest good backup is s-1.kondens "
                        + "(2026-11-30 14:02); restore it with: kondens restore /x/s.kondens --from s-1.kondens "
                        + "(or File › Restore from backup…).", NB));
    }
}
