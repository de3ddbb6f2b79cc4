package org.kondens.core.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.Transcript;
import org.kondens.core.sample.CorpusGenerator;
import org.kondens.core.stc.StcProject;

/**
 * The reference the fast search paths are checked against: a plain scan of every passage's
 * text for a whole word, case-insensitive, as a simple tool would do it. Exact offsets, passage
 * counts per transcript title and per informant or speaker; hits as "transcript id:start-end" (interviewers only in the total, as in search).
 */
record PlainScan(int passages, Map<String, Integer> perTranscript, Map<String, Integer> perSpeaker, List<String> hits) {

    static PlainScan of(ProjectSnapshot s, String word) {
        Pattern p = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
        int passages = 0;
        Map<String, Integer> perTranscript = new LinkedHashMap<>();
        Map<String, Integer> perSpeaker = new LinkedHashMap<>();
        List<String> hits = new ArrayList<>();
        for (Transcript t : s.transcripts()) {
            for (Passage passage : Passage.of(t, s.turns().getOrDefault(t.id(), List.of()))) {
                Matcher m = p.matcher(t.text()).region(passage.start(), passage.end());
                boolean found = false;
                while (m.find()) {
                    hits.add(t.id() + ":" + m.start() + "-" + m.end());
                    found = true;
                }
                if (found) {
                    passages++;
                    perTranscript.merge(t.title(), 1, Integer::sum);
                    if (passage.role() != SpeakerRole.INTERVIEWER) {
                        String who = passage.informantId() != null ? s.informant(passage.informantId()).orElseThrow().label()
                                : passage.speaker() == null ? "(no speaker)" : passage.speaker();
                        perSpeaker.merge(who, 1, Integer::sum);
                    }
                }
            }
        }
        return new PlainScan(passages, perTranscript, perSpeaker, hits);
    }

    /** A project of {@code transcripts} generated interviews of about {@code words} words each. */
    static void importCorpus(StcProject p, Path dir, int transcripts, int words) {
        for (Path f : CorpusGenerator.write(dir.resolve("corpus"), transcripts, words)) {
            p.importTranscript(TranscriptFiles.read(f), List.of());
        }
    }
}
