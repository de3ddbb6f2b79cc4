package org.kondens.app.cli;

import java.util.List;
import java.util.Map;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.Hint;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;

@Command(name = "info", description = "What the project holds, step by step, and the method hints.")
final class InfoCommand extends ProjectCommand {

    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    int run(StcProject project, Printer out) {
        ProjectSnapshot s = project.snapshot();
        List<Hint> hints = project.hints();
        long words = s.transcripts().stream().mapToLong(t -> org.kondens.core.importer.ImportedTranscript.words(t.text())).sum();
        long condensed = s.subgroups().stream().filter(x -> !x.condensate().isBlank()).count();
        long analysed = s.subgroups().stream().filter(x -> !x.analyticText().isBlank()).count();
        long finalNames = s.codeGroups().stream().filter(g -> g.finalName() != null).count();
        long unsorted = s.meaningUnits().stream().filter(u -> u.isUnsorted()).count();

        Map<String, Object> json = Printer.obj(
                "title", s.project().title(), "language", s.project().language().code(),
                "researchQuestion", s.project().researchQuestion(), "modified", s.project().modified(),
                "material", Printer.obj("informants", s.informants().size(), "sessions", s.sessions().size(),
                        "transcripts", s.transcripts().size(), "words", words),
                "step1", Printer.obj("notes", s.notes().size(), "preliminaryThemes", s.themes().size()),
                "step2", Printer.obj("codeGroups", s.codeGroups().size(), "meaningUnits", s.meaningUnits().size(), "unsorted", unsorted),
                "step3", Printer.obj("subgroups", s.subgroups().size(), "withCondensate", condensed, "quotes", s.quotes().size()),
                "step4", Printer.obj("finalNames", finalNames, "subgroupsWithAnalyticText", analysed),
                "hints", hints.stream().map(h -> Printer.obj("kind", h.kind(), "subject", h.subject(), "message", h.message())).toList());

        StringBuilder text = new StringBuilder();
        text.append(s.project().title()).append(" (").append(s.project().language().displayName()).append(")\n");
        if (!s.project().researchQuestion().isBlank()) {
            text.append("Research question: ").append(s.project().researchQuestion()).append('\n');
        }
        text.append("Material:  ").append(s.transcripts().size()).append(" transcripts, ").append(s.informants().size())
                .append(" informants, ").append(words).append(" words\n");
        text.append("Step 1  Total impression:  ").append(s.themes().size()).append(" preliminary themes, ")
                .append(s.notes().size()).append(" notes\n");
        text.append("Step 2  Meaning units:     ").append(s.meaningUnits().size()).append(" meaning units in ")
                .append(s.codeGroups().size()).append(" code groups (").append(unsorted).append(" unsorted)\n");
        text.append("Step 3  Condensation:      ").append(s.subgroups().size()).append(" subgroups, ").append(condensed)
                .append(" with condensate, ").append(s.quotes().size()).append(" quotes\n");
        text.append("Step 4  Synthesis:         ").append(finalNames).append(" final names, ").append(analysed)
                .append(" subgroups with analytic text\n");
        s.codeGroups().forEach(g -> {
            text.append("  ■ ").append(g.workingName());
            if (g.finalName() != null) {
                text.append(" → ").append(g.finalName());
            }
            text.append(" (").append(s.unitsOf(g.id()).size()).append(" units)\n");
            for (Subgroup sub : s.subgroupsOf(g.id())) {
                text.append("      ").append(sub.name()).append(" (")
                        .append(s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).count()).append(" units)\n");
            }
        });
        text.append(hints.isEmpty() ? "No hints." : hints.size() + " hint" + (hints.size() == 1 ? "" : "s") + ":");
        hints.forEach(h -> text.append("\n  · ").append(h.message()));
        out.result(text.toString(), json);
        return 0;
    }
}
