package org.kondens.app.gui.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Core's messages (English) in the UI's language: each known message is matched by its shape and
 * told again from a bundle (search syntax from Search; refusals and file problems, for a
 * Norwegian UI, from Kondens_nb); an unknown message is shown as it is, so nothing is hidden.
 */
public final class CoreMessages {

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
                    "search.error.onlyNot"),
            // refusals of the analysis
            new Rule(Pattern.compile("There is already an? (code group|preliminary theme|subgroup in '.*') named '(.*)'\\."), "core.nameTaken"),
            new Rule(Pattern.compile("There is already an informant labelled '(.*)'\\."), "core.labelTaken"),
            new Rule(Pattern.compile("An? (code group|subgroup|theme|project|session) needs a (name|title)\\."), "core.needsName"),
            new Rule(Pattern.compile("An? (note|quote) needs some text\\."), "core.needsText"),
            new Rule(Pattern.compile("An informant needs a label\\."), "core.needsLabel"),
            new Rule(Pattern.compile("Cannot merge something into itself\\."), "core.mergeSelf"),
            new Rule(Pattern.compile("That subgroup is not in code group '(.*)'\\."), "core.subgroupElsewhere"),
            new Rule(Pattern.compile("A meaning unit can be in code group '(.*)' only once\\."), "core.unitTwice"),
            new Rule(Pattern.compile("This passage is already a meaning unit in code group '(.*)'\\."), "core.passageTwice"),
            new Rule(Pattern.compile("The quoted text occurs (\\d+) times.*", Pattern.DOTALL), "core.quoteCount"),
            // the project file: read-only, backups, damage, a full disk
            new Rule(Pattern.compile("(.*) is read-only \\((.*)\\): you can read, search and export, but changes cannot be saved\\."),
                    "core.readOnly"),
            new Rule(Pattern.compile("(.*) is open read-only \\((.*)\\); the change was not saved\\."), "core.openReadOnly"),
            new Rule(Pattern.compile("No backup of (.*) could be made in (.*) \\((.*)\\); your work is saved as usual\\."),
                    "core.noBackup"),
            new Rule(Pattern.compile("(.*) is damaged(?: \\(.*\\))?\\. The newest good backup is (.*) \\((.*)\\); restore it with: "
                    + "(kondens restore .*) \\(or File › Restore from backup…\\)\\.", Pattern.DOTALL), "core.damagedWithBackup"),
            new Rule(Pattern.compile("(.*) is damaged(?: \\(.*\\))?\\.(?: No good backup of it was found\\.)?", Pattern.DOTALL),
                    "core.damaged"),
            new Rule(Pattern.compile("(.*): the disk is full, so the last change was not saved; .*", Pattern.DOTALL), "core.diskFull"),
            // files
            new Rule(Pattern.compile("(.*) is already open in another Kondens window or process.*", Pattern.DOTALL), "core.alreadyOpen"),
            new Rule(Pattern.compile("(.*) is empty, not a Kondens project\\."), "core.emptyProject"),
            new Rule(Pattern.compile("(.*) is not a Kondens project.*", Pattern.DOTALL), "core.notProject"),
            new Rule(Pattern.compile("(.*): this text is already in the project as '(.*)'\\."), "core.duplicateText"),
            new Rule(Pattern.compile("(.*): the file is empty\\."), "core.emptyFile"),
            new Rule(Pattern.compile("(.*): the (?:file|document) has no text\\."), "core.noText"),
            new Rule(Pattern.compile("(.*): the (?:document|PDF) is password-protected.*", Pattern.DOTALL), "core.password"),
            new Rule(Pattern.compile("(.*): the PDF has no text layer.*", Pattern.DOTALL), "core.scanned"),
            new Rule(Pattern.compile("(.*): .*save it as \\.docx.*", Pattern.DOTALL | Pattern.CASE_INSENSITIVE), "core.saveAsDocx"),
            new Rule(Pattern.compile("(.*): .*zip bomb.*", Pattern.DOTALL), "core.zipBomb"),
            new Rule(Pattern.compile("(.*): .*refused as unsafe.*", Pattern.DOTALL), "core.unsafe"));

    /** Words core puts inside its messages, told in the UI's language. */
    private static final java.util.Map<String, String> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("code group", "core.word.codeGroup"), java.util.Map.entry("preliminary theme", "core.word.theme"),
            java.util.Map.entry("subgroup", "core.word.subgroup"), java.util.Map.entry("theme", "core.word.theme"),
            java.util.Map.entry("project", "core.word.project"), java.util.Map.entry("session", "core.word.session"),
            java.util.Map.entry("note", "core.word.note"), java.util.Map.entry("quote", "core.word.quote"),
            java.util.Map.entry("the file is write-protected", "core.word.fileWriteProtected"),
            java.util.Map.entry("it is damaged", "core.word.damaged"),
            java.util.Map.entry("the disk is full", "core.word.diskFull"),
            java.util.Map.entry("the disk is read-only", "core.word.diskReadOnly"),
            java.util.Map.entry("permission denied", "core.word.permissionDenied"));

    private CoreMessages() {
    }

    /** The message for the user in {@code t}'s language. */
    public static String friendly(String coreMessage, I18n t) {
        String message = coreMessage == null ? "" : coreMessage.strip();
        for (Rule r : RULES) {
            if (r.key.startsWith("core.") && !t.norwegian()) {
                continue; // core already speaks English
            }
            Matcher m = r.pattern.matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = m.group(i + 1);
                    args[i] = WORDS.containsKey(g) ? t.get(WORDS.get(g)) : g.startsWith("subgroup in '")
                            ? t.get("core.word.subgroupIn", g.substring(13, g.length() - 1)) : g;
                }
                return t.get(r.key, args);
            }
        }
        return message;
    }
}
