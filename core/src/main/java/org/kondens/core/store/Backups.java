package org.kondens.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.Backup;
import org.kondens.core.PrivateFiles;

/**
 * Rolling backups beside the project: {@code <name>.kondens.backups/<name>-<time>.kondens}.
 *
 * <p>A backup is made only of a project that passes SQLite's quick check, with SQLite's backup
 * API (a consistent copy even of a busy file), into a hidden temporary file that is moved into
 * place when it is complete: a kill or a full disk never leaves a half backup that counts as the
 * newest. So every listed backup was sound when it was made, and rotating out the oldest never
 * loses the newest good one. The newest {@link #KEEP} are kept.
 *
 * <p>A backup is skipped when the newest one already holds what the project holds: both have
 * the same {@link #stamp stamp}. Copying an unchanged 300 MB project on every open would cost
 * seconds and push older, different backups out for nothing.
 */
public final class Backups {

    public static final int KEEP = 5;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".partial";

    private Backups() {
    }

    public static Path folderOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".backups");
    }

    /** The backups of a project, oldest first (hidden temporary files are not backups). */
    public static List<Path> list(Path project) {
        Path folder = folderOf(project);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".kondens") && !name.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** True when the newest backup is at least {@code minInterval} old, or there is none. */
    static boolean due(Path project, Clock clock, Duration minInterval) {
        List<Path> existing = list(project);
        if (existing.isEmpty()) {
            return true;
        }
        try {
            Instant newest = Files.getLastModifiedTime(existing.get(existing.size() - 1)).toInstant();
            return Duration.between(newest, clock.instant()).compareTo(minInterval) >= 0;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * A cheap fingerprint of what a project holds, equal for a project and a backup copied from
     * it: the schema version, the counters of the audit trail and undo log (every edit, undo and
     * redo adds to them, and they never go back), the undo steps left, and the file's page and
     * free-page counts. A handful of lookups, whatever the project's size. A difference the stamp
     * does not see can only come from writing the file outside Kondens; a difference it sees
     * where there is none only costs a backup.
     */
    static String stamp(Sql s) {
        return s.first("""
                SELECT (SELECT group_concat(version) FROM schema_version)
                  || '|' || coalesce((SELECT group_concat(name || '=' || seq) FROM (SELECT name, seq FROM sqlite_sequence ORDER BY name)), '')
                  || '|' || (SELECT count(*) || '/' || coalesce(sum(undone), 0) FROM undo_step)
                  || '|' || (SELECT page_count FROM pragma_page_count()) || '/' || (SELECT freelist_count FROM pragma_freelist_count())
                """, rs -> rs.getString(1)).orElse("");
    }

    /** True when the newest backup of the open project {@code db} already holds what the project holds. */
    static boolean newestHolds(ProjectDatabase db) {
        String stamp;
        try {
            stamp = db.read(Backups::stamp);
        } catch (RuntimeException e) {
            return false; // no stamp to compare: back up, as before stamps
        }
        return newestHolds(db.file(), stamp);
    }

    /** True when the newest backup of {@code project} has {@code stamp}. */
    static boolean newestHolds(Path project, String stamp) {
        List<Path> existing = list(project);
        if (existing.isEmpty() || stamp.isEmpty()) {
            return false;
        }
        try (Connection c = ProjectOpening.openConnection(existing.get(existing.size() - 1), true)) {
            return stamp.equals(stamp(new Sql(c)));
        } catch (SQLException | RuntimeException e) {
            return false; // an unreadable newest backup holds nothing we can count on
        }
    }

    /** Backs up the open project {@code db} (already checked by the caller) and rotates. */
    static Path make(ProjectDatabase db, Clock clock) throws IOException {
        Path project = db.file();
        Path folder = PrivateFiles.createFolder(folderOf(project));
        removeLeftovers(folder);
        String name = baseName(project) + "-" + STAMP.format(clock.instant()) + ".kondens";
        Path temp = folder.resolve("." + name + PARTIAL);
        Path target = folder.resolve(name);
        boolean done = false;
        try {
            PrivateFiles.createFile(temp);
            ProjectCopy.into(db, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-journal"));
            }
        }
        prune(project);
        return target;
    }

    /** Half-written backups of a killed or failed earlier run (we hold the project's lock). */
    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().contains(PARTIAL)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void prune(Path project) throws IOException {
        List<Path> existing = list(project);
        for (int i = 0; i < existing.size() - KEEP; i++) {
            Files.deleteIfExists(existing.get(i));
        }
    }

    /** Every backup, newest first, each opened read-only and checked, with what it holds. */
    public static List<Backup> describe(Path project) {
        List<Backup> out = new ArrayList<>();
        for (Path file : list(project).reversed()) {
            out.add(inspect(file));
        }
        return out;
    }

    /** The newest backup that opens and passes the check, if any. */
    public static Optional<Backup> newestGood(Path project) {
        for (Path file : list(project).reversed()) {
            Backup b = inspect(file);
            if (b.sound()) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Opens {@code file} read-only (not a byte written) and checks it. */
    public static Backup inspect(Path file) {
        Instant time = timeOf(file);
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.OpenOptions.readOnly())) {
            String check = db.quickCheck();
            int[] counts = db.read(s -> new int[] {
                count(s, "transcript"), count(s, "meaning_unit"), count(s, "code_group")});
            boolean sound = "ok".equals(check);
            return new Backup(file, time, sound, counts[0], counts[1], counts[2], sound ? null : check);
        } catch (RuntimeException e) {
            return new Backup(file, time, false, 0, 0, 0, e.getMessage());
        }
    }

    private static int count(Sql s, String table) {
        return s.first("SELECT count(*) FROM " + table, rs -> rs.getInt(1)).orElse(0);
    }

    /**
     * Puts {@code backup} in the place of {@code project}, which must not be open anywhere. The
     * current file is moved aside into the backups folder (never deleted), together with any
     * {@code -journal} of it: an old journal applied to the restored copy would corrupt it.
     *
     * @return where the replaced file was kept, or null when there was none
     */
    public static Path restore(Path project, Path backup, Clock clock) {
        Backup chosen = inspect(backup);
        if (!chosen.sound()) {
            throw new KondensException(Problem.BACKUP_UNUSABLE, backup, chosen.problem());
        }
        if (ProjectDatabase.isOpenHere(project)) {
            throw OpenHere.alreadyOpen(project);
        }
        try (ProjectLock lock = ProjectLock.tryAcquire(project)) {
            if (lock == null) {
                throw OpenHere.alreadyOpen(project);
            }
            return putInPlace(project, backup, clock);
        } catch (IOException e) {
            throw new KondensException(e, Problem.RESTORE_FAILED, project, backup.getFileName(), StoreFailures.reason(e));
        }
    }

    private static Path putInPlace(Path project, Path backup, Clock clock) throws IOException {
        Path folder = PrivateFiles.createFolder(folderOf(project));
        Path temp = project.resolveSibling("." + project.getFileName() + ".restoring");
        Files.deleteIfExists(temp);
        PrivateFiles.createFile(temp);
        try (FileChannel in = FileChannel.open(backup, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += out.transferFrom(in, done, size - done);
            }
            out.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Path aside = folder.resolve(baseName(project) + "-replaced-" + STAMP.format(clock.instant()) + ".kondens.old");
        List<String[]> moved = new ArrayList<>();
        try {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                Path from = project.resolveSibling(project.getFileName() + suffix);
                if (Files.exists(from)) {
                    Files.move(from, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                    moved.add(new String[] {suffix});
                }
            }
            Files.move(temp, project, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            for (String[] m : moved) { // put the old file back as it was
                Files.move(aside.resolveSibling(aside.getFileName() + m[0]),
                        project.resolveSibling(project.getFileName() + m[0]), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(temp);
            throw e;
        }
        return moved.isEmpty() ? null : aside;
    }

    /**
     * "P is damaged (…)", with the newest good backup and the command that restores it — or,
     * without one, how to save what can still be read.
     */
    public static Message damaged(Path project, Localizable detail) {
        Localizable shown = detail == null ? l -> "" : l -> " (" + detail.text(l) + ")";
        return Message.of(Problem.DAMAGED, project, shown, restoreHint(project));
    }

    /** " The newest good backup is … restore it with: kondens restore …", or "" without backups. */
    static Localizable restoreHint(Path project) {
        Optional<Backup> good = newestGood(project);
        if (good.isPresent()) {
            return Term.RESTORE_HINT.of(good.get().file().getFileName(), good.get().shownTime(), project);
        }
        return list(project).isEmpty() && !Files.isDirectory(folderOf(project)) ? l -> ""
                : Term.NO_GOOD_BACKUP;
    }

    private static String baseName(Path project) {
        return project.getFileName().toString().replaceFirst("\\.kondens$", "");
    }

    private static Instant timeOf(Path backup) {
        String name = backup.getFileName().toString();
        if (name.length() > "yyyyMMdd-HHmmss-SSS.kondens".length()) {
            String stamp = name.substring(name.length() - "yyyyMMdd-HHmmss-SSS.kondens".length(), name.length() - ".kondens".length());
            try {
                return Instant.from(STAMP.parse(stamp));
            } catch (DateTimeParseException e) {
                // not one of our names: use the file's time
            }
        }
        try {
            return Files.getLastModifiedTime(backup).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
