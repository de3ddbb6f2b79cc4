package org.kondens.core.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
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
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new KondensException(Problem.FILE_EXISTS, out);
        }
        boolean done = false;
        try (ProjectDatabase db = ProjectDatabase.create(out)) {
            db.restore(sql -> {
                ProjectRepository r = new ProjectRepository(sql);
                insertAll(r, project);
                if (record != null) {
                    r.insertImportRecord(record);
                }
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

    /**
     * Writes a whole project into an empty file, keeping every id (JSON and REFI-QDA restore).
     * Subgroups refer to units (condensate sources) and units to subgroups (membership): groups
     * and subgroups go in bare, then units, then the links between them.
     */
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
        for (Subgroup sub : s.subgroups()) {
            r.insertSubgroup(new Subgroup(sub.id(), sub.codeGroupId(), sub.name(), sub.order(), sub.condensate(), List.of(),
                    sub.analyticText(), sub.grewFrom()));
        }
        s.meaningUnits().forEach(r::insertMeaningUnit);
        s.subgroups().forEach(sub -> r.setCondensateSources(sub.id(), sub.condensateSources()));
        s.quotes().forEach(r::insertQuote);
        s.audit().forEach(r::insertAudit);
        // Threads before their replies, whatever the order in the file.
        s.review().comments().stream().filter(c -> !c.isReply()).forEach(r::insertComment);
        s.review().comments().stream().filter(c -> c.isReply()).forEach(r::insertComment);
        s.review().suggestions().forEach(r::insertSuggestion);
        s.review().rounds().forEach(r::insertRound);
    }
}
