package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the stemmer against the inflection families in {@code search/norwegian-families.tsv}:
 * recall (each form stems like its lemma) and precision (listed unrelated pairs stay apart).
 */
class NorwegianStemmerTest {

    /** Lucene's NorwegianLightStemmer/NorwegianMinimalStemmer flags (package-private there). */
    private static final int BOKMAAL = 1;
    private static final int BOKMAAL_AND_NYNORSK = 3;

    record Family(String lemma, List<String> forms) {
    }

    record Pair(String a, String b) {
    }

    private static final List<Family> FAMILIES = new ArrayList<>();
    private static final List<Pair> DISTINCT = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        InputStream in = NorwegianStemmerTest.class.getResourceAsStream("/search/norwegian-families.tsv");
        assertNotNull(in, "search/norwegian-families.tsv on the test classpath");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = "";
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                String[] cols = line.split("\t");
                assertEquals(2, cols.length, "two tab-separated columns: " + line);
                switch (section) {
                    case "[families]" -> FAMILIES.add(new Family(cols[0], List.of(cols[1].split(","))));
                    case "[distinct]" -> DISTINCT.add(new Pair(cols[0], cols[1]));
                    default -> throw new IllegalStateException("line outside a section: " + line);
                }
            }
        }
    }

    /** Fraction of all listed forms whose stem equals the stem of their lemma. */
    private static double recall(Function<String, String> stemmer, List<String> misses) {
        int total = 0;
        int hits = 0;
        for (Family f : FAMILIES) {
            String target = stemmer.apply(f.lemma());
            for (String form : f.forms()) {
                total++;
                String s = stemmer.apply(form);
                if (s.equals(target)) {
                    hits++;
                } else if (misses != null) {
                    misses.add(form + "->" + s + " (" + f.lemma() + "->" + target + ")");
                }
            }
        }
        return (double) hits / total;
    }

    /** Fraction of families whose forms all stem like their lemma. */
    private static double wholeFamilies(Function<String, String> stemmer) {
        int whole = 0;
        for (Family f : FAMILIES) {
            String target = stemmer.apply(f.lemma());
            if (f.forms().stream().allMatch(form -> stemmer.apply(form).equals(target))) {
                whole++;
            }
        }
        return (double) whole / FAMILIES.size();
    }

    private static int formCount() {
        return FAMILIES.stream().mapToInt(f -> f.forms().size()).sum();
    }

    @Test
    void listIsBigEnough() {
        assertTrue(FAMILIES.size() >= 70, "families: " + FAMILIES.size());
        assertTrue(DISTINCT.size() >= 20, "distinct pairs: " + DISTINCT.size());
    }

    @Test
    void recallOnInflectionFamilies() {
        List<String> misses = new ArrayList<>();
        double ours = recall(NorwegianStemmer::stem, misses);
        System.out.printf(Locale.ROOT, "Norwegian stemming over %d families, %d forms (recall of forms / whole families):%n",
                FAMILIES.size(), formCount());
        report("Kondens NorwegianStemmer", NorwegianStemmer::stem);
        report("Lucene NorwegianLightStemmer (bokmål)", lucene(t -> new NorwegianLightStemFilter(t, BOKMAAL)));
        report("Lucene NorwegianLightStemmer (nb+nn)",
                lucene(t -> new NorwegianLightStemFilter(t, BOKMAAL_AND_NYNORSK)));
        report("Lucene NorwegianMinimalStemmer (bokmål)", lucene(t -> new NorwegianMinimalStemFilter(t, BOKMAAL)));
        report("Lucene NorwegianMinimalStemmer (nb+nn)",
                lucene(t -> new NorwegianMinimalStemFilter(t, BOKMAAL_AND_NYNORSK)));
        System.out.println("  Kondens misses: " + misses);
        assertTrue(ours >= 0.95, "recall " + ours + ", misses " + misses);
    }

    private static void report(String name, Function<String, String> stemmer) {
        System.out.printf(Locale.ROOT, "  %-42s %5.1f %%  %5.1f %%%n", name, 100 * recall(stemmer, null),
                100 * wholeFamilies(stemmer));
    }

    @Test
    void distinctWordsKeepDistinctStems() {
        List<String> violations = new ArrayList<>();
        for (Pair p : DISTINCT) {
            String a = NorwegianStemmer.stem(p.a());
            String b = NorwegianStemmer.stem(p.b());
            if (a.equals(b)) {
                violations.add(p.a() + "/" + p.b() + "->" + a);
            }
        }
        System.out.println("Precision pairs: " + DISTINCT.size() + ", violations: " + violations);
        assertTrue(violations.isEmpty(), "unrelated words share a stem: " + violations);
    }

    @Test
    void examplesFromTheIssue() {
        for (String form : List.of("brukeren", "brukere", "brukerne")) {
            assertEquals(NorwegianStemmer.stem("bruker"), NorwegianStemmer.stem(form), form);
        }
        for (String form : List.of("hjelper", "hjalp", "hjulpet")) {
            assertEquals(NorwegianStemmer.stem("hjelpe"), NorwegianStemmer.stem(form), form);
        }
    }

    @Test
    void filterInAnalyzerChainStemsAndKeepsOffsets() throws IOException {
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new NorwegianStemFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, chain);
            }
        }) {
            String text = "Brukerne hjalp";
            List<String> terms = new ArrayList<>();
            List<int[]> offsets = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream("f", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    terms.add(term.toString());
                    offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
                ts.end();
            }
            assertEquals(terms(analyzer, "bruker hjelpe"), terms);
            assertEquals(2, terms.size());
            assertEquals("Brukerne", text.substring(offsets.get(0)[0], offsets.get(0)[1]));
            assertEquals("hjalp", text.substring(offsets.get(1)[0], offsets.get(1)[1]));
        }
    }

    @Test
    void keywordTokensAreNotStemmed() throws IOException {
        CharArraySet keywords = new CharArraySet(List.of("brukerne"), false);
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new NorwegianStemFilter(
                        new SetKeywordMarkerFilter(new LowerCaseFilter(source), keywords));
                return new TokenStreamComponents(source, chain);
            }
        }) {
            assertEquals(List.of("brukerne", NorwegianStemmer.stem("hjalp")), terms(analyzer, "Brukerne hjalp"));
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A one-word stemmer backed by a Lucene stem filter. */
    private static Function<String, String> lucene(Function<TokenStream, TokenStream> filter) {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
        return word -> {
            List<String> t = terms(analyzer, word);
            return t.isEmpty() ? "" : t.get(0);
        };
    }
}
