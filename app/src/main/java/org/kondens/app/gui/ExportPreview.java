package org.kondens.app.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * The table an export writes, computed from the snapshot the same way core's exports do (same
 * order, names, counts and the project language's words), so the export view can show it before
 * anything is saved. {@code rows} include the header row 0; {@code bold} rows print bold.
 * Empty when the format has no table to show (JSON).
 */
record ExportPreview(String caption, List<List<String>> rows, Set<Integer> bold) {

    /** Rows shown at most (a units table can be long). */
    static final int MAX_ROWS = 500;

    static final ExportPreview NONE = new ExportPreview("", List.of(), Set.of());

    boolean isEmpty() {
        return rows.isEmpty();
    }

    static ExportPreview of(ProjectSnapshot s, ExportFormat format, ExportOptions o) {
        if (s == null) {
            return NONE;
        }
        Words w = new Words(s);
        return switch (format) {
            case FINDINGS_DOCX -> findings(w, o);
            case PROCESS_DOCX -> process(w, o);
            case RESULTS_DOCX -> results(w);
            case CODEBOOK_DOCX, CODEBOOK_XLSX -> codebook(w);
            case CONDENSATES_DOCX -> condensates(w);
            case PARTICIPANTS_DOCX -> participants(w);
            case UNITS_XLSX, UNITS_CSV -> units(w);
            case MATRIX_XLSX, MATRIX_CSV -> matrix(w);
            default -> NONE; // JSON and exchange formats: no table to show
        };
    }

    // ---- the tables

    private static ExportPreview findings(Words w, ExportOptions o) {
        List<CodeGroup> groups = w.groups();
        List<List<String>> rows = new ArrayList<>();
        if (groups.isEmpty()) {
            return new ExportPreview(w.caption(1, w.groupsAndSubgroups()), rows, Set.of());
        }
        if (o.rowsLayout()) {
            rows.add(List.of(w.group, w.subgroup));
            for (CodeGroup g : groups) {
                List<Subgroup> subs = w.subgroups(g);
                rows.add(List.of(name(g), subs.isEmpty() ? "" : subs.get(0).name()));
                for (int i = 1; i < subs.size(); i++) {
                    rows.add(List.of("", subs.get(i).name()));
                }
            }
        } else {
            rows.add(groups.stream().map(ExportPreview::name).toList());
            int depth = groups.stream().mapToInt(g -> w.subgroups(g).size()).max().orElse(0);
            for (int i = 0; i < depth; i++) {
                List<String> row = new ArrayList<>();
                for (CodeGroup g : groups) {
                    List<Subgroup> subs = w.subgroups(g);
                    row.add(i < subs.size() ? subs.get(i).name() : "");
                }
                rows.add(row);
            }
        }
        return new ExportPreview(w.caption(1, w.groupsAndSubgroups()), rows, Set.of());
    }

    private static ExportPreview process(Words w, ExportOptions o) {
        List<Subgroup> chosen = new ArrayList<>();
        if (o.subgroups().isEmpty()) {
            for (CodeGroup g : w.groups()) {
                w.subgroups(g).stream().filter(x -> !blank(x.condensate())).findFirst()
                        .or(() -> w.subgroups(g).stream().findFirst()).ifPresent(chosen::add);
            }
        } else {
            for (UUID id : o.subgroups()) {
                w.s.subgroups().stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(chosen::add);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        if (chosen.isEmpty()) {
            return new ExportPreview(w.caption(2, w.get("process")), rows, Set.of());
        }
        rows.add(List.of(w.get("step") + " 1: " + w.get("theme"), w.get("step") + " 2: " + w.get("unit"),
                w.get("step") + " 3: " + w.get("condensate"), w.get("step") + " 4: " + w.get("analytic")));
        for (Subgroup sub : chosen) {
            CodeGroup g = w.groupOf(sub);
            List<String> themes = w.themeNames(sub.grewFrom());
            if (themes.isEmpty() && g != null) {
                themes = w.themeNames(g.grewFrom());
            }
            rows.add(List.of(String.join("\n", themes), g == null ? "" : w.exampleUnit(g, sub),
                    Objects.requireNonNullElse(sub.condensate(), "").strip(), Objects.requireNonNullElse(sub.analyticText(), "").strip()));
        }
        return new ExportPreview(w.caption(2, w.get("process")), rows, Set.of());
    }

    private static ExportPreview results(Words w) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> bold = new HashSet<>();
        rows.add(List.of(w.get("heading"), w.get("text")));
        for (CodeGroup g : w.groups()) {
            bold.add(rows.size());
            rows.add(List.of(name(g), Objects.requireNonNullElse(g.analyticIntro(), "").strip()));
            for (Quote q : w.quotes(g, null)) {
                rows.add(List.of("", "«" + w.quoteText(q) + "» (" + w.s.labelOf(q) + ")"));
            }
            for (Subgroup sub : w.subgroups(g)) {
                rows.add(List.of("   " + sub.name(), blank(sub.analyticText()) ? w.get("notYet") : sub.analyticText().strip()));
                for (Quote q : w.quotes(g, sub)) {
                    rows.add(List.of("", "«" + w.quoteText(q) + "» (" + w.s.labelOf(q) + ")"));
                }
            }
        }
        return new ExportPreview(w.get("results"), rows, bold);
    }

    private static ExportPreview codebook(Words w) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> bold = new HashSet<>();
        rows.add(List.of(w.group, w.subgroup, w.get("description"), w.get("themes"), w.get("units"), w.get("informants")));
        for (CodeGroup g : w.groups()) {
            List<MeaningUnit> all = w.s.unitsOf(g.id());
            bold.add(rows.size());
            rows.add(List.of(name(g), "", Objects.requireNonNullElse(g.description(), ""), String.join("; ", w.themeNames(g.grewFrom())),
                    String.valueOf(all.size()), String.valueOf(informantCount(all))));
            for (Subgroup sub : w.subgroups(g)) {
                List<MeaningUnit> units = w.units(g, sub);
                rows.add(List.of("", sub.name(), "", String.join("; ", w.themeNames(sub.grewFrom())), String.valueOf(units.size()),
                        String.valueOf(informantCount(units))));
            }
        }
        return new ExportPreview(w.get("codebook"), rows, bold);
    }

    private static ExportPreview condensates(Words w) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(w.group, w.subgroup, w.get("units"), w.get("condensate")));
        for (CodeGroup g : w.groups()) {
            boolean first = true;
            for (Subgroup sub : w.subgroups(g)) {
                String units = w.units(g, sub).stream().map(u -> {
                    String who = w.informant(u);
                    return "«" + oneLine(w.s.textOf(u)) + "»" + (who.isEmpty() ? "" : " (" + who + ")");
                }).collect(Collectors.joining("\n"));
                rows.add(List.of(first ? name(g) : "", sub.name(), units, blank(sub.condensate()) ? w.get("notYet") : sub.condensate().strip()));
                first = false;
            }
        }
        return new ExportPreview(w.get("condensates"), rows, Set.of());
    }

    private static ExportPreview participants(Words w) {
        Set<String> keys = new LinkedHashSet<>();
        w.s.informants().forEach(i -> keys.addAll(i.attributes().keySet()));
        List<String> header = new ArrayList<>(List.of(w.get("informant")));
        header.addAll(keys);
        header.addAll(List.of(w.get("session"), w.get("date"), w.get("duration"), w.get("pages")));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Session session : w.s.sessions()) {
            if (session.pilot()) {
                continue;
            }
            List<Transcript> transcripts = w.s.transcripts().stream().filter(t -> t.sessionId().equals(session.id())).toList();
            long words = transcripts.stream().mapToLong(t -> t.text().split("\\s+").length).sum();
            String pages = words == 0 ? "" : String.valueOf((words + 499) / 500);
            List<UUID> people = session.participants().isEmpty() ? java.util.Collections.singletonList(null) : session.participants();
            boolean first = true;
            for (UUID id : people) {
                Informant who = id == null ? null : w.s.informant(id).orElse(null);
                List<String> row = new ArrayList<>();
                row.add(who == null ? "" : who.label());
                for (String key : keys) {
                    row.add(who == null ? "" : who.attributes().getOrDefault(key, ""));
                }
                row.add(first ? w.get(session.kind().name()) : "");
                row.add(first && session.date() != null ? session.date().toString() : "");
                row.add(first && session.durationMinutes() != null ? String.valueOf(session.durationMinutes()) : "");
                row.add(first ? pages : "");
                rows.add(row);
                first = false;
            }
        }
        return new ExportPreview(w.caption(1, w.get("participants")), rows, Set.of());
    }

    private static ExportPreview units(Words w) {
        Set<String> keys = new LinkedHashSet<>();
        w.s.informants().forEach(i -> keys.addAll(i.attributes().keySet()));
        List<String> header = new ArrayList<>(List.of("Id", w.get("transcript"), w.get("informant")));
        header.addAll(keys);
        header.addAll(List.of(w.get("start"), w.get("end"), w.group, w.subgroup, w.get("text"), w.get("quote"), w.get("note")));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        Map<UUID, CodeGroup> groups = w.s.codeGroups().stream().collect(Collectors.toMap(CodeGroup::id, Function.identity()));
        Map<UUID, String> subs = w.s.subgroups().stream().collect(Collectors.toMap(Subgroup::id, Subgroup::name));
        Set<UUID> quoted = w.s.quotes().stream().map(Quote::meaningUnitId).collect(Collectors.toSet());
        for (MeaningUnit u : w.s.meaningUnits().stream().sorted(w.inTranscriptOrder()).toList()) {
            List<org.kondens.core.model.Membership> ms = u.memberships().isEmpty() ? java.util.Collections.singletonList(null) : u.memberships();
            for (var m : ms) {
                Informant who = u.informantId() == null ? null : w.s.informant(u.informantId()).orElse(null);
                List<String> row = new ArrayList<>(List.of(u.id().toString(), w.s.transcript(u.transcriptId()).map(Transcript::title).orElse(""),
                        who == null ? "" : who.label()));
                for (String key : keys) {
                    row.add(who == null ? "" : who.attributes().getOrDefault(key, ""));
                }
                CodeGroup g = m == null ? null : groups.get(m.codeGroupId());
                String sub = m == null || m.subgroupId() == null ? "" : subs.getOrDefault(m.subgroupId(), "");
                row.addAll(List.of(String.valueOf(u.start()), String.valueOf(u.end()), g == null ? "" : name(g), sub, w.s.textOf(u),
                        w.get(quoted.contains(u.id()) ? "yes" : "no"), Objects.requireNonNullElse(u.note(), "")));
                rows.add(row);
                if (rows.size() > MAX_ROWS) {
                    return new ExportPreview(w.get("units"), rows, Set.of());
                }
            }
        }
        return new ExportPreview(w.get("units"), rows, Set.of());
    }

    private static ExportPreview matrix(Words w) {
        Set<UUID> used = new LinkedHashSet<>();
        w.s.meaningUnits().forEach(u -> {
            if (u.informantId() != null) {
                used.add(u.informantId());
            }
        });
        List<Informant> informants = w.s.informants().stream().filter(i -> used.contains(i.id())).toList();
        List<String> header = new ArrayList<>(List.of(w.group, w.subgroup));
        informants.forEach(i -> header.add(i.label()));
        header.add(w.get("total"));
        header.add(w.get("informants"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        long[] totals = new long[informants.size() + 1];
        for (CodeGroup g : w.groups()) {
            int first = rows.size();
            for (Subgroup sub : w.subgroups(g)) {
                rows.add(matrixRow(informants, totals, rows.size() == first ? name(g) : "", sub.name(), w.units(g, sub)));
            }
            List<MeaningUnit> loose = w.units(g, null);
            if (!loose.isEmpty()) {
                rows.add(matrixRow(informants, totals, rows.size() == first ? name(g) : "",
                        String.format(w.get("unsorted"), lower(w.subgroup)), loose));
            }
        }
        List<String> sum = new ArrayList<>(List.of(w.get("total"), ""));
        for (long v : totals) {
            sum.add(String.valueOf(v));
        }
        sum.add("");
        rows.add(sum);
        return new ExportPreview(w.get("matrix"), rows, Set.of(rows.size() - 1));
    }

    private static List<String> matrixRow(List<Informant> informants, long[] totals, String group, String sub, List<MeaningUnit> units) {
        List<String> row = new ArrayList<>(List.of(group, sub));
        long sum = 0;
        int supported = 0;
        for (int i = 0; i < informants.size(); i++) {
            UUID id = informants.get(i).id();
            long n = units.stream().filter(u -> id.equals(u.informantId())).count();
            row.add(String.valueOf(n));
            totals[i] += n;
            sum += n;
            supported += n > 0 ? 1 : 0;
        }
        totals[informants.size()] += sum;
        row.add(String.valueOf(sum));
        row.add(supported + " / " + informants.size());
        return row;
    }

    // ---- shared

    static String name(CodeGroup g) {
        return blank(g.finalName()) ? g.workingName() : g.finalName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static long informantCount(List<MeaningUnit> units) {
        return units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
    }

    /** The analysis as exports read it, with the words of the project's language (as core's export labels). */
    private static final class Words {

        private static final Map<String, List<String>> TEXTS = Map.ofEntries(
                Map.entry("table", List.of("Tabell", "Tabell", "Table")),
                Map.entry("and", List.of("og", "og", "and")),
                Map.entry("step", List.of("Trinn", "Trinn", "Step")),
                Map.entry("theme", List.of("Foreløpig tema", "Førebels tema", "Preliminary theme")),
                Map.entry("themes", List.of("Foreløpige temaer", "Førebelse tema", "Preliminary themes")),
                Map.entry("unit", List.of("Meningsbærende enhet", "Meiningsberande eining", "Meaning unit")),
                Map.entry("units", List.of("Meningsbærende enheter", "Meiningsberande einingar", "Meaning units")),
                Map.entry("condensate", List.of("Kondensat", "Kondensat", "Condensate")),
                Map.entry("analytic", List.of("Analytisk tekst", "Analytisk tekst", "Analytic text")),
                Map.entry("process", List.of("Eksempel på analyseprosessen", "Døme på analyseprosessen", "Example of the analysis process")),
                Map.entry("results", List.of("Resultater", "Resultat", "Results")),
                Map.entry("heading", List.of("Overskrift", "Overskrift", "Heading")),
                Map.entry("description", List.of("Beskrivelse", "Skildring", "Description")),
                Map.entry("informants", List.of("Informanter", "Informantar", "Informants")),
                Map.entry("informant", List.of("Informant", "Informant", "Informant")),
                Map.entry("codebook", List.of("Kodebok", "Kodebok", "Codebook")),
                Map.entry("matrix", List.of("Matrise", "Matrise", "Matrix")),
                Map.entry("transcript", List.of("Transkripsjon", "Transkripsjon", "Transcript")),
                Map.entry("start", List.of("Start", "Start", "Start")),
                Map.entry("end", List.of("Slutt", "Slutt", "End")),
                Map.entry("text", List.of("Tekst", "Tekst", "Text")),
                Map.entry("quote", List.of("Illustrerende sitat", "Illustrerande sitat", "Illustrative quote")),
                Map.entry("note", List.of("Notat", "Notat", "Note")),
                Map.entry("yes", List.of("ja", "ja", "yes")),
                Map.entry("no", List.of("nei", "nei", "no")),
                Map.entry("total", List.of("Totalt", "Totalt", "Total")),
                Map.entry("participants", List.of("Deltakere", "Deltakarar", "Participants")),
                Map.entry("session", List.of("Intervju", "Intervju", "Interview")),
                Map.entry("INDIVIDUAL", List.of("Individuelt intervju", "Individuelt intervju", "Individual interview")),
                Map.entry("FOCUS_GROUP", List.of("Fokusgruppe", "Fokusgruppe", "Focus group")),
                Map.entry("date", List.of("Dato", "Dato", "Date")),
                Map.entry("duration", List.of("Varighet (min)", "Varigheit (min)", "Duration (min)")),
                Map.entry("pages", List.of("Sider", "Sider", "Pages")),
                Map.entry("condensates", List.of("Kondensering", "Kondensering", "Condensation")),
                Map.entry("unsorted", List.of("Uten %s", "Utan %s", "No %s")),
                Map.entry("notYet", List.of("(ikke skrevet ennå)", "(ikkje skrive enno)", "(not written yet)")));

        private static final Map<String, String> PLURALS = Map.ofEntries(
                Map.entry("Kodegruppe", "Kodegrupper"), Map.entry("Subgruppe", "Subgrupper"),
                Map.entry("Tema", "Temaer"), Map.entry("Subtema", "Subtemaer"),
                Map.entry("Hovedtema", "Hovedtemaer"), Map.entry("Undertema", "Undertemaer"),
                Map.entry("Code group", "Code groups"), Map.entry("Subgroup", "Subgroups"),
                Map.entry("Theme", "Themes"), Map.entry("Subtheme", "Subthemes"));

        final ProjectSnapshot s;
        final int lang;
        final String group;
        final String subgroup;
        private final Map<UUID, Integer> order = new java.util.HashMap<>();
        private final Map<UUID, PreliminaryTheme> themes;

        Words(ProjectSnapshot s) {
            this.s = s;
            Language language = s.project().language();
            this.lang = language == Language.NB ? 0 : language == Language.NN ? 1 : 2;
            this.group = blank(s.project().groupLevelName()) ? (lang == 2 ? "Code group" : "Kodegruppe") : s.project().groupLevelName().strip();
            this.subgroup = blank(s.project().subgroupLevelName()) ? (lang == 2 ? "Subgroup" : "Subgruppe")
                    : s.project().subgroupLevelName().strip();
            for (int i = 0; i < s.transcripts().size(); i++) {
                order.put(s.transcripts().get(i).id(), i);
            }
            themes = s.themes().stream().collect(Collectors.toMap(PreliminaryTheme::id, Function.identity()));
        }

        String get(String key) {
            return TEXTS.get(key).get(lang);
        }

        String caption(int n, String what) {
            return get("table") + " " + n + ": " + what;
        }

        String groupsAndSubgroups() {
            return plural(group) + " " + get("and") + " " + lower(plural(subgroup));
        }

        private String plural(String name) {
            return PLURALS.getOrDefault(name, lang == 2 && !name.endsWith("s") ? name + "s" : name);
        }

        List<CodeGroup> groups() {
            return s.codeGroups().stream().sorted(Comparator.comparingInt(CodeGroup::order)).toList();
        }

        List<Subgroup> subgroups(CodeGroup g) {
            return s.subgroupsOf(g.id()).stream().sorted(Comparator.comparingInt(Subgroup::order)).toList();
        }

        CodeGroup groupOf(Subgroup sub) {
            return s.codeGroups().stream().filter(g -> g.id().equals(sub.codeGroupId())).findFirst().orElse(null);
        }

        Comparator<MeaningUnit> inTranscriptOrder() {
            return Comparator.<MeaningUnit>comparingInt(u -> order.getOrDefault(u.transcriptId(), Integer.MAX_VALUE))
                    .thenComparingInt(MeaningUnit::start).thenComparingInt(MeaningUnit::end);
        }

        List<MeaningUnit> units(CodeGroup g, Subgroup sub) {
            UUID subId = sub == null ? null : sub.id();
            return s.meaningUnits().stream().filter(u -> u.memberships().stream()
                            .anyMatch(m -> m.codeGroupId().equals(g.id()) && Objects.equals(m.subgroupId(), subId)))
                    .sorted(inTranscriptOrder()).toList();
        }

        List<String> themeNames(List<UUID> ids) {
            return ids.stream().map(themes::get).filter(Objects::nonNull).sorted(Comparator.comparingInt(PreliminaryTheme::order))
                    .map(PreliminaryTheme::name).toList();
        }

        List<Quote> quotes(CodeGroup g, Subgroup sub) {
            return s.quotesOf(g.id(), sub == null ? null : sub.id()).stream().sorted(Comparator.comparingInt(Quote::order)).toList();
        }

        String quoteText(Quote q) {
            if (!blank(q.displayText())) {
                return q.displayText().strip();
            }
            MeaningUnit u = s.unitsById().get(q.meaningUnitId());
            Transcript t = u == null ? null : s.transcript(u.transcriptId()).orElse(null);
            return t == null ? "" : oneLine(t.text().substring(q.start(), q.end()));
        }

        String informant(MeaningUnit u) {
            return u.informantId() == null ? "" : s.informant(u.informantId()).map(Informant::label).orElse("");
        }

        String exampleUnit(CodeGroup g, Subgroup sub) {
            List<Quote> quotes = quotes(g, sub);
            if (!quotes.isEmpty()) {
                return "«" + quoteText(quotes.get(0)) + "» (" + s.labelOf(quotes.get(0)) + ")";
            }
            List<MeaningUnit> units = units(g, sub);
            if (units.isEmpty()) {
                return "";
            }
            String who = informant(units.get(0));
            return "«" + oneLine(s.textOf(units.get(0))) + "»" + (who.isEmpty() ? "" : " (" + who + ")");
        }
    }
}
