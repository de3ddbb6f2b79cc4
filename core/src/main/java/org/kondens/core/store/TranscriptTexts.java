package org.kondens.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.ThreadGuard;
import org.kondens.core.model.Lines;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Passage;
import org.kondens.core.model.Span;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;

/**
 * The transcript texts and speaker turns of one open file in memory: never all of them, which
 * for a research group's corpus would fill the memory, but those the screen shows ({@link
 * #keepOnly}, chosen on the project thread before the screen is drawn) and a bounded number read
 * lately (an export or an index build reads them one by one, and the least recently used are
 * let go). Of the transcripts with meaning units, only the units' passages are kept ({@link
 * #keepPassagesOf}). Texts never change after import, so what is in memory is never stale.
 */
final class TranscriptTexts implements Transcript.TextSource {

    /** How a transcript's parts are read from the file (each call waits for the disk). */
    interface FileReads {
        String text(UUID transcript);

        List<SpeakerTurn> turns(UUID transcript);

        Set<String> interviewerSpeakers();

        /** The stored passages of meaning units {@code ids}. */
        Map<Span, Passage> passages(List<UUID> ids);
    }

    /** Runs one read of the file in a transaction and gives back its result ({@code ProjectDatabase::readPart}). */
    interface Reading {
        <T> T run(ProjectDatabase.Work<T> read);
    }

    /** The reads of {@link Sql#reads()}, each run through {@code reading}. */
    static FileReads through(Reading reading) {
        return new FileReads() {
            @Override
            public String text(UUID transcript) {
                return reading.run(s -> s.reads().text(transcript));
            }

            @Override
            public List<SpeakerTurn> turns(UUID transcript) {
                return reading.run(s -> s.reads().turns(transcript));
            }

            @Override
            public Set<String> interviewerSpeakers() {
                return reading.run(s -> s.reads().interviewerSpeakers());
            }

            @Override
            public Map<Span, Passage> passages(List<UUID> ids) {
                return reading.run(s -> s.reads().passages(ids));
            }
        };
    }

    /** Characters of texts the screen does not show kept at most (Latin-1 text: one byte each). */
    static final long SPARE_CHARS = 8_000_000;
    /** Transcripts whose turns are kept at most beyond the screen's. */
    private static final int SPARE_TURN_LISTS = 256;

    private final FileReads file;
    private final long spareLimit;
    private final Map<UUID, String> kept = new HashMap<>();
    private final LinkedHashMap<UUID, String> spare = new LinkedHashMap<>(64, 0.75f, true);
    private long spareChars;
    private final Map<UUID, List<SpeakerTurn>> keptTurns = new HashMap<>();
    /** The passages of the shown project's meaning units: steps 2-4 list them all, without the whole texts. */
    private final Map<Span, Passage> keptPassages = new HashMap<>();
    private Set<Span> passagesBefore = Set.of();
    /** The lines of the transcript whose passage was last cut from its text. */
    private UUID linesOf;
    private Lines lastLines;
    private final Map<UUID, List<SpeakerTurn>> spareTurns = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, List<SpeakerTurn>> eldest) {
            return size() > SPARE_TURN_LISTS;
        }
    };

    TranscriptTexts(FileReads file) {
        this(file, SPARE_CHARS);
    }

    TranscriptTexts(FileReads file, long spareLimit) {
        this.file = file;
        this.spareLimit = spareLimit;
    }

    @Override
    public String text(UUID id) {
        String text = inMemory(id);
        if (text != null) {
            return text;
        }
        ThreadGuard.check(); // a read from disk: never on the FX thread
        text = file.text(id); // outside our lock: the read waits for the database's
        synchronized (this) {
            if (!kept.containsKey(id)) {
                putSpare(id, text);
            }
        }
        return text;
    }

    /** A kept meaning unit's passage; else cut from the text, read like {@link #text}. */
    @Override
    public Passage passage(UUID id, int start, int end) {
        synchronized (this) {
            Passage kept = keptPassages.get(new Span(id, start, end));
            if (kept != null) {
                return kept;
            }
        }
        String text = text(id);
        // Units are written transcript by transcript (a .qdpx or JSON import): count its lines once.
        Lines lines;
        synchronized (this) {
            lines = id.equals(linesOf) ? lastLines : null; // a text never changes: its lines neither
        }
        if (lines == null) {
            lines = Lines.of(text); // outside the lock, which the FX thread takes too
            synchronized (this) {
                linesOf = id;
                lastLines = lines;
            }
        }
        return lines.passage(text, start, end);
    }

    /**
     * True when the text and turns are kept for the screen: those stay until the project thread
     * chooses again (a spare one may go at any moment, so it does not count).
     */
    @Override
    public synchronized boolean atHand(UUID id) {
        return kept.containsKey(id) && keptTurns.containsKey(id);
    }

    /** A transcript's speaker turns, in order. */
    List<SpeakerTurn> turns(UUID id) {
        synchronized (this) {
            List<SpeakerTurn> turns = keptTurns.get(id);
            if (turns == null) {
                turns = spareTurns.get(id);
            }
            if (turns != null) {
                return turns;
            }
        }
        ThreadGuard.check();
        List<SpeakerTurn> turns = List.copyOf(file.turns(id));
        synchronized (this) {
            // None read may be a transcript just removed (an undo racing an index build): not remembered.
            if (!keptTurns.containsKey(id) && !turns.isEmpty()) {
                spareTurns.put(id, turns);
            }
        }
        return turns;
    }

    Set<String> interviewerSpeakers() {
        ThreadGuard.check();
        return Set.copyOf(file.interviewerSpeakers());
    }

    /** Keeps exactly the texts and turns of {@code ids} at hand, reading those not yet in memory; the others may be let go. */
    void keepOnly(Set<UUID> ids) {
        Map<UUID, String> next = new HashMap<>();
        Map<UUID, List<SpeakerTurn>> nextTurns = new HashMap<>();
        for (UUID id : ids) {
            next.put(id, text(id));
            nextTurns.put(id, turns(id));
        }
        synchronized (this) {
            kept.forEach((id, text) -> {
                if (!next.containsKey(id)) {
                    putSpare(id, text);
                }
            });
            keptTurns.forEach((id, turns) -> {
                if (!nextTurns.containsKey(id)) {
                    spareTurns.put(id, turns);
                }
            });
            kept.clear();
            kept.putAll(next);
            keptTurns.clear();
            keptTurns.putAll(nextTurns);
            next.keySet().forEach(id -> spareChars -= lengthOf(spare.remove(id)));
            nextTurns.keySet().forEach(spareTurns::remove);
        }
    }

    /** Keeps exactly the passages of {@code units} at hand, reading from the file those not in memory. */
    void keepPassagesOf(List<MeaningUnit> units) {
        Set<Span> wanted = new HashSet<>();
        List<UUID> missing = new ArrayList<>();
        synchronized (this) {
            for (MeaningUnit u : units) {
                Span at = new Span(u.transcriptId(), u.start(), u.end());
                if (wanted.add(at) && !keptPassages.containsKey(at)) {
                    missing.add(u.id());
                }
            }
        }
        Map<Span, Passage> read = missing.isEmpty() ? Map.of() : file.passages(missing);
        synchronized (this) {
            // The screen still shows the previous snapshot until this one is published: its passages stay one round more.
            Set<Span> stay = new HashSet<>(wanted);
            stay.addAll(passagesBefore);
            keptPassages.keySet().retainAll(stay);
            keptPassages.putAll(read);
            passagesBefore = wanted;
        }
    }

    /** The text of a transcript just written: likely to be shown or indexed next. */
    synchronized void remember(UUID id, String text) {
        if (!kept.containsKey(id)) {
            putSpare(id, text);
        }
    }

    /** How many characters of whole texts are in memory, kept and spare (for the bench; passages not counted). */
    synchronized long charsInMemory() {
        return spareChars + kept.values().stream().mapToLong(String::length).sum();
    }

    /** How many characters of meaning units' passages are kept (for the bench). */
    synchronized long passageCharsInMemory() {
        return keptPassages.values().stream().mapToLong(p -> p.text().length()).sum();
    }

    /** The text if in memory, kept or spare, else null. */
    synchronized String inMemory(UUID id) {
        String text = kept.get(id);
        return text != null ? text : spare.get(id);
    }

    private void putSpare(UUID id, String text) {
        spareChars += text.length() - lengthOf(spare.put(id, text));
        var oldest = spare.entrySet().iterator();
        while (spareChars > spareLimit && spare.size() > 1 && oldest.hasNext()) { // the newest stays, however long
            spareChars -= oldest.next().getValue().length();
            oldest.remove();
        }
    }

    private static long lengthOf(String text) {
        return text == null ? 0 : text.length();
    }
}
