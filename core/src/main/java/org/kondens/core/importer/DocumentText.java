package org.kondens.core.importer;

import java.util.ArrayList;
import java.util.List;
import org.kondens.core.KondensException;
import org.kondens.core.Message;
import org.kondens.core.Problem;

/**
 * Builds a transcript's text paragraph by paragraph, for formats that have paragraphs (.docx,
 * .odt). Each paragraph is normalised on its own, so a speaker name set in bold at a paragraph's
 * start can be remembered by its final offset.
 */
final class DocumentText {

    private final StringBuilder text = new StringBuilder();
    private final List<SpeakerDetector.Marker> boldSpeakers = new ArrayList<>();
    private final List<Message> notices = new ArrayList<>();

    /** Adds a paragraph; {@code boldLead} is the bold text it starts with ("" if none). */
    void paragraph(String raw, String boldLead) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        String p = TextNormalizer.normalize(raw);
        String lead = TextNormalizer.normalize(boldLead).strip();
        if (lead.endsWith(":")) {
            lead = lead.substring(0, lead.length() - 1).strip();
        }
        if (!lead.isEmpty() && SpeakerDetector.looksLikeLabel(lead) && p.strip().startsWith(lead)) {
            boldSpeakers.add(new SpeakerDetector.Marker(text.length() + p.indexOf(lead), lead));
        }
        text.append(p);
    }

    void notice(Message notice) {
        if (!notices.contains(notice)) {
            notices.add(notice);
        }
    }

    ImportedTranscript finish(String fileName) {
        String s = text.toString().strip().isEmpty() ? "" : text.toString();
        if (s.isEmpty()) {
            throw new KondensException(Problem.IMPORT_NO_TEXT, fileName);
        }
        return ImportedTranscript.of(fileName, s, SpeakerDetector.detect(s, boldSpeakers), notices);
    }
}
