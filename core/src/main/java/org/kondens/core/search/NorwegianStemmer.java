package org.kondens.core.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stemmer for Norwegian (bokmål, with common nynorsk and radical forms such as {@code jenta},
 * {@code snakka}) tuned so that a search for one form of a word finds its other inflected forms:
 * {@code bruker, brukeren, brukere, brukerne} all stem to {@code bruk}; {@code hjelpe, hjelper,
 * hjalp, hjulpet} all stem to {@code hjelp}.
 *
 * <p>A stem is a search key, not a word: it is only ever compared with other stems.
 *
 * <p>How a word is stemmed:
 * <ol>
 *   <li>a small table of genuinely irregular forms (strong verbs, umlaut plurals, suppletive
 *       comparison) maps the form to its lemma, which is then stemmed by the rules;</li>
 *   <li>otherwise suffix rules remove one inflectional ending (noun, adjective or verb), then
 *       undo the spelling changes inflection causes (contraction of unstressed e, simplified
 *       double consonants, past tense/participle/neuter -t and -d).</li>
 * </ol>
 * Derivational endings (-het, -else, -ing, -dom) are kept: {@code ensom} and {@code ensomhet} are
 * different search keys.
 *
 * <p>Lucene's {@code NorwegianLightStemmer} is not reused because it is package-private and its
 * single-pass rules split families that matter here ({@code brukerne} from {@code bruker},
 * {@code jente} from {@code jenta}).
 *
 * <p>Thread-safe and allocation-light: a hash lookup, then a fixed sequence of suffix tests.
 */
public final class NorwegianStemmer {

    private NorwegianStemmer() {
    }

    /**
     * Stems a lowercase word. Words of one or two letters are returned unchanged unless they are
     * irregular forms ({@code er}, {@code sa}, {@code lå}).
     *
     * @param lowercaseWord a single lowercase token
     * @return its stem (null for null)
     */
    public static String stem(String lowercaseWord) {
        if (lowercaseWord == null) {
            return null;
        }
        String irregular = IRREGULAR.get(lowercaseWord);
        if (irregular != null) {
            return irregular;
        }
        if (lowercaseWord.length() <= 2) {
            return lowercaseWord;
        }
        return rules(lowercaseWord);
    }

    // ---------------------------------------------------------------------------------------
    // Suffix rules
    // ---------------------------------------------------------------------------------------

    private static String rules(String word) {
        String w = word;

        // Passive -s (brukes, snakkes, finnes) and genitive -s on definite forms (huset-s,
        // jenta-s, brukeren-s, husene-s): speech and writing both use them, the rest of the word
        // is an ordinary inflected form. Plain -s after other letters is left alone: it ends many
        // lemmas (hus, kurs, sans, konsekvens).
        String s = stripS(w);
        if (!s.equals(w)) {
            String irregular = IRREGULAR.get(s);
            if (irregular != null) {
                return irregular; // barnas -> barna -> barn
            }
            w = s;
        }

        // Present tense -r of the few monosyllabic verbs that end in a vowel (bor, tror). A
        // general "vowel + r" rule would eat nouns (tur, dyr, hår, sår, spor), so it is a list.
        if (w.length() >= 3 && w.charAt(w.length() - 1) == 'r') {
            String root = w.substring(0, w.length() - 1);
            if (VOWEL_STEM_VERBS.contains(root)) {
                return root;
            }
        }

        String next = stripEnding(w);
        if (GUARD.contains(next)) {
            return w;
        }
        w = next;
        next = consonantEndings(w);
        if (GUARD.contains(next)) {
            return w;
        }
        w = next;
        next = normalize(w);
        if (GUARD.contains(next) && !next.equals(w)) {
            return w;
        }
        return next;
    }

    private static String stripS(String w) {
        int n = w.length();
        if (n < 5 || w.charAt(n - 1) != 's') {
            return w;
        }
        char p = w.charAt(n - 2);
        // -es: passive (brukes) and genitive plural (husenes); -ss is a lemma ending (prosess).
        if (p == 'e' && w.charAt(n - 3) != 's') {
            return w.substring(0, n - 1);
        }
        // -ets (husets), -as (jentas), -erens (brukerens): genitive of a definite form.
        if (n >= 6 && (w.endsWith("ets") || p == 'a' || w.endsWith("erens"))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Removes one vowel-initial inflectional ending, longest first. */
    private static String stripEnding(String w) {
        String r = stripEndingOnce(w);
        if (r == w) {
            return w;
        }
        int n = r.length();
        // studer-er, søster-en, nummer-et: after the inflection comes off, the unstressed -er
        // of the lemma goes too, exactly as it does for the bare lemma (studere, søster -> søst).
        if (n >= 5 && r.endsWith("er")) {
            r = r.substring(0, n - 2);
            n -= 2;
        }
        // tema-et, kafe-en, mamma-en: the lemma itself ends in a/e, which the lemma loses to the
        // -a/-e rule; take it off here too so both meet.
        if (n >= 3) {
            char c = r.charAt(n - 1);
            if (c == 'a' || c == 'e') {
                r = r.substring(0, n - 1);
            }
        }
        return r;
    }

    private static String stripEndingOnce(String w) {
        int n = w.length();
        // -erne, -eren, -ere: definite plural/singular and indefinite plural of nouns in -er
        // (brukerne, brukeren, brukere), also comparative -ere (sterkere).
        if (endsWith(w, "erne", 3) || endsWith(w, "eren", 3)) {
            return w.substring(0, n - 4);
        }
        // -ende: present participle (levende, sovende).
        if (endsWith(w, "ende", 3)) {
            return w.substring(0, n - 4);
        }
        if (endsWith(w, "ere", 2)) {
            return w.substring(0, n - 3);
        }
        // -ene: definite plural, all genders (husene, jentene, årene).
        if (endsWith(w, "ene", 2)) {
            return w.substring(0, n - 3);
        }
        // -er: indefinite plural (jenter), present tense (snakker), agent noun (bruker).
        // -en: definite masculine/common (vennen), also -en adjectives (voksen).
        if (endsWith(w, "er", 2) || endsWith(w, "en", 2)) {
            return w.substring(0, n - 2);
        }
        // -et: definite neuter (huset), past tense/participle (snakket). Not in -het
        // (avhengighet) or -itet (aktivitet): there -et belongs to the derivational suffix.
        if (endsWith(w, "et", 2) && w.charAt(n - 3) != 'h' && !w.endsWith("itet")) {
            return w.substring(0, n - 2);
        }
        // -a: definite feminine (jenta), nynorsk/radical past (snakka), definite plural (barna
        // is in the table). -e: infinitive, weak adjective and plural (snakke, trygge).
        char last = w.charAt(n - 1);
        if ((last == 'a' || last == 'e') && n - 1 >= 2) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /**
     * Consonant endings that stay after the vowel ending is gone: past participles and the
     * neuter of adjectives (-t), past tense of weak verbs (-te/-de, whose -e already went).
     */
    private static String consonantEndings(String w) {
        int n = w.length();
        if (n < 3) {
            return w;
        }
        char last = w.charAt(n - 1);
        char prev = w.charAt(n - 2);
        if (last == 't') {
            // -ert: participle of -ere verbs (studert, engasjert), adjective neuter (sikkert).
            if (endsWith(w, "ert", 3)) {
                return w.substring(0, n - 3);
            }
            // -igst: superlative of -ig adjectives (viktigst).
            if (w.endsWith("igst") && n >= 7) {
                return w.substring(0, n - 2);
            }
            // -ått: participle/neuter of å-stems (gått, blått, slått, mått).
            if (w.endsWith("ått") && n >= 4) {
                return w.substring(0, n - 2);
            }
            // -t after a consonant: participle (kjøpt), past tense (kjøpte -> kjøpt), neuter
            // (godt, trygt). After d, v, m, p, f this is (almost) always inflection, so short
            // stems are fine (godt, lavt, dumt). After k, l, g, n, s, t many lemmas end in -t
            // (takt, salt, sakte, kant, lyst, litt), so the remaining stem must have 4+ letters;
            // after l 5+, because ll+t is written lt (stilte, spilt) and would meet a word with a
            // single l (stil); -elt and -alt stems (enkelt, betalt) are long enough anyway.
            // Never after r: svart/svar, sport/spor, fort/for are unrelated. Not in -ant, a lemma
            // ending (plante/plan, relevant, interessant), while -ent/-ynt/-ønt are the -nn
            // verbs and adjectives (kjent, begynt, grønt).
            int min;
            switch (prev) {
                case 'd', 'v', 'm', 'p', 'f' -> min = 3;
                case 'k', 'g', 's', 't' -> min = 4;
                case 'l' -> min = 5;
                case 'n' -> min = w.charAt(n - 3) == 'a' ? Integer.MAX_VALUE : 4;
                default -> min = Integer.MAX_VALUE;
            }
            if (n - 1 >= min) {
                return w.substring(0, n - 1);
            }
            return w;
        }
        if (last == 'd') {
            // -dd: past tense/participle of vowel stems (bodde -> bodd, bodd, trodd, nådd).
            if (prev == 'd' && n >= 4 && isVowel(w.charAt(n - 3))) {
                return w.substring(0, n - 2);
            }
            // -d: participle and past (-de) of weak verbs in v, g and diphthongs
            // (prøvd, levd, bygd, pleid). Not after l, n, r, e: bilde, sende, glede, ord.
            if (n - 1 >= 3 && (prev == 'v' || prev == 'g' || (prev == 'i' && w.charAt(n - 3) == 'e')
                    || (prev == 'y' && w.charAt(n - 3) == 'ø'))) {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }

    /** Spelling changes inflection makes inside the stem. */
    private static String normalize(String w) {
        int n = w.length();
        if (n < 3) {
            return w;
        }
        char last = w.charAt(n - 1);
        char prev = w.charAt(n - 2);
        // Unstressed -el contracts before a vowel ending: sykkel/sykler, regel/regler,
        // middel/midler, gammel/gamle. Drop the e, and the doubled consonant with it.
        if (last == 'l' && prev == 'e' && n >= 5 && isConsonant(w.charAt(n - 3))) {
            String r = w.substring(0, n - 2);
            int m = r.length();
            if (r.charAt(m - 1) == r.charAt(m - 2)) {
                r = r.substring(0, m - 1);
            }
            return r + 'l';
        }
        // Unstressed -er contracts the same way: søster/søstre, nummer/numre, vinter/vintre,
        // hinder/hindre. Norwegian stems do not otherwise end in consonant + r.
        if (last == 'r' && n >= 4 && isConsonant(prev) && prev != 'r' && prev != 'j') {
            return undouble(w.substring(0, n - 1), 3);
        }
        // Unstressed -en contracts: åpen/åpne, voksen/voksne. Only after p and s: after other
        // consonants a stem in -n is common (navn, regn, tegn, barn, ordne, vitne).
        if (last == 'n' && (prev == 'p' || prev == 's')) {
            return w.substring(0, n - 1);
        }
        return undouble(w, 4);
    }

    /**
     * A double consonant is written single before another consonant (trygg/trygt, grønn/grønt,
     * glemme/glemte), so the stem keeps a single one. Final m is never doubled in Norwegian
     * (rom/rommet, dum/dumme), so mm always goes. Other doubles only when the result keeps at least
     * {@code minResult} letters: takk/tak, venn, mann, fall stay apart from their short look-alikes.
     * Only for g, k, n, p, the consonants where the single spelling actually shows up; not l
     * (stille/stil), t (handled as -t), s (press).
     */
    private static String undouble(String w, int minResult) {
        int n = w.length();
        if (n < 3) {
            return w;
        }
        char last = w.charAt(n - 1);
        if (last != w.charAt(n - 2)) {
            return w;
        }
        if (last == 'm' || (n - 1 >= minResult && (last == 'g' || last == 'k' || last == 'n' || last == 'p'))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean endsWith(String w, String suffix, int minStem) {
        return w.length() - suffix.length() >= minStem && w.endsWith(suffix);
    }

    private static boolean isVowel(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'é', 'è', 'ê', 'ó', 'ò', 'ô' -> true;
            default -> false;
        };
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && !isVowel(c);
    }

    // ---------------------------------------------------------------------------------------
    // Tables
    // ---------------------------------------------------------------------------------------

    /** Monosyllabic verbs ending in a vowel whose present tense is stem + r (bor, tror). */
    private static final Set<String> VOWEL_STEM_VERBS = Set.of(
            "bo", "tro", "snu", "sy", "gro", "spå", "strø", "klø");

    /**
     * Function words a rule must never produce from a longer word: sommer would become som, dere
     * der, jeger jeg, mote mot, ute ut. When a step lands on one of these the step is undone.
     */
    private static final Set<String> GUARD = Set.of(
            "og", "i", "på", "til", "av", "for", "med", "som", "at", "det", "den", "de", "der",
            "her", "en", "et", "ei", "er", "var", "har", "kan", "vil", "skal", "må", "men", "så",
            "om", "da", "når", "nå", "ikke", "jeg", "du", "han", "hun", "vi", "dem", "seg", "sin",
            "min", "din", "hva", "hvem", "hvor", "fra", "ut", "opp", "inn", "mot", "hos", "ved",
            "mens", "noe", "enn", "meg", "deg", "oss");

    /** Irregular form -> stem of its lemma. */
    private static final Map<String, String> IRREGULAR = new HashMap<>();

    static {
        // Strong and irregular verbs: vowel change (hjelpe/hjalp/hjulpet) or suppletion. Forms
        // that are also common unrelated words are left out (sang, vant, bar, la).
        verb("hjelpe", "hjalp", "hjulpet");
        verb("gå", "går", "gikk", "gått");
        verb("ta", "tar", "tok", "tatt");
        verb("si", "sier", "sa", "sagt");
        verb("få", "får", "fikk", "fått");
        verb("gjøre", "gjør", "gjorde", "gjort");
        verb("skrive", "skrev", "skreiv", "skrevet", "skrevne");
        verb("sitte", "satt");
        verb("ligge", "lå");
        verb("legge", "lagt", "lagde");
        verb("drikke", "drakk", "drukket");
        verb("finne", "fant", "funnet", "funne");
        verb("stå", "står", "sto", "stod", "stått");
        verb("se", "ser", "så", "sett");
        verb("vite", "vet", "veit", "visste", "visst");
        verb("ha", "har", "hadde", "hatt");
        verb("bli", "blir", "ble", "blei", "blitt");
        verb("spørre", "spør", "spurte", "spurt");
        verb("gi", "gir", "ga", "gav", "gitt");
        verb("slå", "slår", "slo", "slått");
        verb("sove", "sov");
        verb("velge", "valgte", "valgt");
        verb("følge", "fulgte", "fulgt");
        verb("selge", "solgte", "solgt");
        verb("dra", "drar", "dro", "dratt");
        verb("be", "ber", "ba", "bedt");
        verb("le", "ler", "lo");
        verb("bære", "båret");
        verb("treffe", "traff", "truffet");
        verb("bryte", "brøt", "brutt");
        verb("vinne", "vunnet");
        verb("synge", "sunget");
        verb("gråte", "gråt", "grått");
        verb("falle", "falt");
        verb("fryse", "frøs", "frosset");
        verb("skjære", "skar", "skåret");
        verb("sette", "satte");
        verb("telle", "talte", "talt");
        verb("fortelle", "fortalte", "fortalt");
        // Compounds of "ta" conjugate like it; their -a infinitive must not meet dele/delte.
        fixed("delta", "delta", "deltar", "deltok", "deltatt");
        fixed("overta", "overta", "overtar", "overtok", "overtatt");
        // Modal verbs keep the infinitive as key: rule stems would be vill (wild), skull, kunn.
        fixed("kunne", "kunne", "kan", "kunnet");
        fixed("skulle", "skulle", "skal", "skullet");
        fixed("ville", "ville", "vil", "villet");
        fixed("måtte", "måtte", "må", "måttet");
        fixed("burde", "burde", "bør");
        verb("tørre", "tør", "turte", "turt");
        // "være" keeps its own key: the rule stem would be "vær", which is also "weather".
        fixed("være", "være", "er", "var", "vært", "vore");

        // Nouns with umlaut or irregular plurals.
        noun("mor", "mødre", "mødrene");
        noun("bror", "brødre", "brødrene");
        noun("far", "fedre", "fedrene");
        noun("datter", "døtre", "døtrene");
        noun("natt", "netter", "nettene");
        noun("hånd", "hender", "hendene");
        noun("fot", "føtter", "føttene");
        noun("bok", "bøker", "bøkene");
        noun("mann", "menn", "mennene");
        noun("tann", "tenner", "tennene");
        noun("rot", "røtter", "røttene");
        noun("bonde", "bønder", "bøndene");
        noun("kraft", "krefter", "kreftene");
        noun("strand", "strender", "strendene");
        noun("tå", "tær", "tærne");
        noun("kne", "knær", "knærne");
        noun("tre", "trær", "trærne");
        noun("øye", "øyne", "øynene", "augo");
        noun("barn", "barna", "barnas");
        // Adjectives with suppletion or umlaut in comparison, and liten.
        noun("god", "bedre", "best", "beste");
        noun("stor", "større", "størst", "største");
        noun("liten", "lille", "små", "mindre", "minst", "minste");
        noun("lang", "lengre", "lengst", "lengste");
        noun("ung", "yngre", "yngst", "yngste");
        noun("mange", "flere", "flest", "fleste");
        noun("få", "færre", "færrest");
    }

    /** Registers irregular forms under the rule stem of their lemma. */
    private static void verb(String lemma, String... forms) {
        fixed(lemma.length() <= 2 ? lemma : rules(lemma), forms);
    }

    private static void noun(String lemma, String... forms) {
        verb(lemma, forms);
    }

    /** Registers forms under an explicit stem. */
    private static void fixed(String stem, String... forms) {
        for (String f : forms) {
            IRREGULAR.put(f, stem);
        }
    }
}
