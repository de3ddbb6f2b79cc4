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
            throw new KondensException(name + ": the file is empty.");
        }
        switch (ext) {
            case "rtf" -> throw new KondensException(name + ": RTF files are not imported; open it in Word or LibreOffice "
                    + "and save it as .docx (that keeps every word and bold speaker names).");
            case "doc" -> throw new KondensException(name + ": this is the old Word 97–2003 format; open it in Word or "
                    + "LibreOffice and save it as .docx.");
            case "docx", "odt", "pdf", "txt" -> {
            }
            default -> throw new KondensException(name + ": cannot import '" + (ext.isEmpty() ? "files without an extension" : "." + ext)
                    + "'; Kondens imports .docx, .odt, .txt and .pdf.");
        }
        long cap = ext.equals("txt") ? MAX_TEXT_BYTES : MAX_DOCUMENT_BYTES;
        if (size > cap) {
            throw new KondensException(name + ": the file is " + size / (1024 * 1024) + " MB; " + ext + " transcripts over "
                    + cap / (1024 * 1024) + " MB are refused (is it really a transcript?).");
        }
        byte[] head = head(file, name);
        return switch (ext) {
            case "docx" -> {
                archive(file, name, head, "Word document (.docx)");
                yield DocxReader.read(file);
            }
            case "odt" -> {
                archive(file, name, head, "OpenDocument text (.odt)");
                yield OdtReader.read(file);
            }
            case "pdf" -> {
                if (!startsWith(head, PDF)) {
                    throw new KondensException(name + ": not a PDF (the file does not start with %PDF); was it renamed?");
                }
                yield PdfReader.read(file);
            }
            default -> {
                if (startsWith(head, ZIP) || startsWith(head, OLE2) || startsWith(head, PDF)) {
                    throw new KondensException(name + ": this is a binary document, not plain text; import the original "
                            + "file with its own extension (.docx, .odt or .pdf).");
                }
                yield TextFileImporter.read(name, readAll(file, name));
            }
        };
    }

    /** Checks that a .docx/.odt is a zip; an encrypted one is an OLE2 container instead. */
    private static void archive(Path file, String name, byte[] head, String what) {
        if (startsWith(head, ZIP)) {
            return;
        }
        if (startsWith(head, OLE2)) {
            if (isEncryptedOffice(file)) {
                throw new KondensException(name + ": the document is password-protected; open it, remove the password "
                        + "and import it again.");
            }
            throw new KondensException(name + ": this is an old Word 97–2003 (.doc) file with a new name; open it in Word "
                    + "or LibreOffice and save it as .docx.");
        }
        throw new KondensException(name + ": not a " + what + ": the file is not a zip archive; was it renamed from another format?");
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
                throw new KondensException(name + ": is a folder, not a file.");
            }
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new KondensException(name + ": no such file.", e);
        } catch (IOException e) {
            throw new KondensException(name + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }

    private static byte[] head(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new KondensException(name + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }

    private static byte[] readAll(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KondensException(name + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
