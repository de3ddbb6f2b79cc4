package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;

/**
 * The project files open in this JVM, by file identity, so the same file is never opened twice
 * (under any path to it). A file open here is never read by our own code with plain Java IO
 * (not even to check its header) while it is open.
 */
final class OpenHere {

    private static final Set<Object> FILES = ConcurrentHashMap.newKeySet();

    private OpenHere() {
    }

    /** The file's identity (device and inode where the OS has them), read without opening it. */
    static Object keyOf(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key != null ? key : file.toRealPath();
    }

    /** Marks a file open; false if it already was. */
    static boolean add(Object key) {
        return FILES.add(key);
    }

    static void remove(Object key) {
        FILES.remove(key);
    }

    /** True when {@code file} (any path to it) is a project open in this JVM. */
    static boolean contains(Path file) {
        try {
            return Files.exists(file) && FILES.contains(keyOf(file));
        } catch (IOException e) {
            return false;
        }
    }

    static KondensException alreadyOpen(Path file) {
        return new KondensException(Problem.ALREADY_OPEN, file);
    }
}
