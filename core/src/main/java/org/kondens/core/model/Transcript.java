package org.kondens.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The written record of a session. Its text never changes after import: every meaning unit,
 * quote and note points into it by UTF-16 offsets, so changing one character would move findings.
 *
 * <p>A transcript read from a project file does not carry its text: a research group's corpus
 * would fill the memory. {@link #text()} asks the open project for it ({@link TextSource}), which
 * keeps the texts in use at hand. A transcript made in memory (an import, a JSON backup, a test)
 * holds its text.
 */
public final class Transcript {

    /** Where the text of a stored transcript is read: the open project file. */
    public interface TextSource {
        String text(UUID transcriptId);

        /** True when the text is in memory, so reading it waits for no disk. */
        boolean atHand(UUID transcriptId);

        /** The passage [start, end) of a transcript: a meaning unit's is kept without its whole text. */
        default Passage passage(UUID transcriptId, int start, int end) {
            return Passage.in(text(transcriptId), start, end);
        }
    }

    private final UUID id;
    private final UUID sessionId;
    private final String title;
    private final String sourceFile;
    private final String hash;
    private final Instant imported;
    /** The text, or null when {@link #texts} reads it (transient: JSON writes {@link #text()}). */
    private final transient String heldText;
    private final transient TextSource texts;

    /** A transcript that holds its text. */
    public Transcript(UUID id, UUID sessionId, String title, String text, String sourceFile, String hash, Instant imported) {
        this(id, sessionId, title, Objects.requireNonNull(text, "text"), null, sourceFile, hash, imported);
    }

    private Transcript(UUID id, UUID sessionId, String title, String text, TextSource texts, String sourceFile, String hash,
            Instant imported) {
        this.id = id;
        this.sessionId = sessionId;
        this.title = title;
        this.heldText = text;
        this.texts = texts;
        this.sourceFile = sourceFile;
        this.hash = hash;
        this.imported = imported;
    }

    /** A transcript of a project file, its text read from {@code texts} when asked for. */
    public static Transcript stored(UUID id, UUID sessionId, String title, TextSource texts, String sourceFile, String hash,
            Instant imported) {
        return new Transcript(id, sessionId, title, null, Objects.requireNonNull(texts, "texts"), sourceFile, hash, imported);
    }

    /** The same transcript in another session (the text is not read). */
    public Transcript inSession(UUID session) {
        return new Transcript(id, session, title, heldText, texts, sourceFile, hash, imported);
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String title() {
        return title;
    }

    /** The whole text; of a stored transcript, read from the project unless at hand (not on the FX thread). */
    public String text() {
        return heldText != null ? heldText : texts.text(id);
    }

    /** The passage [start, end) and its line; a meaning unit's is at hand without the whole text. */
    public Passage passage(int start, int end) {
        return heldText != null ? Passage.in(heldText, start, end) : texts.passage(id, start, end);
    }

    /** True when {@link #text()} (and the turns) wait for no disk: kept for the screen. */
    public boolean textAtHand() {
        return heldText != null || texts.atHand(id);
    }

    public String sourceFile() {
        return sourceFile;
    }

    public String hash() {
        return hash;
    }

    public Instant imported() {
        return imported;
    }

    /**
     * Equal when every field and the text are. A stored transcript's text is not read for this:
     * its hash is the hash of its text (two reads of one file share the text as well).
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Transcript t) || !id.equals(t.id) || !Objects.equals(sessionId, t.sessionId)
                || !Objects.equals(title, t.title) || !Objects.equals(sourceFile, t.sourceFile) || !Objects.equals(hash, t.hash)
                || !Objects.equals(imported, t.imported)) {
            return false;
        }
        return texts != null && texts == t.texts || (texts != null || t.texts != null) && hash != null || text().equals(t.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sessionId, title, sourceFile, hash, imported);
    }

    @Override
    public String toString() {
        return "Transcript[id=" + id + ", title=" + title + ", sourceFile=" + sourceFile + "]";
    }
}
