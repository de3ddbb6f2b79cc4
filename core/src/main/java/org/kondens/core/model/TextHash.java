package org.kondens.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A transcript's identity: the SHA-256 of its text as UTF-8, in lower-case hex, exactly as
 * {@code StcProject} computes it when a transcript is imported. The search index and duplicate
 * detection trust it, so a JSON import computes it from the text and never takes it from the file.
 */
public final class TextHash {

    private TextHash() {
    }

    public static String of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
