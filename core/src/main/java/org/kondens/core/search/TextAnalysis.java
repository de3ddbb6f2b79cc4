package org.kondens.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kondens.core.model.Language;

/**
 * How transcript text becomes search terms. Two fields carry the same words: {@link #STEMMED}
 * (inflections folded, so "brukerne" finds "bruker") and {@link #EXACT} (only lower-cased), for
 * "exact phrases", {@code =exact} words and {@code prefix*}. No stop words: in qualitative work
 * "ikke" and "aldri" carry meaning.
 */
public final class TextAnalysis {

    public static final String STEMMED = "text";
    public static final String EXACT = "exact";

    /** Bump when analysis changes: indexes built with another version are rebuilt. */
    static final int VERSION = 1;

    private TextAnalysis() {
    }

    /** The analyzer for indexing and querying a project in {@code language}. */
    public static Analyzer forLanguage(Language language) {
        return new PerFieldAnalyzerWrapper(exact(), Map.of(STEMMED, stemmed(language)));
    }

    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    static Analyzer stemmed(Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                if (language == Language.EN) {
                    s = new PorterStemFilter(new EnglishPossessiveFilter(s));
                } else {
                    s = new NorwegianStemFilter(s);
                }
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
