package org.kondens.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.Language;

/**
 * The query language students use without training:
 * <ul>
 * <li>{@code bolig} — the word in any inflection (boliger, boligen …)</li>
 * <li>{@code =bolig} — exactly this word; {@code "egen bolig"} — exactly this phrase</li>
 * <li>{@code "egen bolig"~5} — these words (any inflection) within 5 words of each other</li>
 * <li>{@code bolig*} — words starting with "bolig" (boligkontor, boligsosial …)</li>
 * <li>{@code a b} or {@code a AND b} — both; {@code a OR b} — either; {@code NOT a} or {@code -a} — not;
 * in Norwegian projects also {@code og}, {@code eller}, {@code ikke}/{@code ikkje}; brackets group.</li>
 * </ul>
 * A word that can only be an operator where it stands ("ikke" alone) is searched as a word.
 * Syntax errors are {@link KondensException}s with a message for the user, never a stack trace.
 */
public final class SearchQuery {

    private enum Kind { WORD, PHRASE, OPEN, CLOSE, AND, OR, NOT }

    private record Token(Kind kind, String text, int slop) {
    }

    private final List<Token> tokens;
    private final Analyzer analyzer;
    private final String source;
    private int pos;

    private SearchQuery(String source, List<Token> tokens, Analyzer analyzer) {
        this.source = source;
        this.tokens = tokens;
        this.analyzer = analyzer;
    }

    /** Parses {@code query} for a project in {@code language}, analysing words with {@code analyzer}. */
    public static Query parse(String query, Language language, Analyzer analyzer) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw error(Problem.SEARCH_EMPTY);
        }
        List<Token> tokens = tokenize(q, language);
        checkSize(tokens);
        SearchQuery parser = new SearchQuery(q, tokens, analyzer);
        Node node = parser.parseOr();
        if (parser.pos < parser.tokens.size()) {
            throw parser.tokens.get(parser.pos).kind == Kind.CLOSE ? error(Problem.SEARCH_UNMATCHED_CLOSE)
                    : error(Problem.SEARCH_UNREADABLE_PART, parser.tokens.get(parser.pos).text);
        }
        try {
            return parser.toLucene(node);
        } catch (IndexSearcher.TooManyClauses e) {
            throw error(Problem.SEARCH_TOO_LONG, String.format(Locale.ROOT, "%,d", MAX_WORDS));
        }
    }

    // ---- limits: checked on the flat token list, before the recursive parser could overflow the stack

    /** Lucene allows 1,024 clauses in a whole query; the filters (informant, role …) need a few. */
    static final int MAX_WORDS = 1_000;
    /** Brackets inside brackets, or NOTs in a row: far beyond any real query, far below the stack's depth. */
    static final int MAX_DEPTH = 100;

    private static void checkSize(List<Token> tokens) {
        int words = 0;
        int depth = 0;
        int nots = 0;
        for (Token t : tokens) {
            switch (t.kind) {
                case WORD -> words++;
                case PHRASE -> words += Math.max(1, t.text.strip().split("\\s+").length);
                case OPEN -> depth++;
                case CLOSE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
            nots = t.kind == Kind.NOT ? nots + 1 : 0;
            if (depth > MAX_DEPTH) {
                throw error(Problem.SEARCH_TOO_DEEP, MAX_DEPTH);
            }
            if (nots > MAX_DEPTH) {
                throw error(Problem.SEARCH_TOO_MANY_NOTS, MAX_DEPTH);
            }
        }
        if (words > MAX_WORDS) {
            throw error(Problem.SEARCH_TOO_LONG_WORDS, String.format(Locale.ROOT, "%,d", words),
                    String.format(Locale.ROOT, "%,d", MAX_WORDS));
        }
    }

    // ---- tokens

    private static List<Token> tokenize(String q, Language language) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                int end = closingQuote(q, i + 1);
                if (end < 0) {
                    throw error(Problem.SEARCH_OPEN_QUOTE);
                }
                String phrase = q.substring(i + 1, end);
                i = end + 1;
                int slop = 0;
                if (i < q.length() && q.charAt(i) == '~') {
                    int j = i + 1;
                    while (j < q.length() && Character.isDigit(q.charAt(j))) {
                        j++;
                    }
                    if (j == i + 1 || j - i > 4) {
                        throw error(Problem.SEARCH_BAD_DISTANCE);
                    }
                    slop = Integer.parseInt(q.substring(i + 1, j));
                    i = j;
                }
                out.add(new Token(Kind.PHRASE, phrase, slop));
            } else if (c == '(' || c == ')') {
                out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), 0));
                i++;
            } else {
                int j = i;
                while (j < q.length() && !Character.isWhitespace(q.charAt(j)) && "()\"“”«»".indexOf(q.charAt(j)) < 0) {
                    j++;
                }
                String word = q.substring(i, j);
                i = j;
                if (word.length() > 1 && word.startsWith("-")) {
                    out.add(new Token(Kind.NOT, "-", 0));
                    word = word.substring(1);
                }
                out.add(new Token(operator(word, language), word, 0));
            }
        }
        return out;
    }

    private static int closingQuote(String q, int from) {
        for (int i = from; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"' || c == '”' || c == '“' || c == '»' || c == '«') {
                return i;
            }
        }
        return -1;
    }

    private static Kind operator(String word, Language language) {
        switch (word) {
            case "AND", "&&": return Kind.AND;
            case "OR", "||": return Kind.OR;
            case "NOT": return Kind.NOT;
            default: break;
        }
        if (language != Language.EN) {
            switch (word.toLowerCase(Locale.ROOT)) {
                case "og": return Kind.AND;
                case "eller": return Kind.OR;
                case "ikke", "ikkje": return Kind.NOT;
                default: break;
            }
        }
        return Kind.WORD;
    }

    // ---- grammar: or := and (OR and)* ; and := unary ((AND)? unary)* ; unary := NOT unary | primary

    private sealed interface Node permits Leaf, Not, And, Or {
    }

    private record Leaf(Query query) implements Node {
    }

    private record Not(Node node) implements Node {
    }

    private record And(List<Node> nodes) implements Node {
    }

    private record Or(List<Node> nodes) implements Node {
    }

    private Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean startsOperand(Token t) {
        return t != null && (t.kind == Kind.WORD || t.kind == Kind.PHRASE || t.kind == Kind.OPEN || t.kind == Kind.NOT);
    }

    private Node parseOr() {
        List<Node> nodes = new ArrayList<>(List.of(parseAnd()));
        while (peek() != null && peek().kind == Kind.OR) {
            Token op = tokens.get(pos++);
            if (!startsOperand(peek())) {
                throw error(Problem.SEARCH_NEEDS_AFTER, op.text);
            }
            nodes.add(parseAnd());
        }
        return nodes.size() == 1 ? nodes.get(0) : new Or(nodes);
    }

    private Node parseAnd() {
        List<Node> nodes = new ArrayList<>(List.of(parseUnary()));
        while (true) {
            Token t = peek();
            if (t != null && t.kind == Kind.AND) {
                pos++;
                if (!startsOperand(peek())) {
                    throw error(Problem.SEARCH_NEEDS_AFTER, t.text);
                }
                nodes.add(parseUnary());
            } else if (startsOperand(t)) {
                nodes.add(parseUnary());
            } else {
                return nodes.size() == 1 ? nodes.get(0) : new And(nodes);
            }
        }
    }

    private Node parseUnary() {
        Token t = peek();
        if (t == null) {
            throw error(Problem.SEARCH_ENDS_EARLY);
        }
        if (t.kind == Kind.NOT) {
            pos++;
            if (!startsOperand(peek())) {
                if (tokens.size() == 1) {
                    return word(t.text, false); // "ikke" on its own is the word ikke
                }
                throw error(Problem.SEARCH_NEEDS_AFTER, t.text);
            }
            return new Not(parseUnary());
        }
        pos++;
        return switch (t.kind) {
            case OPEN -> {
                if (peek() != null && peek().kind == Kind.CLOSE) {
                    throw error(Problem.SEARCH_EMPTY_BRACKETS);
                }
                Node inner = parseOr();
                if (peek() == null || peek().kind != Kind.CLOSE) {
                    throw error(Problem.SEARCH_OPEN_BRACKET);
                }
                pos++;
                yield inner;
            }
            case PHRASE -> phrase(t.text, t.slop);
            case WORD -> t.text.startsWith("=") ? word(t.text.substring(1), true) : word(t.text, false);
            case AND, OR -> {
                if (tokens.size() == 1) {
                    yield word(t.text, false);
                }
                throw error(Problem.SEARCH_NEEDS_BEFORE, t.text);
            }
            default -> throw error(Problem.SEARCH_UNMATCHED_CLOSE);
        };
    }

    private Node word(String word, boolean exact) {
        if (word.endsWith("*")) {
            String stem = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
            if (stem.codePointCount(0, stem.length()) < 2 || stem.contains("*")) {
                throw error(Problem.SEARCH_SHORT_PREFIX, word);
            }
            return new Leaf(new PrefixQuery(new Term(TextAnalysis.EXACT, stem)));
        }
        if (word.contains("*") || word.contains("?")) {
            throw error(Problem.SEARCH_STAR_INSIDE, word);
        }
        return terms(exact ? TextAnalysis.EXACT : TextAnalysis.STEMMED, word, 0, word);
    }

    private Node phrase(String phrase, int slop) {
        return terms(slop > 0 ? TextAnalysis.STEMMED : TextAnalysis.EXACT, phrase, slop, "\"" + phrase + "\"");
    }

    private Node terms(String field, String text, int slop, String shown) {
        List<String> terms = TextAnalysis.terms(analyzer, field, text);
        if (terms.isEmpty()) {
            throw error(Problem.SEARCH_NOTHING, shown);
        }
        if (terms.size() == 1) {
            return new Leaf(new TermQuery(new Term(field, terms.get(0))));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        terms.forEach(t -> b.add(new Term(field, t)));
        return new Leaf(b.build());
    }

    // ---- to Lucene

    private Query toLucene(Node node) {
        return switch (node) {
            case Leaf l -> l.query;
            case Not n -> throw error(Problem.SEARCH_ONLY_NOT, source);
            case And a -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                boolean positive = false;
                for (Node n : a.nodes) {
                    if (n instanceof Not not) {
                        b.add(toLucene(not.node), Occur.MUST_NOT);
                    } else {
                        b.add(toLucene(n), Occur.MUST);
                        positive = true;
                    }
                }
                if (!positive) {
                    throw error(Problem.SEARCH_ONLY_NOT, source);
                }
                yield b.build();
            }
            case Or o -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (Node n : o.nodes) {
                    b.add(toLucene(n), Occur.SHOULD);
                }
                yield b.build();
            }
        };
    }

    private static KondensException error(Problem problem, Object... args) {
        return new KondensException(problem, args);
    }
}
