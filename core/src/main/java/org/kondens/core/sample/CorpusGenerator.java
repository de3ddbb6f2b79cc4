package org.kondens.core.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;

/**
 * Writes synthetic interview transcripts for benchmarks: "I:" questions and "Informant N:"
 * answers of Norwegian-looking words, with æøå, hesitations and the odd emoji. The same
 * arguments always give byte-identical files (fixed seed), so numbers can be compared over time.
 */
public final class CorpusGenerator {

    public static final long SEED = 20_261_122L;

    private static final String[] WORDS = ("jeg du han hun vi de det som og men eller når hvis fordi så da nå her der "
            + "bolig leilighet nøkkel dør hjem nabo kommune hjelp hjelper ansatt miljøarbeider veileder saksbehandler lege "
            + "behandling avrusning institusjon utskrivning overgang hverdag uke dag kveld morgen helg fredag sommer vinter "
            + "venn venner familie mor far søster bror barn sønn datter kjæreste fellesskap gruppe møte samtale telefon "
            + "arbeid jobb verksted kafé praksis skole kurs penger regning husleie skjema brev søknad venteliste vedtak "
            + "trygg utrygg ensom sliten glad redd stolt flau lettet spent sint lei rolig tung lett vanskelig viktig "
            + "første siste neste hele halve mange noen ingen alle litt mye mer mindre lenge kort tidlig sent alltid aldri "
            + "tenkte følte visste sa spurte hjalp kom gikk fikk ga tok satt sto bodde flyttet ringte ventet jobbet prøvde "
            + "å være ha gjøre få gå komme si se tenke føle vite klare orke tørre begynne slutte fortsette holde ut "
            + "egentlig liksom altså sånn skikkelig ganske veldig kanskje sikkert nesten bare også ikke heller fortsatt "
            + "på i til fra med uten om etter før under over mot ved hos gjennom mellom").split(" ");
    private static final String[] FILLERS = {"eh", "ehm", "altså", "liksom", "(pause)", "[ler]", "ja", "nei", "hm"};
    private static final String[] QUESTIONS = {"Kan du fortelle om", "Hvordan opplevde du", "Hva tenker du om",
        "Hva betydde", "Kan du si litt mer om", "Hvordan var det med", "Hva var viktigst for deg med"};

    private CorpusGenerator() {
    }

    /** The words the corpus is made of (benchmarks build their queries from them). */
    public static List<String> vocabulary() {
        return List.of(WORDS);
    }

    /** Writes {@code transcripts} files of about {@code words} words each into {@code dir}; returns them. */
    public static List<Path> write(Path dir, int transcripts, int words) {
        if (transcripts < 1 || words < 50) {
            throw new KondensException(Problem.SAMPLE_CORPUS_TOO_SMALL);
        }
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            for (int n = 1; n <= transcripts; n++) {
                Path file = dir.resolve(String.format("korpus-%04d.txt", n));
                Files.writeString(file, transcript(n, words), StandardCharsets.UTF_8);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new KondensException(e, Problem.SAMPLE_CANNOT_WRITE, dir, e.getMessage());
        }
    }

    /** Transcript number {@code n}: a header, then alternating questions and answers. */
    static String transcript(int n, int words) {
        Random random = new Random(SEED + n);
        StringBuilder s = new StringBuilder("Intervju " + n + " (syntetisk testkorpus)\nDato: 2026-01-" + (1 + n % 28) + "\n\n");
        int written = 0;
        while (written < words) {
            String question = QUESTIONS[random.nextInt(QUESTIONS.length)] + " " + sentence(random, 3 + random.nextInt(6), false);
            s.append("I: ").append(question, 0, question.length() - 1).append("?\n\n");
            written += question.split(" ").length;
            s.append("Informant ").append(n).append(": ");
            int sentences = 2 + random.nextInt(8);
            for (int i = 0; i < sentences && written < words; i++) {
                int length = 4 + random.nextInt(18);
                s.append(sentence(random, length, true)).append(' ');
                written += length;
            }
            s.setLength(s.length() - 1);
            s.append("\n\n");
        }
        return s.toString();
    }

    private static String sentence(Random random, int length, boolean spoken) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = spoken && random.nextInt(12) == 0 ? FILLERS[random.nextInt(FILLERS.length)] : WORDS[random.nextInt(WORDS.length)];
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            s.append(word).append(i + 1 < length ? (random.nextInt(9) == 0 ? ", " : " ") : "");
        }
        return s.append(spoken && random.nextInt(40) == 0 ? " 🙂." : ".").toString();
    }
}
