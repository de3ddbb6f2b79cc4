package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.TestProjects.assertUndoable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.SpeakerDetector;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.QuestionWording;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.Span;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.stc.StcProject;

/**
 * An old project must always open. {@code fixtures/schema-v1.sql} is a literal project file as
 * the first release wrote it; this build must open it, migrate it to the current schema with
 * all its data, and edit it (undo included). Add a fixture like it for every released version.
 */
class MigrationTest {

    static final String TEXT = "I: Hvordan var det å flytte inn i egen leilighet?\n"
            + "EK1: Det var tøft, men jeg fikk nøkkel til egen leilighet.\n"
            + "I: Hva betydde de ansatte?\n"
            + "EK1: De så meg som et menneske, ikke som en diagnose.\n";

    static final UUID PROJECT = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID EK1 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID SESSION = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID TRANSCRIPT = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final UUID NOTE = UUID.fromString("55555555-5555-4555-8555-555555555555");
    static final UUID THEME = UUID.fromString("66666666-6666-4666-8666-666666666666");
    static final UUID GROUP = UUID.fromString("77777777-7777-4777-8777-777777777777");
    static final UUID SUBGROUP = UUID.fromString("88888888-8888-4888-8888-888888888888");
    static final UUID UNIT = UUID.fromString("99999999-9999-4999-8999-999999999999");
    static final UUID QUOTE = UUID.fromString("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");

    @TempDir
    Path dir;

    /** Builds a .kondens file from the version-1 fixture with plain sqlite-jdbc, as release 1 left it. */
    static Path versionOneProject(Path dir) throws Exception {
        return versionOneProject(dir, "gammel.kondens");
    }

    static Path versionOneProject(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.executeUpdate(fixture());
        }
        return file;
    }

    static String fixture() throws IOException {
        try (InputStream in = MigrationTest.class.getResourceAsStream("/fixtures/schema-v1.sql")) {
            assertNotNull(in, "fixtures/schema-v1.sql is on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFixtureIsAVersionOneKondensFile() throws Exception {
        Path file = versionOneProject(dir);
        assertEquals(List.of("1"), query(file, "SELECT version FROM schema_version"));
        assertEquals(List.of(String.valueOf(Schema.APPLICATION_ID)), query(file, "PRAGMA application_id"));
        assertEquals(List.of("0"), query(file, "PRAGMA user_version"), "Kondens keeps its version in schema_version");
        assertEquals(List.of("ok"), query(file, "PRAGMA integrity_check"));
        assertEquals(List.of(), query(file, "PRAGMA foreign_key_check"));
        assertEquals(List.of("48"), query(file, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"));
        assertEquals(List.of("3"), query(file, "SELECT count(*) FROM undo_step"));
        assertEquals(List.of(), query(file, "SELECT name FROM pragma_table_info('project') WHERE name LIKE '%level_name'"),
                "version 1 has no level names yet");
        assertEquals(List.of(sha256(TEXT)), query(file, "SELECT hash FROM transcript"), "the hash StcProject computes");
    }

    /** Migration 1 shipped; editing it would leave released files behind. Add a migration instead. */
    @Test
    void releasedMigrationOneIsFrozen() throws Exception {
        Path fresh = dir.resolve("bare-v1.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.executeUpdate(Schema.MIGRATIONS.get(0));
        }
        String tablesAndIndexes = "SELECT type || ' ' || name || ': ' || IFNULL(sql, '') FROM sqlite_master "
                + "WHERE type IN ('table', 'index') AND name NOT IN ('schema_version') ORDER BY type, name";
        assertEquals(query(versionOneProject(dir), tablesAndIndexes), query(fresh, tablesAndIndexes),
                "Schema.MIGRATIONS.get(0) no longer builds the version-1 schema: never edit a released migration");
    }

    @Test
    void aVersionOneProjectOpensWithAllItsData() throws Exception {
        Path file = versionOneProject(dir);
        try (StcProject p = StcProject.open(file, TestProjects.NO_BACKUP)) {
            assertEquals(Schema.currentVersion(), p.database().schemaVersion(), "migrated to the current version");
            assertEquals("ok", p.database().integrityCheck());
            ProjectSnapshot s = p.snapshot();

            assertEquals(new Project(PROJECT, "Overgang til egen bolig – «v1» 😀", Language.NB,
                    "Hva opplever brukere som hjelpsomt?", List.of("Bolig?", "Relasjoner?"), "1. Fortell om flyttingen",
                    "Møte med veileder 3. mai", null, null, Instant.parse("2024-03-01T09:00:00Z"),
                    Instant.parse("2024-03-01T09:45:00Z")), s.project());
            assertEquals(List.of(new QuestionWording(Instant.parse("2024-03-01T09:05:00Z"), "research_question", "Hva hjelper?")),
                    s.questionHistory());
            assertEquals(List.of(Informant.of(EK1, "EK1", Map.of("alder", "34"))), s.informants());
            assertEquals(List.of(new Session(SESSION, "intervju-ek1", SessionKind.INDIVIDUAL, LocalDate.of(2024, 2, 20), 55,
                    "Kari", List.of(EK1), false, "Hjemme hos EK1")), s.sessions());
            assertEquals(List.of(new Transcript(TRANSCRIPT, SESSION, "intervju-ek1", TEXT, "intervju-ek1.txt", sha256(TEXT),
                    Instant.parse("2024-03-01T09:10:00Z"))), s.transcripts());
            assertEquals(Map.of(TRANSCRIPT, List.of(
                    new SpeakerTurn(0, 49, "I", SpeakerRole.INTERVIEWER, null),
                    new SpeakerTurn(50, 108, "EK1", SpeakerRole.INFORMANT, EK1),
                    new SpeakerTurn(109, 135, "I", SpeakerRole.INTERVIEWER, null),
                    new SpeakerTurn(136, 189, "EK1", SpeakerRole.INFORMANT, EK1))), s.turns());
            assertEquals(List.of(new TranscriptNote(NOTE, TRANSCRIPT, 77, "Sterkt inntrykk: nøkkelen",
                    Instant.parse("2024-03-01T09:15:00Z"))), s.notes());
            assertEquals(List.of(new PreliminaryTheme(THEME, "Å få nøkkel", "Eget sted å bo", 0,
                    List.of(new Span(TRANSCRIPT, 77, 88)))), s.themes());
            assertEquals(List.of(new CodeGroup(GROUP, "Trygghet", null, "Å ha et sted", "#4E79A7", 0, "", List.of(THEME))),
                    s.codeGroups());
            assertEquals(List.of(new Subgroup(SUBGROUP, GROUP, "Eget sted", 0, "Jeg fikk nøkkel til min egen leilighet.",
                    List.of(UNIT), "", List.of())), s.subgroups());
            MeaningUnit unit = new MeaningUnit(UNIT, TRANSCRIPT, 73, 107, EK1, "Nøkkelen som symbol",
                    Instant.parse("2024-03-01T09:35:00Z"), List.of(new Membership(GROUP, SUBGROUP)));
            assertEquals(List.of(unit), s.meaningUnits());
            assertEquals("jeg fikk nøkkel til egen leilighet", s.textOf(unit));
            assertEquals(List.of("jeg fikk nøkkel til egen leilighet|2"), query(file, "SELECT passage || '|' || line FROM meaning_unit"),
                    "version 5 stores each unit's words and line: filled for the units of an older file");
            assertEquals(List.of(new Quote(QUOTE, UNIT, GROUP, SUBGROUP, 77, 107, "fikk nøkkel til egen leilighet", null, 0)),
                    s.quotes());
            assertEquals(List.of("Create project", "Set research question", "Import transcript", "Add note", "Add theme",
                    "Add code group", "Add subgroup", "Add meaning unit", "Set condensate", "Choose quote"),
                    s.audit().stream().map(a -> a.action()).toList(), "the audit trail is kept, and the migration adds no line");
        }
    }

    /** A unit outside its text (a damaged file) keeps no passage, and the file still opens, to be rescued. */
    @Test
    void aUnitOutsideItsTextDoesNotStopAnOlderFileFromOpening() throws Exception {
        Path file = versionOneProject(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE meaning_unit SET end = 100000");
        }
        try (StcProject p = StcProject.openReadOnly(file)) {
            ProjectSnapshot s = p.snapshot();
            p.keepTextsShown(s, TRANSCRIPT); // as the window does
            assertEquals("", s.textOf(s.meaningUnits().get(0)), "read through a migrated copy in memory; the unit shown empty");
        }
        try (StcProject p = StcProject.open(file, TestProjects.NO_BACKUP)) {
            ProjectSnapshot s = p.snapshot();
            p.keepTextsShown(s, TRANSCRIPT);
            assertEquals(List.of(UNIT), s.meaningUnits().stream().map(MeaningUnit::id).toList());
            assertEquals("", s.textOf(s.meaningUnits().get(0)));
        }
        assertEquals(List.of("1"), query(file, "SELECT passage IS NULL FROM meaning_unit"));
    }

    @Test
    void aMigratedProjectTakesReviewCommentsAsUndoableSteps() throws Exception {
        Path file = versionOneProject(dir);
        try (StcProject p = StcProject.open(file, TestProjects.NO_BACKUP)) {
            assertEquals(org.kondens.core.model.Review.NONE, p.snapshot().review(), "a version-1 file has no review yet");
            var target = org.kondens.core.model.CommentTarget.of(org.kondens.core.model.CommentTarget.Kind.SUBGROUP, SUBGROUP);
            var c = assertUndoable(p, "Add comment", () -> p.reviews().comment(target, "Kari", "Er dette én subgruppe?"));
            assertUndoable(p, "Resolve comment", () -> p.reviews().resolve(c.id(), true));
            assertUndoable(p, "Send for review", () -> p.reviews().sendForReview(List.of("Kari"), ""));
            assertEquals("ok", p.database().integrityCheck());
        }
        try (StcProject p = StcProject.open(file, TestProjects.NO_BACKUP)) {
            assertEquals("Trygghet / Eget sted", p.snapshot().review().comments().getFirst().target().about());
            assertEquals("Jeg fikk nøkkel til min egen leilighet.", p.snapshot().review().lastRound().orElseThrow()
                    .text(org.kondens.core.model.CommentTarget.Kind.CONDENSATE, SUBGROUP).orElseThrow().text());
        }
    }

    @Test
    void aMigratedProjectIsEditableAndUndoCoversTheNewColumns() throws Exception {
        Path file = versionOneProject(dir);
        try (StcProject p = StcProject.open(file, TestProjects.NO_BACKUP)) {
            // The recorded undo SQL names version-1 columns: the migration clears the old steps.
            assertEquals(List.of(), p.database().undoSteps());
            assertTrue(p.undoName().isEmpty());

            // Level names are version-2 columns: undo must record them (triggers were rebuilt).
            assertUndoable(p, "Set level names", () -> p.setLevelNames("Tema", "Subtema"));
            assertEquals("Tema", p.project().groupLevelName());
            assertEquals("Subtema", p.project().subgroupLevelName());
            assertUndoable(p, "Set title", () -> p.setTitle("Overgang til egen bolig"));
            assertUndoable(p, "Rename code group", () -> p.renameCodeGroup(GROUP, "Trygg bolig"));
            MeaningUnit second = assertUndoable(p, "Add meaning unit",
                    () -> p.addMeaningUnit(TRANSCRIPT, 141, 166, List.of(new Membership(GROUP, SUBGROUP))));
            assertEquals(EK1, second.informantId(), "the informant comes from the version-1 speaker turns");
            assertUndoable(p, "Choose quote", () -> p.addQuote(second.id(), GROUP, SUBGROUP, null, null, null, null));
            assertUndoable(p, "Delete meaning unit", () -> p.deleteMeaningUnit(UNIT));
            assertUndoable(p, "Add theme", () -> p.addTheme("Å bli sett", ""));
            KondensException e = assertThrows(KondensException.class, () -> p.importTranscript(
                    new ImportedTranscript("kopi.txt", "kopi", TEXT, SpeakerDetector.detect(TEXT), List.of()), List.of()));
            assertEquals("kopi.txt: this text is already in the project as 'intervju-ek1'.", e.getMessage(),
                    "the version-1 hash still finds the transcript");
            assertEquals("ok", p.database().integrityCheck());
        }
        try (StcProject p = StcProject.open(file, TestProjects.NO_BACKUP)) {
            assertEquals(Schema.currentVersion(), p.database().schemaVersion());
            ProjectSnapshot s = p.snapshot();
            assertEquals("Overgang til egen bolig", s.project().title());
            assertEquals("Tema", s.project().groupLevelName());
            assertEquals("Trygg bolig", s.codeGroups().get(0).workingName());
            assertEquals(List.of("De så meg som et menneske"), s.meaningUnits().stream().map(s::textOf).toList());
            assertEquals(List.of("Å bli sett", "Å få nøkkel"),
                    s.themes().stream().map(PreliminaryTheme::name).sorted().toList());
            assertEquals(7, p.database().undoSteps().size(), "reopening a migrated file keeps its undo history");
            assertEquals("Add theme: Å bli sett", p.undoName().orElseThrow());
            for (int i = 0; i < 7; i++) {
                assertTrue(p.undo().isPresent());
            }
            assertTrue(p.undo().isEmpty(), "nothing from before the migration can be undone");
            assertEquals(TestProjects.withoutAudit(migratedButUntouched()), TestProjects.withoutAudit(p.snapshot()),
                    "undoing every edit after the migration gives back the migrated version-1 project");
        }
    }

    /** The fixture freshly migrated, nothing edited. */
    private ProjectSnapshot migratedButUntouched() throws Exception {
        try (StcProject p = StcProject.open(versionOneProject(dir, "referanse.kondens"), TestProjects.NO_BACKUP)) {
            return p.snapshot();
        }
    }

    @Test
    void theMigratedSchemaIsTheSchemaOfANewProject() throws Exception {
        Path old = versionOneProject(dir);
        StcProject.open(old, TestProjects.NO_BACKUP).close();
        Path created = dir.resolve("ny.kondens");
        StcProject.create(created, "Ny", Language.EN).close();
        String schema = "SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || IFNULL(sql, '') FROM sqlite_master";
        assertEquals(new TreeSet<>(query(created, schema)), new TreeSet<>(query(old, schema)),
                "tables, columns, indexes and undo triggers of a migrated file equal those of a new one");
        assertEquals(query(created, "SELECT version FROM schema_version"), query(old, "SELECT version FROM schema_version"));
        assertEquals(query(created, "PRAGMA application_id"), query(old, "PRAGMA application_id"));
    }

    @Test
    void openingAnOldProjectBacksItUpBeforeMigrating() throws Exception {
        Path file = versionOneProject(dir);
        Instant t = Instant.parse("2031-01-02T03:04:05Z");
        ProjectSnapshot migrated;
        try (StcProject p = StcProject.open(file, new ProjectDatabase.OpenOptions(true, Duration.ofMinutes(10),
                Clock.fixed(t, ZoneOffset.UTC)))) {
            migrated = p.snapshot();
        }
        List<Path> backups = Backups.list(file);
        assertEquals(1, backups.size());
        Path backup = backups.get(0);
        assertEquals(List.of("1"), query(backup, "SELECT version FROM schema_version"),
                "the backup is the file as it was before the migration");
        assertEquals(List.of("ok"), query(backup, "PRAGMA integrity_check"));
        assertFalse(query(backup, "SELECT name FROM pragma_table_info('project')").contains("group_level_name"));
        try (StcProject copy = StcProject.open(backup, TestProjects.NO_BACKUP)) {
            assertEquals(migrated, copy.snapshot(), "and it opens, migrated, to the same project");
        }
    }

    @Test
    void aKondensFileWithoutAVersionIsRefused() throws Exception {
        Path file = versionOneProject(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM schema_version");
        }
        KondensException e = assertThrows(KondensException.class, () -> StcProject.open(file, TestProjects.NO_BACKUP));
        // Gap: unlike every other refusal, this message does not name the file.
        assertEquals("The project file has no schema version.", e.getMessage());
        assertEquals(List.of(), query(file, "SELECT version FROM schema_version"), "nothing was migrated");
    }

    static List<String> query(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
