package org.kondens.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.PlainErrors;
import org.kondens.core.Problem;
import org.kondens.core.Term;

/**
 * Where an export or a copy of a project may be written. A mistyped {@code --out} or a careless
 * "Save as…" must never replace the analysis: so nothing is written over a project (open here,
 * any {@code .kondens} file, any SQLite database), into a project's backups, over its side files
 * (journal, lock), or over a file its owner made read-only. Checked before anything is written.
 */
public final class WriteTargets {

    private static final Pattern SIDE_FILE = Pattern.compile("(?i).*\\.kondens(-journal|-wal|-shm|\\.lock)");
    private static final Pattern SQLITE_SIDE_FILE = Pattern.compile("(?i)(.+)(-journal|-wal|-shm)");
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WriteTargets() {
    }

    /** Refuses an export target that is not a plain file of the user's (see the class comment). */
    public static void checkExport(Path out) {
        if (isKondensName(out)) {
            throw refuse(out, Term.SAVE_AS_PROJECT_TYPE);
        }
        checkPlace(out);
        checkNotAProject(out);
        if (Files.exists(out) && isReadOnly(out)) {
            throw refuse(out, Term.SAVE_OVER_READ_ONLY);
        }
    }

    /** Refuses a target for "Save a copy": a copy is always a new file, never written over anything. */
    public static void checkNewCopy(Path out) {
        checkPlace(out);
        if (ProjectDatabase.isOpenHere(out.toAbsolutePath())) {
            throw refuse(out, Term.SAVE_OVER_OPEN_PROJECT);
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(out, Term.SAVE_OVER_EXISTING);
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new KondensException(Problem.CANNOT_WRITE, name(out), Term.FOLDER_DOES_NOT_EXIST.of(folder));
        }
    }

    /** The message for a failed write of {@code out}: the file and why, never a guess. */
    public static KondensException cannotWrite(Path out, IOException e) {
        Path folder = out.toAbsolutePath().getParent();
        Object why = PlainErrors.reason(e).<Object>map(words -> switch (words) {
            case PERMISSION_DENIED -> Term.PERMISSION_DENIED_IN.of(folder);
            case NO_SUCH_FILE -> Term.FOLDER_DOES_NOT_EXIST.of(folder);
            case IS_A_FOLDER -> Term.THAT_IS_A_FOLDER;
            default -> words;
        }).orElseGet(() -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return new KondensException(e, Problem.CANNOT_WRITE, name(out), why);
    }

    /** Not a folder, not among a project's own files, and its folder is not a file. */
    private static void checkPlace(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw refuse(out, Term.SAVE_ONTO_FOLDER);
        }
        if (inBackups(absolute)) {
            throw refuse(out, Term.SAVE_IN_BACKUPS);
        }
        if (isSideFile(absolute)) {
            throw refuse(out, Term.SAVE_OVER_SIDE_FILE);
        }
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw refuse(out, Term.SAVE_UNDER_FILE.of(p));
                }
                break;
            }
        }
    }

    /** Not a project, open here or not, by whatever name or link. */
    private static void checkNotAProject(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        if (ProjectDatabase.isOpenHere(absolute)) {
            throw refuse(out, Term.SAVE_OVER_OPEN_PROJECT);
        }
        // Read only after the check above: reading a project open here would drop its lock.
        if (Files.isRegularFile(absolute) && isSqlite(absolute)) {
            throw refuse(out, Term.SAVE_OVER_DATABASE);
        }
    }

    private static boolean isKondensName(Path out) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kondens");
    }

    /** The backups folder itself, anything in it, also when reached through a link. */
    private static boolean inBackups(Path absolute) {
        if (underBackups(absolute)) {
            return true;
        }
        Path parent = absolute.getParent();
        try {
            return parent != null && Files.isDirectory(parent) && underBackups(parent.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean underBackups(Path path) {
        for (Path p = path; p != null && p.getFileName() != null; p = p.getParent()) {
            if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kondens.backups")) {
                return true;
            }
        }
        return false;
    }

    /** {@code P.kondens-journal}, {@code P.kondens.lock} …, and the journal of a project with another name. */
    private static boolean isSideFile(Path absolute) {
        String name = absolute.getFileName().toString();
        if (SIDE_FILE.matcher(name).matches()) {
            return true;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".lock")
                && Files.exists(absolute.resolveSibling(name.substring(0, name.length() - 5) + ".kondens"))) {
            return true;
        }
        var m = SQLITE_SIDE_FILE.matcher(name);
        if (m.matches()) {
            Path base = absolute.resolveSibling(m.group(1));
            return ProjectDatabase.isOpenHere(base) || (Files.isRegularFile(base) && isSqlite(base));
        }
        return false;
    }

    private static boolean isSqlite(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Read-only for its owner: the owner-write bit, not only isWritable (which is always true for root). */
    private static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            return posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static String name(Path out) {
        return out.getFileName() == null ? out.toString() : out.getFileName().toString();
    }

    private static KondensException refuse(Path out, Localizable why) {
        return new KondensException(Problem.CANNOT_SAVE, name(out), why);
    }
}
