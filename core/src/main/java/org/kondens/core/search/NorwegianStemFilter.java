package org.kondens.core.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each token's term with its {@link NorwegianStemmer} stem. Expects lowercase input, so
 * use it after a {@code LowerCaseFilter}: StandardTokenizer, LowerCaseFilter, NorwegianStemFilter.
 * Tokens marked as keywords ({@link KeywordAttribute#isKeyword()}) pass unchanged. Offsets and
 * positions are not touched, so hits still point at the original text.
 */
public final class NorwegianStemFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public NorwegianStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            String term = termAtt.toString();
            String stem = NorwegianStemmer.stem(term);
            if (!stem.equals(term)) {
                termAtt.setEmpty().append(stem);
            }
        }
        return true;
    }
}
