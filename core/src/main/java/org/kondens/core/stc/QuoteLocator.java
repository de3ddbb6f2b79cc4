package org.kondens.core.stc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;

/**
 * Finds a passage a user copied from a transcript. Whitespace may differ (a line break in the
 * transcript, a space in the quote); every other character must match exactly. Exactly one match
 * is required, so a meaning unit is never placed on a guess.
 */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    public static Span find(Transcript t, String quote) {
        String[] words = quote == null ? new String[0] : quote.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            throw new KondensException(Problem.QUOTED_TEXT_EMPTY);
        }
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            parts.add(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(String.join("\\s+", parts)).matcher(t.text());
        List<Span> found = new ArrayList<>();
        while (m.find()) {
            found.add(new Span(t.id(), m.start(), m.end()));
        }
        if (found.size() != 1) {
            throw found.isEmpty() ? new KondensException(Problem.QUOTED_TEXT_ABSENT, t.title())
                    : new KondensException(Problem.QUOTED_TEXT_AMBIGUOUS, found.size(), t.title());
        }
        return found.get(0);
    }
}
