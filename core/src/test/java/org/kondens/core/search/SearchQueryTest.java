package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.kondens.core.KondensException;
import org.kondens.core.model.Language;

/** Queries pasted or generated far beyond what a person types get one sentence, not a crash. */
class SearchQueryTest {

    private final Analyzer analyzer = TextAnalysis.forLanguage(Language.NB);

    private String refusal(String query) {
        return assertThrows(KondensException.class, () -> SearchQuery.parse(query, Language.NB, analyzer)).getMessage();
    }

    @Test
    void aQueryOfTwentyThousandWordsIsRefusedWithItsLength() {
        // Before: Lucene's TooManyClauses ("maxClauseCount is set to 1024") with a stack trace.
        assertEquals("The query is too long (20,000 words; at most 1,000).", refusal("bolig ".repeat(20_000)));
        assertEquals("The query is too long (1,001 words; at most 1,000).", refusal("\"" + "egen ".repeat(1_001) + "\""),
                "words inside a phrase count too");
        assertNotNull(SearchQuery.parse("bolig ".repeat(1_000), Language.NB, analyzer), "the limit itself is fine");
    }

    @Test
    void fiveThousandNestedBracketsAreRefusedBeforeTheParserRecurses() {
        // Before: StackOverflowError out of the recursive parser.
        assertEquals("The query nests brackets too deeply (at most 100).", refusal("(".repeat(5_000) + "bolig" + ")".repeat(5_000)));
        assertEquals("The query nests brackets too deeply (at most 100).", refusal("(".repeat(5_000) + "bolig"),
                "also when the brackets are never closed");
        assertEquals("The query has too many NOTs in a row (at most 100).", refusal("ikke ".repeat(5_000) + "bolig"));
        assertNotNull(SearchQuery.parse("(".repeat(100) + "bolig" + ")".repeat(100), Language.NB, analyzer));
    }
}
