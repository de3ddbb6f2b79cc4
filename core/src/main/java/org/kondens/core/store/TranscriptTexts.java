package org.kondens.core.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.kondens.core.ThreadGuard;
import org.kondens.core.model.Transcript;

/**
 * The transcript texts of one open file in memory: never all of them, which for a research
 * group's corpus would fill the memory, but those the screen shows ({@link #keepOnly}, chosen on
 * the project thread before the screen is drawn) and a bounded number read lately (an export or
 * an index build reads them one by one, and the least recently used are let go).
 */
final class TranscriptTexts implements Transcript.TextSource {

    /** Characters of texts the screen does not show kept at most (Latin-1 text: one byte each). */
    static final long SPARE_CHARS = 8_000_000;

    private final Function<UUID, String> reader;
    private final long spareLimit;
    private final Map<UUID, String> kept = new HashMap<>();
    private final LinkedHashMap<UUID, String> spare = new LinkedHashMap<>(64, 0.75f, true);
    private long spareChars;

    TranscriptTexts(Function<UUID, String> reader) {
        this(reader, SPARE_CHARS);
    }

    TranscriptTexts(Function<UUID, String> reader, long spareLimit) {
        this.reader = reader;
        this.spareLimit = spareLimit;
    }

    @Override
    public String text(UUID id) {
        String text = inMemory(id);
        if (text != null) {
            return text;
        }
        ThreadGuard.check(); // a read from disk: never on the FX thread
        text = reader.apply(id); // outside our lock: the reader waits for the database's
        synchronized (this) {
            if (!kept.containsKey(id)) {
                putSpare(id, text);
            }
        }
        return text;
    }

    @Override
    public synchronized boolean atHand(UUID id) {
        return kept.containsKey(id) || spare.containsKey(id);
    }

    /** Keeps exactly the texts of {@code ids} at hand, reading those not yet in memory; the others may be let go. */
    void keepOnly(Set<UUID> ids) {
        Map<UUID, String> next = new HashMap<>();
        for (UUID id : ids) {
            next.put(id, text(id));
        }
        synchronized (this) {
            kept.forEach((id, text) -> {
                if (!next.containsKey(id)) {
                    putSpare(id, text);
                }
            });
            kept.clear();
            kept.putAll(next);
            next.keySet().forEach(id -> spareChars -= lengthOf(spare.remove(id)));
        }
    }

    /** The text of a transcript just written: likely to be shown or indexed next. */
    synchronized void remember(UUID id, String text) {
        if (!kept.containsKey(id)) {
            putSpare(id, text);
        }
    }

    /** How many characters are in memory, kept and spare (for the bench). */
    synchronized long charsInMemory() {
        return spareChars + kept.values().stream().mapToLong(String::length).sum();
    }

    private synchronized String inMemory(UUID id) {
        String text = kept.get(id);
        return text != null ? text : spare.get(id);
    }

    private void putSpare(UUID id, String text) {
        spareChars += text.length() - lengthOf(spare.put(id, text));
        var oldest = spare.entrySet().iterator();
        while (spareChars > spareLimit && oldest.hasNext()) {
            spareChars -= oldest.next().getValue().length();
            oldest.remove();
        }
    }

    private static long lengthOf(String text) {
        return text == null ? 0 : text.length();
    }
}
