package org.kondens.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that only their owner may read: transcripts are health data, so the project,
 * its backups, its lock, the search index and every export are created 0600 / 0700 on POSIX
 * systems (elsewhere the folder's own access rules apply).
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates a new, empty file readable by its owner only; fails if anything is at {@code file}. */
    public static Path createFile(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        return Files.createFile(file);
    }

    /** Creates {@code folder} (and its parents) if missing; a folder we create is owner-only. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolder(parent);
        }
        try {
            if (posix(parent)) {
                return Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            }
            return Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(folder)) {
                return folder; // made at the same moment by another thread or process
            }
            throw e;
        }
    }

    /** Makes an existing file or folder owner-only (best effort: a foreign file system may refuse). */
    public static void restrict(Path path) {
        try {
            if (posix(path)) {
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not ours to change (another owner, a FAT stick): the folder's own rules apply.
        }
    }

    /**
     * True when we must not write {@code path}: the OS says so, or its owner has taken away the
     * owner's write bit. The bit is asked for separately because root (CI, some lab machines)
     * may write anything, and a user who made a project read-only means it even then.
     */
    public static boolean isReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            return posix(path) && !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean posix(Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
