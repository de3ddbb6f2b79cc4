package org.kondens.core.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.importer.InformantRow;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;

/**
 * Builds the sample project from the fictional study in {@code samples/study} (bundled with the
 * app, or read from a folder): the transcripts
 * are imported by the real importers, and the analysis in {@code analysis.json} is replayed
 * through {@link StcProject} call by call, the way a student would make it. Meaning units are
 * found by their exact words, so the sample keeps working whatever the offsets turn out to be.
 */
public final class SampleStudy {

    /** The file that describes the analysis, inside the study folder. */
    public static final String ANALYSIS = "analysis.json";

    private final Path studyDir;
    private final JsonNode analysis;
    private final StcProject project;
    private final Map<String, Transcript> transcripts = new HashMap<>();
    private final Map<String, UUID> themes = new HashMap<>();
    private final Map<String, CodeGroup> groups = new HashMap<>();
    private final Map<String, Subgroup> subgroups = new HashMap<>();

    private SampleStudy(Path studyDir, JsonNode analysis, StcProject project) {
        this.studyDir = studyDir;
        this.analysis = analysis;
        this.project = project;
    }

    /** Builds a new project file {@code out} from the study bundled with Kondens; fails if {@code out} exists. */
    public static void build(Path out) {
        BundledStudy.build(out);
    }

    /** Builds a new project file {@code out} from {@code studyDir}; fails if {@code out} exists. */
    public static void build(Path studyDir, Path out) {
        JsonNode analysis;
        try {
            analysis = new ObjectMapper().readTree(studyDir.resolve(ANALYSIS).toFile());
        } catch (IOException e) {
            throw new KondensException(e, Problem.SAMPLE_CANNOT_READ, studyDir.resolve(ANALYSIS), e.getMessage());
        }
        // Made outside the try: when create refuses (the file exists), the file is not ours to delete.
        StcProject created = StcProject.create(out, analysis.path("title").asText(), Language.fromCode(analysis.path("language").asText("nb")));
        try (StcProject project = created) {
            SampleStudy study = new SampleStudy(studyDir, analysis, project);
            study.projectFields();
            study.informants();
            study.transcripts();
            study.themes();
            study.codeGroups();
            study.meaningUnits();
            study.condensatesAndQuotes();
            // The study opens as a finished analysis: its building steps are no one's to undo.
            project.database().forgetUndoHistory();
        } catch (RuntimeException e) {
            deleteQuietly(out);
            throw e;
        }
    }

    private void projectFields() {
        project.setResearchQuestion(analysis.path("researchQuestion").asText());
        project.setSubQuestions(strings(analysis.path("subQuestions")));
        Path guide = studyDir.resolve(BundledStudy.GUIDE);
        if (Files.exists(guide)) {
            project.setInterviewGuide(TranscriptFiles.read(guide).text());
        }
        project.setProjectNotes(analysis.path("notes").asText());
    }

    private void informants() {
        List<InformantRow> rows = new ArrayList<>();
        for (JsonNode i : analysis.path("informants")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            i.path("attributes").properties().forEach(a -> attributes.put(a.getKey(), a.getValue().asText()));
            rows.add(new InformantRow(i.path("label").asText(), attributes));
        }
        project.importInformants(rows);
    }

    private void transcripts() {
        for (JsonNode t : analysis.path("transcripts")) {
            String file = t.path("file").asText();
            Transcript transcript = project.importTranscript(TranscriptFiles.read(studyDir.resolve(file)), strings(t.path("informants")));
            transcripts.put(file, transcript);
            Session s = project.snapshot().sessions().stream().filter(x -> x.id().equals(transcript.sessionId())).findFirst().orElseThrow();
            project.updateSession(new Session(s.id(), s.title(), SessionKind.valueOf(t.path("kind").asText("INDIVIDUAL")),
                    t.hasNonNull("date") ? LocalDate.parse(t.path("date").asText()) : null,
                    t.hasNonNull("durationMinutes") ? t.path("durationMinutes").asInt() : null,
                    t.path("moderator").asText(null), s.participants(), false, s.notes()));
            for (JsonNode note : t.path("notes")) {
                int at = transcript.text().indexOf(note.path("near").asText());
                project.addTranscriptNote(transcript.id(), at < 0 ? null : at, note.path("text").asText());
            }
        }
    }

    private void themes() {
        for (JsonNode t : analysis.path("themes")) {
            PreliminaryTheme theme = project.addTheme(t.path("name").asText(), t.path("description").asText(""));
            themes.put(theme.name(), theme.id());
        }
    }

    private List<UUID> themeIds(JsonNode names) {
        return strings(names).stream().map(n -> {
            UUID id = themes.get(n);
            if (id == null) {
                throw new KondensException(Problem.SAMPLE_UNKNOWN, ANALYSIS, Term.SAMPLE_THEME.of(n));
            }
            return id;
        }).toList();
    }

    private void codeGroups() {
        for (JsonNode g : analysis.path("codeGroups")) {
            String name = g.path("name").asText();
            CodeGroup group = project.addCodeGroup(name, g.path("color").asText("#4A6FA5"), themeIds(g.path("fromThemes")));
            groups.put(name, group);
            if (g.hasNonNull("finalName")) {
                project.setFinalName(group.id(), g.path("finalName").asText());
            }
            if (!g.path("description").asText("").isBlank()) {
                project.describeCodeGroup(group.id(), g.path("description").asText());
            }
            if (!g.path("intro").asText("").isBlank()) {
                project.setGroupAnalyticText(group.id(), g.path("intro").asText());
            }
            for (JsonNode s : g.path("subgroups")) {
                Subgroup sub = project.addSubgroup(group.id(), s.path("name").asText());
                subgroups.put(name + "/" + sub.name(), sub);
                for (UUID theme : themeIds(s.path("fromThemes"))) {
                    project.linkTheme(theme, sub.id());
                }
            }
        }
    }

    private void meaningUnits() {
        for (JsonNode u : analysis.path("meaningUnits")) {
            List<Membership> memberships = new ArrayList<>();
            for (JsonNode m : u.path("groups")) {
                CodeGroup group = group(m.path("group").asText());
                Subgroup sub = m.hasNonNull("subgroup") ? subgroup(group.workingName(), m.path("subgroup").asText()) : null;
                memberships.add(new Membership(group.id(), sub == null ? null : sub.id()));
            }
            MeaningUnit unit = project.addMeaningUnit(transcript(u.path("file").asText()).id(), u.path("text").asText(), memberships);
            if (!u.path("note").asText("").isBlank()) {
                project.setMeaningUnitNote(unit.id(), u.path("note").asText());
            }
        }
    }

    private void condensatesAndQuotes() {
        var snapshot = project.snapshot();
        for (JsonNode g : analysis.path("codeGroups")) {
            CodeGroup group = group(g.path("name").asText());
            for (JsonNode s : g.path("subgroups")) {
                Subgroup sub = subgroup(group.workingName(), s.path("name").asText());
                List<MeaningUnit> units = snapshot.meaningUnits().stream().filter(u -> u.memberships().stream()
                        .anyMatch(m -> sub.id().equals(m.subgroupId()))).toList();
                if (!s.path("condensate").asText("").isBlank()) {
                    project.setCondensate(sub.id(), s.path("condensate").asText(), units.stream().map(MeaningUnit::id).toList());
                }
                if (!s.path("analyticText").asText("").isBlank()) {
                    project.setAnalyticText(sub.id(), s.path("analyticText").asText());
                }
                for (JsonNode q : s.path("quotes")) {
                    quote(group, sub, units, q);
                }
            }
        }
    }

    private void quote(CodeGroup group, Subgroup sub, List<MeaningUnit> units, JsonNode q) {
        Transcript t = transcript(q.path("file").asText());
        String words = q.path("text").asText();
        for (MeaningUnit u : units) {
            if (u.transcriptId().equals(t.id())) {
                int at = t.text().substring(u.start(), u.end()).indexOf(words);
                if (at >= 0) {
                    project.addQuote(u.id(), group.id(), sub.id(), u.start() + at, u.start() + at + words.length(),
                            q.path("display").asText(null), q.path("label").asText(null));
                    return;
                }
            }
        }
        throw new KondensException(Problem.SAMPLE_QUOTE_NOT_IN_UNIT, ANALYSIS, words, sub.name());
    }

    private Transcript transcript(String file) {
        Transcript t = transcripts.get(file);
        if (t == null) {
            throw new KondensException(Problem.SAMPLE_UNKNOWN, ANALYSIS, Term.SAMPLE_TRANSCRIPT_FILE.of(file));
        }
        return t;
    }

    private CodeGroup group(String name) {
        CodeGroup g = groups.get(name);
        if (g == null) {
            throw new KondensException(Problem.SAMPLE_UNKNOWN, ANALYSIS, Term.SAMPLE_CODE_GROUP.of(name));
        }
        return g;
    }

    private Subgroup subgroup(String group, String name) {
        Subgroup s = subgroups.get(group + "/" + name);
        if (s == null) {
            throw new KondensException(Problem.SAMPLE_UNKNOWN, ANALYSIS, Term.SAMPLE_SUBGROUP.of(name, group));
        }
        return s;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: a half-built sample is only a sample.
        }
    }
}
