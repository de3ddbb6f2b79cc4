package org.kondens.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.Exports;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * Times every export on a large analysis: the benchmark corpus with {@code units} meaning units
 * in 6 code groups of 4 subgroups, each with condensate, analytic text and quotes. Built in
 * memory (exports read a snapshot), so the figure is the export alone.
 */
final class ExportBench {

    private ExportBench() {
    }

    static Map<String, Double> run(ProjectSnapshot corpus, int units, Path dir) {
        ProjectSnapshot big = analysis(corpus, units);
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (ExportFormat f : ExportFormat.values()) {
            long t0 = System.nanoTime();
            Exports.write(big, f, ExportOptions.DEFAULT, dir.resolve("export-" + f.id() + f.extension()));
            seconds.put(f.id(), Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        }
        return seconds;
    }

    private static ProjectSnapshot analysis(ProjectSnapshot s, int count) {
        List<CodeGroup> groups = new ArrayList<>();
        List<Subgroup> subgroups = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            CodeGroup group = new CodeGroup(UUID.nameUUIDFromBytes(("g" + g).getBytes()), "Kodegruppe " + (g + 1), "Funn " + (g + 1),
                    "Beskrivelse av gruppe " + (g + 1), "#4A6FA5", g, "Innledning til funn " + (g + 1) + ".", List.of());
            groups.add(group);
            for (int k = 0; k < 4; k++) {
                subgroups.add(new Subgroup(UUID.nameUUIDFromBytes(("s" + g + k).getBytes()), group.id(), "Subgruppe " + (g + 1) + "." + (k + 1),
                        k, "Jeg kondenserte dette fra mange enheter, med æøå.", List.of(), "Deltakerne beskrev mye.", List.of()));
            }
        }
        List<MeaningUnit> units = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        outer:
        for (Transcript t : s.transcripts()) {
            for (SpeakerTurn turn : s.turns().getOrDefault(t.id(), List.of())) {
                if (turn.role() != SpeakerRole.INFORMANT || turn.end() - turn.start() < 40) {
                    continue;
                }
                Subgroup sub = subgroups.get(units.size() % subgroups.size());
                MeaningUnit u = new MeaningUnit(UUID.nameUUIDFromBytes(("u" + units.size()).getBytes()), t.id(), turn.start(),
                        Math.min(turn.end(), turn.start() + 240), turn.informantId(), "", Instant.EPOCH,
                        List.of(new Membership(sub.codeGroupId(), sub.id())));
                units.add(u);
                if (units.size() <= subgroups.size() * 2) {
                    quotes.add(new Quote(UUID.nameUUIDFromBytes(("q" + units.size()).getBytes()), u.id(), sub.codeGroupId(), sub.id(),
                            u.start(), u.start() + 30, null, null, units.size()));
                }
                if (units.size() == count) {
                    break outer;
                }
            }
        }
        return new ProjectSnapshot(s.project(), s.questionHistory(), s.informants(), s.sessions(), s.transcripts(), s.turns(), s.notes(),
                s.themes(), groups, subgroups, units, quotes, List.of());
    }
}
