package org.kondens.core.stc;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;

/**
 * Finds one item by what a user types: its full id, a unique id prefix (at least 4 characters,
 * as the CLI prints them), or one of its names (case-insensitive).
 */
final class Lookup {

    private Lookup() {
    }

    static <T> T one(List<T> items, String query, Term.Word what, Function<T, UUID> id, Function<T, String> name,
            Function<T, String> otherName) {
        if (query == null || query.isBlank()) {
            throw new KondensException(Problem.LOOKUP_UNNAMED, what.one());
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<T> byName = items.stream().filter(i -> q.equals(lower(name.apply(i))) || q.equals(lower(otherName.apply(i)))).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        List<T> byId = items.stream().filter(i -> id.apply(i).toString().equals(q)
                || (q.length() >= 4 && id.apply(i).toString().startsWith(q))).toList();
        if (byId.size() == 1) {
            return byId.get(0);
        }
        if (byName.size() > 1 || byId.size() > 1) {
            throw new KondensException(Problem.LOOKUP_AMBIGUOUS, query, Math.max(byName.size(), byId.size()), what.many());
        }
        throw new KondensException(Problem.LOOKUP_NOT_FOUND, what.none(), query);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
