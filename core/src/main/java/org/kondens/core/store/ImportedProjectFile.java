package org.kondens.core.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * An imported project (JSON, REFI-QDA) written whole into a new file, every id kept. Either the
 * whole project is written or, on any problem, no file is left behind.
 */
final class ImportedProjectFile {

    private ImportedProjectFile() {
    }

    /**
     * Writes {@code project} into the new file {@code out}; {@code source} names the imported file in
     * messages; {@code record}, when given, goes into the import log.
     */
    static void write(Path out, ProjectSnapshot project, String source, org.kondens.core.model.ImportRecord record) {
        write(out, source, r -> {
            insertAll(r, project);
            if (record != null) {
                r.insertImportRecord(record);
            }
        });
    }

    /**
     * Writes into the new file {@code out} what {@code insert} inserts, a part at a time (a JSON
     * restore reads its file as it writes). References are checked once, when all is in.
     */
    static void write(Path out, String source, Consumer<ProjectRepository> insert) {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new KondensException(Problem.FILE_EXISTS, out);
        }
        boolean done = false;
        try (ProjectDatabase db = ProjectDatabase.create(out)) {
            db.restore(sql -> {
                // Subgroups name units (condensate sources) that come after them, replies their threads.
                sql.update("PRAGMA defer_foreign_keys = ON");
                insert.accept(new ProjectRepository(sql));
                return null;
            });
            done = true;
        } catch (RuntimeException e) {
            if (e instanceof KondensException) {
                throw e;
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new KondensException(e, Problem.NOT_IMPORTED, source, root.getMessage());
        } finally {
            if (!done) {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    ProjectOpening.deleteQuietly(out.resolveSibling(out.getFileName() + suffix));
                }
            }
        }
    }

    /** Writes a whole project into an empty file, keeping every id (JSON and REFI-QDA restore). */
    private static void insertAll(ProjectRepository r, ProjectSnapshot s) {
        r.insertProject(s.project());
        s.questionHistory().forEach(r::addQuestionWording);
        s.informants().forEach(r::insertInformant);
        s.sessions().forEach(r::insertSession);
        for (Transcript t : s.transcripts()) {
            r.insertTranscript(t, s.turns().getOrDefault(t.id(), List.of()));
        }
        s.notes().forEach(r::insertNote);
        s.themes().forEach(r::insertTheme);
        s.codeGroups().forEach(r::insertCodeGroup);
        s.subgroups().forEach(r::insertSubgroup);
        s.meaningUnits().forEach(r::insertMeaningUnit);
        s.quotes().forEach(r::insertQuote);
        s.audit().forEach(r::insertAudit);
        r.insertReview(s.review());
    }
}
