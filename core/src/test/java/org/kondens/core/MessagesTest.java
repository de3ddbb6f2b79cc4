package org.kondens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text core can say exists in English, bokmål and nynorsk, with the same arguments. */
class MessagesTest {

    private static final List<Locale> NORWEGIAN = List.of(Messages.NB, Messages.NN);

    /** Texts that are the same word in English and Norwegian, checked by eye. */
    private static final Set<String> SAME_IN_NORWEGIAN = Set.of("problem.WORDED", "problem.JSON_INVALID_AT",
            "term.INFORMANT", "export.informant", "export.start", "term.SQLITE_ERROR");

    @Test
    void everyProblemHasAWholeSentenceInEveryLanguageWithTheSameArguments() {
        for (Problem p : Problem.values()) {
            assertSpokenEverywhere(p.key());
        }
    }

    @Test
    void everyTermAndEachOfItsFormsIsInEveryLanguage() {
        Properties en = load("");
        for (Term t : Term.values()) {
            assertSpokenEverywhere(t.key());
            for (String form : List.of(".one", ".many", ".none")) {
                if (en.containsKey(t.key() + form)) {
                    assertSpokenEverywhere(t.key() + form);
                }
            }
        }
    }

    @Test
    void theThreeBundlesHoldTheSameKeysAndNoUnknownCodes() {
        Set<String> en = new TreeSet<>(load("").stringPropertyNames());
        assertEquals(en, new TreeSet<>(load("_nb").stringPropertyNames()), "bokmål");
        assertEquals(en, new TreeSet<>(load("_nn").stringPropertyNames()), "nynorsk");
        for (String key : en) {
            if (key.startsWith("problem.")) {
                Problem.valueOf(key.substring("problem.".length()));
            } else if (key.startsWith("term.")) {
                Term.valueOf(key.substring("term.".length()).replaceFirst("\\.(one|many|none)$", ""));
            } else {
                assertTrue(key.startsWith("export.") || key.startsWith("undo."), key);
            }
            assertSpokenEverywhere(key);
        }
    }

    @Test
    void aRefusalIsEnglishForLogsAndTheReadersLanguageWhenShown() {
        KondensException e = new KondensException(Problem.NAME_TAKEN, Term.CODE_GROUP.one(), "Trygghet");
        assertEquals("There is already a code group named 'Trygghet'.", e.getMessage());
        assertEquals("Det finnes allerede en kodegruppe som heter «Trygghet».", e.message(Messages.NB));
        assertEquals("Det finst allereie ei kodegruppe som heiter «Trygghet».", e.message(Messages.NN));
        assertEquals(e.getMessage(), e.message(Locale.GERMAN), "a language core does not speak gets English");
        assertEquals(Problem.NAME_TAKEN, e.code());
        assertEquals("Trygghet", e.args().get(1));
    }

    @Test
    void numbersStayPlainDigitsAsCoreAlwaysPrintedThem() {
        assertEquals("x.csv: row 12345 has no informant label in the first column.",
                new KondensException(Problem.TABLE_ROW_UNLABELLED, "x.csv", 12345).getMessage());
        assertEquals("x.csv: rad 12345 har ingen merkelapp for informanten i første kolonne.",
                new KondensException(Problem.TABLE_ROW_UNLABELLED, "x.csv", 12345).message(Messages.NB));
    }

    @Test
    void knownUndoActionsAreTranslatedAndUnknownOnesShownAsStored() {
        assertEquals("Gi kodegruppe nytt navn", Messages.undoAction("Rename code group", Messages.NB));
        assertEquals("Gje kodegruppe nytt namn", Messages.undoAction("Rename code group", Messages.NN));
        assertEquals("Rename code group", Messages.undoAction("Rename code group", Locale.ENGLISH));
        assertEquals("Something a newer Kondens did", Messages.undoAction("Something a newer Kondens did", Messages.NB));
    }

    /** Every action an undo step can store (read from the sources, so a new one cannot be forgotten). */
    @Test
    void everyUndoActionInCoreHasANorwegianName() throws IOException {
        Pattern action = Pattern.compile("(?:change|changeVoid|write)\\(\"([A-Z][^\"]*)\"|\"((?:Undo|Redo) not possible)\"");
        Set<String> actions = new TreeSet<>();
        for (Path source : coreSources()) {
            Matcher m = action.matcher(Files.readString(source));
            while (m.find()) {
                actions.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertTrue(actions.size() > 40, actions.toString());
        for (String a : actions) {
            for (Locale l : NORWEGIAN) {
                assertNotEquals(a, Messages.undoAction(a, l), "no " + l + " name for the undo action '" + a + "'");
            }
        }
    }

    /** Core words every refusal as a code: no English sentence is built by hand any more. */
    @Test
    void noRefusalInCoreIsAnEnglishLiteral() throws IOException {
        Pattern literal = Pattern.compile("new KondensException\\(\\s*(\\w+,\\s*)?(\"|[\\w.()]+\\s*\\+)");
        List<String> found = new ArrayList<>();
        for (Path source : coreSources()) {
            Matcher m = literal.matcher(Files.readString(source));
            while (m.find()) {
                found.add(source.getFileName() + ": " + m.group());
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<Path> coreSources() throws IOException {
        Path root = Path.of("src/main/java/org/kondens/core");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static void assertSpokenEverywhere(String key) {
        String en = Messages.bundle(Locale.ENGLISH).getString(key);
        assertFalse(en.isBlank(), key);
        int arguments = arguments(en);
        for (Locale l : NORWEGIAN) {
            assertTrue(Messages.has(key, l), key + " in " + l);
            String text = Messages.bundle(l).getString(key);
            assertFalse(text.isBlank(), key + " in " + l);
            assertEquals(arguments, arguments(text), key + " in " + l + ": " + text);
            if (!SAME_IN_NORWEGIAN.contains(key)) {
                assertNotEquals(en, text, key + " in " + l + " is the English text");
            }
        }
    }

    /** How many arguments a pattern uses, as {@link Messages} formats it (an apostrophe is literal). */
    private static int arguments(String pattern) {
        return new MessageFormat(pattern.replace("'", "''")).getFormatsByArgumentIndex().length;
    }

    private static Properties load(String suffix) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return p;
    }
}
