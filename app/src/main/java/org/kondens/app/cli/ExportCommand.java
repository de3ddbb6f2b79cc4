package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.Exports;
import org.kondens.core.export.ReviewDocument;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = {"Export tables and texts for the thesis, or the whole project.",
    "Formats: findings-docx, process-docx, results-docx, codebook-docx, codebook-xlsx, condensates-docx,",
    "participants-docx, units-xlsx, units-csv, matrix-xlsx, matrix-csv, json, qdpx (REFI-QDA project), qdc (REFI-QDA codebook),",
    "review-docx (review document for the supervisor: changes since the last round, the analysis, open comments;",
    "exporting it records a review round, so the next one lists what changed after it)."})
final class ExportCommand extends ProjectCommand {

    /** Only the review document writes to the project: it records the review round. */
    @Override
    boolean readsOnly() {
        return !review();
    }

    private boolean review() {
        return format != null && format.strip().equalsIgnoreCase(ExportFormat.REVIEW_DOCX.id());
    }

    @Option(names = "--format", required = true, paramLabel = "F")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path outFile;

    @Option(names = "--layout", paramLabel = "columns|rows", description = "findings-docx: code groups as columns (default) or rows")
    String layout = "columns";

    @Option(names = "--subgroup", paramLabel = "S", description = "process-docx: a subgroup row (repeatable; 'Group/Subgroup' if names repeat)")
    List<String> subgroups = new ArrayList<>();

    @Option(names = "--template", paramLabel = "FILE.docx|.dotx", description = "Word exports: take styles from this template")
    Path template;

    @Option(names = "--attribute", paramLabel = "NAME", description = "participants-docx: informant attribute to show (repeatable; default all)")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--reviewer", paramLabel = "NAME", description = "review-docx: who reviews this round (repeatable)")
    List<String> reviewers = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "review-docx: a note kept with the review round")
    String note = "";

    @Override
    int run(StcProject project, Printer out) {
        ExportFormat f;
        try {
            f = ExportFormat.of(format);
        } catch (KondensException e) {
            throw usage(e.getMessage());
        }
        if (!layout.equals("columns") && !layout.equals("rows")) {
            throw usage("--layout is 'columns' or 'rows', not '" + layout + "'.");
        }
        if (f != ExportFormat.REVIEW_DOCX && (!reviewers.isEmpty() || !note.isEmpty())) {
            throw usage("--reviewer and --note are for --format review-docx, not " + f.id() + ".");
        }
        List<UUID> chosen = new ArrayList<>();
        for (String s : subgroups) {
            chosen.add(subgroup(project, s).id());
        }
        ExportOptions options = ExportOptions.DEFAULT.withRowsLayout(layout.equals("rows")).withSubgroups(chosen)
                .withTemplate(template).withAttributes(attributes);
        long t0 = System.nanoTime();
        if (f == ExportFormat.REVIEW_DOCX) {
            if (project.isReadOnly()) {
                // The round could not be recorded, and the next document would list the same changes again.
                throw new KondensException(projectFile.getFileName() + " is open read-only: a review document records its review "
                        + "round in the project, so Kondens must be able to save it.");
            }
            ReviewRound round = ReviewDocument.export(project.snapshot(), options, outFile,
                    () -> project.reviews().sendForReview(reviewers, note));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int number = project.snapshot().review().rounds().size();
            out.result("Exported " + projectFile.getFileName() + " as " + f.id() + " to " + outFile + " (" + ms + " ms); review round "
                    + number + " recorded" + (round.reviewers().isEmpty() ? "" : " for " + String.join(", ", round.reviewers())),
                    Printer.obj("format", f.id(), "out", outFile.toString(), "millis", ms, "round", number,
                            "reviewers", round.reviewers()));
            return 0;
        }
        Exports.write(project.snapshot(), f, options, outFile);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.result("Exported " + projectFile.getFileName() + " as " + f.id() + " to " + outFile + " (" + ms + " ms)",
                Printer.obj("format", f.id(), "out", outFile.toString(), "millis", ms));
        return 0;
    }

    /** A subgroup by name (any case), or "Code group/Subgroup" when the name is in several groups. */
    private static Subgroup subgroup(StcProject project, String name) {
        var s = project.snapshot();
        List<Subgroup> named = s.subgroups().stream().filter(x -> x.name().equalsIgnoreCase(name.strip())).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        int slash = name.lastIndexOf('/');
        if (slash > 0) {
            var group = project.findCodeGroup(name.substring(0, slash).strip());
            return project.findSubgroup(group.id(), name.substring(slash + 1).strip());
        }
        throw new KondensException(named.isEmpty() ? "No subgroup named '" + name + "'."
                : "'" + name + "' is a subgroup in several code groups; write 'Code group/" + name + "'.");
    }
}
