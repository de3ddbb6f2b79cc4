package org.kondens.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.kondens.core.KondensException;

/**
 * Reads parts of an archive (.docx, .odt, .qdpx) without trusting it: too many entries, entry
 * names that climb out of the archive (zip-slip), parts that inflate beyond {@link #MAX_PART_BYTES}
 * and archives that inflate beyond {@link #MAX_TOTAL_BYTES} (zip bombs; counted while inflating,
 * since the sizes in the headers can lie) are refused.
 */
public final class SafeZip implements AutoCloseable {

    static final int MAX_ENTRIES = 10_000;
    /** No document.xml or content.xml of a real transcript comes near this. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    /** All parts read together; a REFI-QDA project with many transcripts stays far below. */
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

    private final String name;
    private final ZipFile zip;
    private long total;

    private SafeZip(String name, ZipFile zip) {
        this.name = name;
        this.zip = zip;
    }

    /** Opens {@code file}; {@code what} names the expected kind in messages ("Word document (.docx)"). */
    public static SafeZip open(Path file, String what) {
        String name = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new KondensException(name + ": not a valid " + what + " (the archive is damaged or not a zip file).", e);
        } catch (IOException e) {
            throw new KondensException(name + ": cannot read the file (" + e.getMessage() + ").", e);
        }
        SafeZip safe = new SafeZip(name, zip);
        try {
            safe.checkEntries();
        } catch (RuntimeException e) {
            safe.close();
            throw e;
        }
        return safe;
    }

    private void checkEntries() {
        if (zip.size() > MAX_ENTRIES) {
            throw new KondensException(name + ": the archive has " + zip.size() + " entries; refused as unsafe.");
        }
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
            String entry = en.nextElement().getName().replace('\\', '/');
            if (entry.startsWith("/") || entry.contains("../") || entry.equals("..") || entry.endsWith("/..")
                    || entry.matches("^[A-Za-z]:.*")) {
                throw new KondensException(name + ": the archive contains the path '" + entry
                        + "' that points outside it; refused as unsafe.");
            }
        }
    }

    public boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** The names of all entries, for notices about parts we leave out. */
    public java.util.List<String> names() {
        return zip.stream().map(ZipEntry::getName).toList();
    }

    /** The entry named {@code part}, also when another tool wrote it in other case or with '\\' ("Sources/"). */
    public Optional<ZipEntry> find(String part) {
        ZipEntry exact = zip.getEntry(part);
        if (exact != null) {
            return Optional.of(exact);
        }
        String want = part.toLowerCase(java.util.Locale.ROOT);
        return zip.stream().<ZipEntry>map(e -> e)
                .filter(e -> e.getName().replace('\\', '/').toLowerCase(java.util.Locale.ROOT).equals(want)).findFirst();
    }

    /** The part's bytes, or empty if the archive has no such part. */
    public Optional<byte[]> read(String part) {
        ZipEntry entry = zip.getEntry(part);
        return entry == null ? Optional.empty() : Optional.of(read(entry));
    }

    public byte[] read(ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_PART_BYTES + 1);
            if (bytes.length > MAX_PART_BYTES) {
                throw new KondensException(name + ": the part " + entry.getName() + " expands to more than "
                        + MAX_PART_BYTES / (1024 * 1024) + " MB; refused as a possible zip bomb.");
            }
            total += bytes.length;
            if (total > MAX_TOTAL_BYTES) {
                throw new KondensException(name + ": the archive expands to more than " + MAX_TOTAL_BYTES / (1024 * 1024)
                        + " MB; refused as a possible zip bomb.");
            }
            return bytes;
        } catch (ZipException e) {
            throw new KondensException(name + ": the archive is damaged (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new KondensException(name + ": cannot read the archive (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Nothing was written; a failing close of a read-only archive loses nothing.
        }
    }
}
