package org.kondens.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;

/**
 * Reads a transcript file of any supported kind. The file's first bytes are checked against
 * its name, so a renamed or encrypted file gets a message that says what it really is. Every
 * refusal is a {@link KondensException} whose message starts with the file name.
 */
public final class TranscriptFiles {

    /** The file types import accepts, for file choosers and help texts. */
    public static final List<String> EXTENSIONS = List.of("docx", "odt", "txt", "pdf");
    /** A plain-text transcript of a two-hour interview is under 1 MB; anything near this is not one. */
    public static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;
    /** Word, LibreOffice and PDF files may carry pictures, so they get more room. */
    public static final long MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private TranscriptFiles() {
    }

    public static boolean isSupported(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    public static ImportedTranscript read(Path file) {
        String name = file.getFileName().toString();
        String ext = extension(file);
        long size = size(file, name);
        if (size == 0) {
            throw new KondensException(Problem.IMPORT_EMPTY_FILE, name);
        }
        switch (ext) {
            case "rtf" -> throw new KondensException(Problem.IMPORT_RTF, name);
            case "doc" -> throw new KondensException(Problem.IMPORT_OLD_WORD, name);
            case "docx", "odt", "pdf", "txt" -> {
            }
            default -> throw ext.isEmpty() ? new KondensException(Problem.IMPORT_NO_EXTENSION, name)
                    : new KondensException(Problem.IMPORT_UNKNOWN_TYPE, name, ext);
        }
        long cap = ext.equals("txt") ? MAX_TEXT_BYTES : MAX_DOCUMENT_BYTES;
        if (size > cap) {
            throw new KondensException(Problem.IMPORT_TOO_LARGE, name, size / (1024 * 1024), ext, cap / (1024 * 1024));
        }
        byte[] head = head(file, name);
        return switch (ext) {
            case "docx" -> {
                archive(file, name, head, Term.WORD_DOCUMENT_DOCX);
                yield DocxReader.read(file);
            }
            case "odt" -> {
                archive(file, name, head, Term.ODT_DOCUMENT_ODT);
                yield OdtReader.read(file);
            }
            case "pdf" -> {
                if (!startsWith(head, PDF)) {
                    throw new KondensException(Problem.IMPORT_NOT_PDF, name);
                }
                yield PdfReader.read(file);
            }
            default -> {
                if (startsWith(head, ZIP) || startsWith(head, OLE2) || startsWith(head, PDF)) {
                    throw new KondensException(Problem.IMPORT_BINARY_AS_TEXT, name);
                }
                yield TextFileImporter.read(name, readAll(file, name));
            }
        };
    }

    /** Checks that a .docx/.odt is a zip; an encrypted one is an OLE2 container instead. */
    private static void archive(Path file, String name, byte[] head, Term what) {
        if (startsWith(head, ZIP)) {
            return;
        }
        if (startsWith(head, OLE2)) {
            if (isEncryptedOffice(file)) {
                throw new KondensException(Problem.IMPORT_PASSWORD, name);
            }
            throw new KondensException(Problem.IMPORT_OLD_WORD_RENAMED, name);
        }
        throw new KondensException(Problem.IMPORT_NOT_ZIP, name, what);
    }

    /** Encrypted .docx/.odt files are OLE2 containers holding an "EncryptedPackage" stream. */
    private static boolean isEncryptedOffice(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(8 * 1024 * 1024);
            byte[] marker = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
            for (int i = 0; i + marker.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long size(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new KondensException(Problem.IMPORT_FOLDER, name);
            }
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new KondensException(e, Problem.IMPORT_NO_FILE, name);
        } catch (IOException e) {
            throw new KondensException(e, Problem.IMPORT_CANNOT_READ, name, e.getMessage());
        }
    }

    private static byte[] head(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new KondensException(e, Problem.IMPORT_CANNOT_READ, name, e.getMessage());
        }
    }

    private static byte[] readAll(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KondensException(e, Problem.IMPORT_CANNOT_READ, name, e.getMessage());
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
