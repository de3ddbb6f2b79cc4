package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.importer.DetectedTurn;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.TextHash;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Transcripts in and out: an import resolves its speakers to informants and makes a session; a
 * delete takes everything pointing into the text.
 */
final class Transcripts extends StcService {

    Transcripts(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    Transcript importTranscript(ImportedTranscript in, List<String> informantLabels) {
        String hash = TextHash.of(in.text());
        List<String> given = givenLabels(in, informantLabels);
        return change("Import transcript", in.sourceFile(), r -> insert(r, in, hash, given));
    }

    /** Adds one read file to a batch of imports, as its own undo step; {@code hash} is {@code TextHash.of(in.text())}. */
    interface Batch {
        Transcript add(ImportedTranscript in, String hash, List<String> informantLabels);
    }

    /**
     * Imports many files in one transaction (one wait for the disk), each its own undo step and
     * audit line, as {@link #importTranscript} would: a refused file leaves nothing behind.
     */
    void importBatch(java.util.function.Consumer<Batch> work) {
        db.writeSteps(steps -> work.accept((in, hash, labels) -> {
            List<String> given = givenLabels(in, labels);
            return steps.write("Import transcript", in.sourceFile(), s -> insert(new ProjectRepository(s), in, hash, given));
        }));
        changed();
    }

    private Transcript insert(ProjectRepository r, ImportedTranscript in, String hash, List<String> given) {
        r.transcriptByHash(hash).ifPresent(t -> {
            throw new KondensException(Problem.TEXT_ALREADY_IMPORTED, in.sourceFile(), t.title());
        });
        List<String> speakers = in.turns().stream().filter(t -> t.role() == SpeakerRole.INFORMANT)
                .map(DetectedTurn::speaker).distinct().toList();
        List<String> labels = !given.isEmpty() ? given : !speakers.isEmpty() ? speakers : List.of(in.title());
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (String label : labels) {
            ids.put(label, informantByLabel(r, label).orElseGet(() -> {
                Informant i = Informant.of(UUID.randomUUID(), label.strip(), Map.of());
                r.insertInformant(i);
                return i;
            }).id());
        }
        // Speaker labels that differ only in case ("EK1", "ek1") are one informant, so one participant.
        List<UUID> participants = ids.values().stream().distinct().toList();
        UUID only = participants.size() == 1 ? participants.get(0) : null;
        // Several given labels pair with the informant speakers in the order they first speak.
        Map<String, UUID> bySpeaker = new LinkedHashMap<>(ids);
        if (given.size() > 1) {
            if (given.size() != speakers.size()) {
                throw new KondensException(Problem.INFORMANTS_NOT_SPEAKERS, in.sourceFile(), given.size(), speakers.size(), speakers);
            }
            for (int i = 0; i < speakers.size(); i++) {
                bySpeaker.put(speakers.get(i), ids.get(given.get(i)));
            }
        }
        List<SpeakerTurn> turns = in.turns().stream().map(t -> new SpeakerTurn(t.start(), t.end(), t.speaker(), t.role(),
                t.role() == SpeakerRole.INTERVIEWER ? null : bySpeaker.getOrDefault(t.speaker(), only))).toList();
        Session session = new Session(UUID.randomUUID(), in.title(), participants.size() > 1 ? SessionKind.FOCUS_GROUP
                : SessionKind.INDIVIDUAL, null, null, null, participants, false, "");
        r.insertSession(session);
        Transcript t = new Transcript(UUID.randomUUID(), session.id(), in.title(), in.text(), in.sourceFile(), hash,
                db.clock().instant());
        r.insertTranscript(t, turns);
        return t;
    }

    private static List<String> givenLabels(ImportedTranscript in, List<String> labels) {
        List<String> given = new ArrayList<>();
        for (String label : labels) {
            requireText(label, Problem.INFORMANT_LABEL_BLANK, in.sourceFile());
            if (given.stream().anyMatch(g -> g.equalsIgnoreCase(label.strip()))) {
                throw new KondensException(Problem.INFORMANT_GIVEN_TWICE, in.sourceFile(), label.strip());
            }
            given.add(label.strip());
        }
        return given;
    }

    void deleteTranscript(UUID id) {
        Transcript t = transcript(id);
        long units = read(r -> r.unitCountOf(id));
        changeVoid("Delete transcript", t.title() + " (" + units + " meaning units)", r -> r.deleteTranscript(id));
    }
}
