package org.kondens.app.gui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Core's search syntax messages (English) in the UI's language: each known message is matched by
 * its shape and told again from the Search bundle; an unknown message is shown as it is.
 */
final class SearchErrors {

    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("Type a word or phrase to search for\\..*", Pattern.DOTALL), "search.error.empty"),
            new Rule(Pattern.compile("There is a '\\)' without a matching '\\(' in: .*", Pattern.DOTALL), "search.error.closeWithoutOpen"),
            new Rule(Pattern.compile("Cannot make sense of '(.*)' in: .*", Pattern.DOTALL), "search.error.cannotParse"),
            new Rule(Pattern.compile("A quote is not closed.*", Pattern.DOTALL), "search.error.openQuote"),
            new Rule(Pattern.compile("After ~ give how many words apart.*", Pattern.DOTALL), "search.error.slop"),
            new Rule(Pattern.compile("'(.*)' needs a word after it in: .*", Pattern.DOTALL), "search.error.needsAfter"),
            new Rule(Pattern.compile("'(.*)' needs a word before it in: .*", Pattern.DOTALL), "search.error.needsBefore"),
            new Rule(Pattern.compile("The search ends too early: .*", Pattern.DOTALL), "search.error.endsEarly"),
            new Rule(Pattern.compile("Empty brackets \\(\\) in: .*", Pattern.DOTALL), "search.error.emptyBrackets"),
            new Rule(Pattern.compile("A bracket is not closed.*", Pattern.DOTALL), "search.error.openBracket"),
            new Rule(Pattern.compile("Give at least two letters before \\*.*: (.*)", Pattern.DOTALL), "search.error.shortPrefix"),
            new Rule(Pattern.compile("\\* works only at the end of a word.*: (.*)", Pattern.DOTALL), "search.error.starInside"),
            new Rule(Pattern.compile("Nothing to search for in (.*): use letters or digits\\.", Pattern.DOTALL), "search.error.nothing"),
            new Rule(Pattern.compile("A search needs something to look for, not only what to leave out.*", Pattern.DOTALL),
                    "search.error.onlyNot"));

    private SearchErrors() {
    }

    /** The message for the user in {@code t}'s language. */
    static String friendly(String coreMessage, I18n t) {
        String message = coreMessage == null ? "" : coreMessage.strip();
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(message);
            if (m.matches()) {
                return m.groupCount() > 0 ? t.get(r.key, m.group(1)) : t.get(r.key);
            }
        }
        return message;
    }
}
