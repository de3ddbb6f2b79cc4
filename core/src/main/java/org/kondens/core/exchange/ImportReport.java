package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;

/**
 * What a REFI-QDA import made and what it could not carry over. {@code notCarried} lists every
 * element of the file that is not in the new project (pictures, audio, PDF areas, sets …), so
 * nothing is dropped silently; {@code notices} says how something was adapted (codes folded into
 * their subgroup, a selection without codings kept as a note …).
 */
public record ImportReport(
        String file,
        boolean fromKondens,
        int transcripts,
        int informants,
        int codeGroups,
        int subgroups,
        int meaningUnits,
        int quotes,
        int notes,
        List<Message> noticed,
        List<Message> missed) {

    public ImportReport {
        noticed = List.copyOf(noticed);
        missed = List.copyOf(missed);
    }

    /** How things were adapted, in English (the CLI). */
    public List<String> notices() {
        return noticed.stream().map(Message::toString).toList();
    }

    /** What could not be carried over, in English (the CLI). */
    public List<String> notCarried() {
        return missed.stream().map(Message::toString).toList();
    }

    /** One line for the CLI and the GUI. */
    public String summary() {
        return summary(Locale.ROOT);
    }

    public String summary(Locale locale) {
        Localizable notCarried = missed.isEmpty() ? l -> "" : Term.NOT_CARRIED_COUNT.of(missed.size());
        return Problem.QDPX_SUMMARY.text(locale, file, transcripts, informants, codeGroups, subgroups, meaningUnits, quotes, notes,
                notCarried);
    }

    /** The full report as lines of text, in English. */
    public List<String> lines() {
        return lines(Locale.ROOT);
    }

    /** The full report as lines of text, in {@code locale}'s language. */
    public List<String> lines(Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(summary(locale));
        noticed.forEach(n -> out.add(Term.REPORT_NOTICE.of(n).text(locale)));
        missed.forEach(n -> out.add(Term.REPORT_NOT_CARRIED.of(n).text(locale)));
        return out;
    }
}
