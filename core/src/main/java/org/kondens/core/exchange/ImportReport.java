package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.List;

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
        List<String> notices,
        List<String> notCarried) {

    public ImportReport {
        notices = List.copyOf(notices);
        notCarried = List.copyOf(notCarried);
    }

    /** One line for the CLI and the GUI. */
    public String summary() {
        return file + ": " + transcripts + " transcripts, " + informants + " informants, " + codeGroups + " code groups, "
                + subgroups + " subgroups, " + meaningUnits + " meaning units, " + quotes + " quotes, " + notes + " notes"
                + (notCarried.isEmpty() ? "" : "; " + notCarried.size() + " items could not be carried over");
    }

    /** The full report as lines of text. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(summary());
        notices.forEach(n -> out.add("  note: " + n));
        notCarried.forEach(n -> out.add("  not carried over: " + n));
        return out;
    }
}
