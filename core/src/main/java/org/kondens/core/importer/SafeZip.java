package org.kondens.core.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;

/**
 * Reads parts of an archive (.docx, .odt, .qdpx) without trusting it: too many entries, entry
 * names that climb out of the archive (zip-slip), two entries for one name, parts that inflate
 * more than {@link #MAX_RATIO} times their packed size or beyond {@link #MAX_PART_BYTES}, and
 * archives that inflate beyond {@link #MAX_TOTAL_BYTES} are refused (zip bombs; counted while
 * inflating, since the sizes in the headers can lie). Every part must match its checksum, so
 * a part read again ({@link #readAgain}, which has a budget of its own) gives the same bytes.
 */
public final class SafeZip implements AutoCloseable {

    static final int MAX_ENTRIES = 10_000;
    /** No document.xml or content.xml of a real transcript comes near this. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    /** All parts read together; a REFI-QDA project with many transcripts stays far below. */
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    /**
     * Inflated bytes per packed byte, as Apache POI's ZipSecureFile allows (its minimum inflate
     * ratio 0.01). Real XML packs 5–20 times; a run of zeros packs a thousand times.
     */
    static final int MAX_RATIO = 100;
    /**
     * How many times the archive's limit {@link #readAgain} may inflate: another tool's file is
     * read about eight times over when its texts do not all stay in memory (how it counts
     * positions is tried four ways), so a 2 GB budget per pass at the limit.
     */
    static final int MAX_AGAIN_FACTOR = 16;
    /** Below this a part is too small to hurt, whatever its ratio (tiny, repetitive XML parts pack well). */
    static final long RATIO_CHECKED_FROM = 1024L * 1024;

    private final String name;
    private final ZipFile zip;
    private long total;
    /** What {@link #readAgain} inflated, which an archive's own size does not bound, and how much it may. */
    private long again;
    private long againBudget = MAX_AGAIN_FACTOR * MAX_TOTAL_BYTES;

    private SafeZip(String name, ZipFile zip) {
        this.name = name;
        this.zip = zip;
    }

    /** Opens {@code file}; {@code what} names the expected kind in messages ("Word document (.docx)"). */
    public static SafeZip open(Path file, Term what) {
        String name = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new KondensException(e, Problem.ZIP_DAMAGED, name, what);
        } catch (IOException e) {
            throw new KondensException(e, Problem.IMPORT_CANNOT_READ, name, e.getMessage());
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
            throw new KondensException(Problem.ZIP_TOO_MANY_ENTRIES, name, zip.size());
        }
        Map<String, String> seen = new HashMap<>();
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
            String raw = en.nextElement().getName();
            String entry = raw.replace('\\', '/');
            if (entry.startsWith("/") || entry.contains("../") || entry.equals("..") || entry.endsWith("/..")
                    || entry.matches("^[A-Za-z]:.*")) {
                throw new KondensException(Problem.ZIP_PATH_OUTSIDE, name, shown(entry));
            }
            // Two entries for one part: Java reads one, Word or LibreOffice may show the other. find()
            // ignores case and '\\', so names that differ only in those (or in "./" steps) are one part.
            String earlier = seen.putIfAbsent(samePart(entry), raw);
            if (earlier != null) {
                throw new KondensException(Problem.ZIP_TWO_ENTRIES, name, shown(earlier), shown(raw));
            }
        }
    }

    /** The part an entry name stands for: '/' separators, no empty or "." steps, no case. */
    private static String samePart(String entry) {
        return Arrays.stream(entry.split("/")).filter(step -> !step.isEmpty() && !step.equals("."))
                .collect(Collectors.joining("/")).toLowerCase(Locale.ROOT);
    }

    /** An entry name fit for a one-line message. */
    private static String shown(String entry) {
        return entry.replaceAll("\\p{Cntrl}", "?");
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
        return inflate(entry, true);
    }

    private byte[] inflate(ZipEntry entry, boolean counted) {
        // The central directory's packed size bounds what the inflater may consume, so the ratio
        // against it holds even when the header's unpacked size lies.
        long packed = Math.max(1, entry.getCompressedSize());
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long n = 0;
            for (int r = in.read(buffer); r != -1; r = in.read(buffer)) {
                n += r;
                if (n > MAX_PART_BYTES) {
                    throw new KondensException(Problem.ZIP_PART_TOO_LARGE, name, shown(entry.getName()), MAX_PART_BYTES / (1024 * 1024));
                }
                if (n > RATIO_CHECKED_FROM && n > MAX_RATIO * packed) {
                    throw new KondensException(Problem.ZIP_PART_RATIO, name, shown(entry.getName()), MAX_RATIO, packed);
                }
                if (counted && total + n > MAX_TOTAL_BYTES) {
                    throw new KondensException(Problem.ZIP_TOO_LARGE, name, MAX_TOTAL_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, r);
            }
            if (counted) {
                total += n;
            }
            byte[] bytes = out.toByteArray();
            checkCrc(entry, bytes);
            return bytes;
        } catch (ZipException e) {
            throw new KondensException(e, Problem.ZIP_BROKEN, name, e.getMessage());
        } catch (IOException e) {
            throw new KondensException(e, Problem.ZIP_CANNOT_READ, name, e.getMessage());
        }
    }

    /**
     * A part read once already, read again (an import that holds only the texts it uses last reads
     * a source's text again when it writes it). It counts toward its own budget, {@value
     * #MAX_AGAIN_FACTOR} times the archive's limit, so that a file made to be read again and
     * again still ends in one clear line.
     */
    public byte[] readAgain(ZipEntry entry) {
        byte[] bytes = inflate(entry, false);
        again += bytes.length;
        if (again > againBudget) {
            throw new KondensException(Problem.ZIP_READ_TOO_OFTEN, name, againBudget / (1024 * 1024));
        }
        return bytes;
    }

    /** A smaller budget for {@link #readAgain}, so that a test's small archive reaches it. */
    SafeZip withAgainBudget(long bytes) {
        againBudget = bytes;
        return this;
    }

    /** The bytes must be the ones the archive was written with: a part read again must give the same text. */
    private void checkCrc(ZipEntry entry, byte[] bytes) {
        if (entry.getCrc() == -1) {
            return;
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        if (crc.getValue() != entry.getCrc()) {
            throw new KondensException(Problem.ZIP_PART_CHECKSUM, name, shown(entry.getName()));
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
