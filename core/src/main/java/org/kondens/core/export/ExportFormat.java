package org.kondens.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;

/** Every export Kondens writes, by the name the CLI and the GUI use. */
public enum ExportFormat {
    FINDINGS_DOCX("findings-docx", "Findings table: code groups and their subgroups"),
    PROCESS_DOCX("process-docx", "Analysis-process example table (steps 1–4)"),
    RESULTS_DOCX("results-docx", "Results chapter draft with headings, analytic texts and quotes"),
    CODEBOOK_DOCX("codebook-docx", "Codebook for the supervisor"),
    CODEBOOK_XLSX("codebook-xlsx", "Codebook as a spreadsheet"),
    CONDENSATES_DOCX("condensates-docx", "Meaning units beside each condensate (step 3 review)"),
    PARTICIPANTS_DOCX("participants-docx", "Participant table for the method chapter"),
    REVIEW_DOCX("review-docx", "Review document for the supervisor: changes since the last round, the analysis, open comments"),
    UNITS_XLSX("units-xlsx", "Every meaning unit, filterable"),
    UNITS_CSV("units-csv", "Every meaning unit as CSV"),
    MATRIX_XLSX("matrix-xlsx", "Subgroup × informant matrix"),
    MATRIX_CSV("matrix-csv", "Subgroup × informant matrix as CSV"),
    JSON("json", "The whole project (backup and exchange)"),
    QDPX("qdpx", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder"),
    QDC("qdc", "REFI-QDA codebook: code groups and subgroups");

    private final String id;
    private final String description;

    ExportFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The file name extension, with the dot. */
    public String extension() {
        return "." + id.substring(id.lastIndexOf('-') + 1);
    }

    public static ExportFormat of(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(key)).findFirst().orElseThrow(() -> new KondensException(
                Problem.EXPORT_UNKNOWN_FORMAT, id, Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "))));
    }
}
