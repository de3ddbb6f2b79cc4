package org.kondens.app.gui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.lucene.analysis.Analyzer;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ListPatch;
import org.kondens.app.gui.common.PartRefresh;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CodePath;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchHit;
import org.kondens.core.search.SearchQuery;
import org.kondens.core.search.SearchResult;
import org.kondens.core.search.TextAnalysis;

/**
 * Search's state and rules: the query and its filters, the keyword-in-context hits, the counts
 * per informant and per transcript, and what a hit becomes (shown in its interview, a meaning
 * unit in a code group, or in a new one). A syntax error is a line under the box, never a dialog.
 * Hits come a page at a time: the first page with the exact counts, the next when the list is
 * scrolled to its end ({@link #more()}). The last good query runs again only when a change can
 * alter its result.
 */
public final class SearchViewModel {

    /** Passages per page of KWIC lines; the counts cover every match. */
    static final int PAGE = 100;

    /** A filter choice: {@code id} null means "all". */
    public record Choice(UUID id, String label, SpeakerRole role) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One row of the speaker/transcript chart: {@code share} of the largest count, for the bar. */
    public record Count(String name, int passages, double share) {
    }

    private final Workbench wb;
    private final I18n t;
    private final DialogService dialogs;
    private final PartRefresh refresh;
    private final int page;

    public final StringProperty query = new SimpleStringProperty("");
    public final ObservableList<Choice> informants = FXCollections.observableArrayList();
    public final ObservableList<Choice> transcripts = FXCollections.observableArrayList();
    public final ObservableList<Choice> roles = FXCollections.observableArrayList();
    public final ObservableList<Choice> groups = FXCollections.observableArrayList();
    public final ObservableList<Choice> subgroups = FXCollections.observableArrayList();
    /** The code paths kept on units of the chosen group (another tool's codes below the subgroup level). */
    public final ObservableList<Choice> codePaths = FXCollections.observableArrayList();
    public final ObjectProperty<Choice> informant = new SimpleObjectProperty<>();
    public final ObjectProperty<Choice> transcript = new SimpleObjectProperty<>();
    public final ObjectProperty<Choice> role = new SimpleObjectProperty<>();
    public final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    public final ObjectProperty<Choice> subgroup = new SimpleObjectProperty<>();
    public final ObjectProperty<Choice> codePath = new SimpleObjectProperty<>();
    /** Only passages in no meaning unit yet (the code-group filters do not apply then). */
    public final BooleanProperty uncoded = new SimpleBooleanProperty();
    /** The hit chosen in the list: what "Show" and "Make meaning unit" act on. */
    public final ObjectProperty<SearchHit> selectedHit = new SimpleObjectProperty<>();

    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<Count> perInformant = FXCollections.observableArrayList();
    private final ObservableList<Count> perTranscript = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SearchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syntaxHelp = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding subgroupOpen;
    private int generation;
    private boolean filling;
    /** The last query that ran without a syntax error, and its filter: filters and project changes run it again. */
    private String lastQuery;
    private SearchFilter lastFilter;
    /** The next page asked for, while it is on its way. */
    private CompletableFuture<SearchResult> nextPage;
    /** The search under way or last run (filters and project changes start one by themselves). */
    private CompletableFuture<SearchResult> lastRun = CompletableFuture.completedFuture(null);
    private Analyzer analyzer;
    private Language analyzerLanguage;

    public SearchViewModel(Workbench wb, DialogService dialogs) {
        this(wb, dialogs, PAGE);
    }

    /** For tests: pages of {@code page} passages. */
    SearchViewModel(Workbench wb, DialogService dialogs, int page) {
        this.page = page;
        this.wb = wb;
        this.t = wb.text();
        this.dialogs = dialogs;
        roles.setAll(new Choice(null, t.get("search.role.all"), null),
                new Choice(null, t.get("search.role.informant"), SpeakerRole.INFORMANT),
                new Choice(null, t.get("search.role.interviewer"), SpeakerRole.INTERVIEWER));
        role.set(roles.get(0));
        subgroupOpen = Bindings.createBooleanBinding(() -> !uncoded.get() && group.get() != null && group.get().id() != null,
                uncoded, group);
        for (ObjectProperty<Choice> filter : List.of(informant, transcript, role, codePath)) {
            filter.addListener((o, a, b) -> filtersChanged());
        }
        group.addListener((o, a, g) -> {
            fillSubgroups(wb.snapshot());
            filtersChanged();
        });
        subgroup.addListener((o, a, g) -> {
            fillCodePaths(wb.snapshot());
            filtersChanged();
        });
        uncoded.addListener((o, a, b) -> filtersChanged());
        refresh = PartRefresh.listen(wb)
                .on(this::fillChoices, Part.PROJECT, Part.INFORMANTS, Part.TRANSCRIPTS, Part.CODE_GROUPS, Part.SUBGROUPS)
                .on(this::fillCodePaths, Part.MEANING_UNITS);
        // After the choices are filled (so a deleted group shows as a changed filter).
        wb.updateProperty().addListener((o, was, update) -> {
            if (update != null) {
                searchAgainIfChanged(update);
            }
        });
        fillChoices(wb.snapshot());
    }

    /** For tests: what a publish with {@code update} does to this view model. */
    void apply(Workbench.Update update) {
        refresh.apply(update);
        searchAgainIfChanged(update);
    }

    /**
     * Runs the last query again only if {@code update} can change what it found: transcripts,
     * informants and sessions always can; meaning units, code groups and subgroups only while a
     * filter keeps hits by them (or the filter itself changed, a chosen group deleted).
     */
    private void searchAgainIfChanged(Workbench.Update update) {
        if (lastQuery == null) {
            return;
        }
        boolean units = update.touches(Part.MEANING_UNITS, Part.CODE_GROUPS, Part.SUBGROUPS)
                && (lastFilter.needsMeaningUnits() || !lastFilter.equals(filter()));
        if (units || update.touches(Part.TRANSCRIPTS, Part.INFORMANTS, Part.SESSIONS)) {
            searchAgain();
        }
    }

    // ---- the filters

    private void fillChoices(ProjectSnapshot s) {
        filling = true;
        try {
            if (s == null) {
                informants.clear();
                transcripts.clear();
                groups.clear();
                subgroups.clear();
                codePaths.clear();
                hits.clear();
                perInformant.clear();
                perTranscript.clear();
                summary.set("");
                lastQuery = null;
                return;
            }
            syntaxHelp.set(t.get(s.project().language() == Language.EN ? "search.syntax.en" : "search.syntax.nb"));
            refill(informants, informant, "search.informant.all", s.informants().stream().map(i -> new Choice(i.id(), i.label(), null)));
            refill(transcripts, transcript, "search.transcript.all", s.transcripts().stream().map(x -> new Choice(x.id(), x.title(), null)));
            refill(groups, group, "search.group.all", s.codeGroups().stream().map(g -> new Choice(g.id(), g.workingName(), null)));
            fillSubgroups(s);
        } finally {
            filling = false;
        }
    }

    private void fillSubgroups(ProjectSnapshot s) {
        boolean was = filling;
        filling = true;
        try {
            Choice g = group.get();
            refill(subgroups, subgroup, "search.subgroup.all", s == null || g == null || g.id() == null ? java.util.stream.Stream.empty()
                    : s.subgroupsOf(g.id()).stream().map(sub -> new Choice(sub.id(), sub.name(), null)));
            fillCodePaths(s);
        } finally {
            filling = was;
        }
    }

    /** The paths below the chosen group (and subgroup) kept on its units, e.g. "Hjelp › Fra ansatte"; only "all" when none. */
    private void fillCodePaths(ProjectSnapshot s) {
        boolean was = filling;
        filling = true;
        try {
            Choice g = group.get();
            UUID sub = subgroup.get() == null ? null : subgroup.get().id();
            Set<String> paths = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            CodeGroup chosen = s == null || g == null || g.id() == null ? null
                    : s.codeGroups().stream().filter(x -> x.id().equals(g.id())).findFirst().orElse(null);
            if (chosen != null) {
                for (MeaningUnit u : s.meaningUnits()) {
                    for (Membership m : u.memberships()) {
                        if (m.codeGroupId().equals(chosen.id()) && m.subgroupId() != null && (sub == null || sub.equals(m.subgroupId()))) {
                            String subName = s.subgroupsOf(chosen.id()).stream().filter(x -> x.id().equals(m.subgroupId()))
                                    .map(x -> x.name()).findFirst().orElse("");
                            CodePath.of(u).stream().map(p -> p.below(chosen.workingName(), subName)).filter(b -> !b.isEmpty())
                                    .forEach(b -> paths.add(subName + CodePath.SEPARATOR + String.join(CodePath.SEPARATOR, b)));
                        }
                    }
                }
            }
            refill(codePaths, codePath, "search.codePath.all", paths.stream()
                    .map(p -> new Choice(UUID.nameUUIDFromBytes(p.getBytes(java.nio.charset.StandardCharsets.UTF_8)), p, null)));
        } finally {
            filling = was;
        }
    }

    /** "All …" and then {@code choices}, keeping the chosen one (by id) where it still exists. */
    private void refill(ObservableList<Choice> list, ObjectProperty<Choice> chosen, String allKey, java.util.stream.Stream<Choice> choices) {
        UUID id = chosen.get() == null ? null : chosen.get().id();
        List<Choice> fresh = new ArrayList<>(List.of(new Choice(null, t.get(allKey), null)));
        choices.forEach(fresh::add);
        ListPatch.patch(list, fresh);
        chosen.set(fresh.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(fresh.get(0)));
    }

    private void filtersChanged() {
        if (!filling && (lastQuery != null || !query.get().isBlank())) {
            run();
        }
    }

    /** The filters as core takes them. */
    SearchFilter filter() {
        SearchFilter f = SearchFilter.NONE;
        if (informant.get() != null && informant.get().id() != null) {
            f = f.withInformants(Set.of(informant.get().id()));
        }
        if (transcript.get() != null && transcript.get().id() != null) {
            f = f.withTranscripts(Set.of(transcript.get().id()));
        }
        if (role.get() != null && role.get().role() != null) {
            f = f.withRole(role.get().role());
        }
        if (uncoded.get()) {
            f = f.uncoded(true);
        } else if (group.get() != null && group.get().id() != null) {
            f = f.inCodeGroup(group.get().id(), subgroup.get() == null ? null : subgroup.get().id())
                    .withCodePath(codePath.get() == null || codePath.get().id() == null ? null : codePath.get().label());
        }
        return f;
    }

    // ---- searching

    /** Runs {@code text} (from the quick-search box). */
    public CompletableFuture<SearchResult> search(String text) {
        query.set(text == null ? "" : text);
        return run();
    }

    /** The last query again, as many passages as are listed now (the list keeps its place). */
    private void searchAgain() {
        if (lastQuery != null && wb.snapshot() != null) {
            SearchResult shown = result.get();
            run(shown == null ? page : Math.max(page, shown.nextOffset()));
        }
    }

    /**
     * Runs the query with the filters. A syntax error is told in {@link #errorProperty()} and the
     * last good hits stay; a newer search makes an older one's result void.
     */
    public CompletableFuture<SearchResult> run() {
        return run(page);
    }

    private CompletableFuture<SearchResult> run(int limit) {
        ProjectSnapshot s = wb.snapshot();
        String text = query.get();
        if (s == null) {
            error.set(t.get("search.noProject"));
            return CompletableFuture.completedFuture(null);
        }
        try {
            SearchQuery.parse(text, s.project().language(), analyzer(s.project().language()));
        } catch (KondensException e) {
            generation++;
            nextPage = null;
            busy.set(false);
            error.set(e.message(t.locale()));
            return CompletableFuture.completedFuture(null);
        }
        error.set(null);
        int mine = ++generation;
        busy.set(true);
        String q = text.strip();
        SearchFilter f = filter();
        nextPage = null;
        lastRun = wb.search(q, f, 0, limit).handle((r, e) -> {
            if (mine != generation) {
                return null; // a newer search is on its way
            }
            busy.set(false);
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                error.set(cause instanceof KondensException k ? k.message(t.locale()) : t.get("search.failed"));
                return null;
            }
            lastQuery = q;
            lastFilter = f;
            show(r);
            return r;
        });
        return lastRun;
    }

    /**
     * Asks for the next page of the last search (the list is scrolled to its end) and adds its
     * lines; null when every passage is listed or a page is on its way. A newer search voids it.
     */
    public CompletableFuture<SearchResult> more() {
        SearchResult shown = result.get();
        if (shown == null || !shown.truncated() || nextPage != null || busy.get() || lastQuery == null) {
            return CompletableFuture.completedFuture(null);
        }
        int mine = generation;
        nextPage = wb.search(lastQuery, lastFilter, shown.nextOffset(), page).handle((r, e) -> {
            if (mine != generation) {
                return null;
            }
            nextPage = null;
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                error.set(cause instanceof KondensException k ? k.message(t.locale()) : t.get("search.failed"));
                return null;
            }
            List<SearchHit> all = new ArrayList<>(shown.hits());
            all.addAll(r.hits());
            SearchResult joined = new SearchResult(r.query(), r.passages(), r.perInformant(), r.perTranscript(), all, r.truncated(), 0,
                    r.nextOffset());
            hits.addAll(r.hits());
            summarise(joined);
            result.set(joined);
            return joined;
        });
        return nextPage;
    }

    /** For tests: the search under way or last run. */
    CompletableFuture<SearchResult> lastRun() {
        return lastRun;
    }

    private Analyzer analyzer(Language language) {
        if (analyzer == null || analyzerLanguage != language) {
            analyzer = TextAnalysis.forLanguage(language);
            analyzerLanguage = language;
        }
        return analyzer;
    }

    private void show(SearchResult r) {
        SearchHit chosen = selectedHit.get();
        hits.setAll(r.hits());
        selectedHit.set(chosen == null ? null : r.hits().stream()
                .filter(h -> h.transcriptId().equals(chosen.transcriptId()) && h.start() == chosen.start()).findFirst().orElse(null));
        summarise(r);
        perInformant.setAll(counts(r.perInformant()));
        perTranscript.setAll(counts(r.perTranscript()));
        result.set(r);
    }

    /** The line above the hits: passages found, lines shown, and how many passages are listed so far. */
    private void summarise(SearchResult r) {
        if (r.passages() == 0) {
            summary.set(t.get("search.none", r.query()));
        } else {
            String text = t.get("search.summary", r.passages(), r.hits().size(), r.perInformant().size(), r.perTranscript().size());
            summary.set(r.truncated() ? text + " " + t.get("search.truncated", r.nextOffset()) : text);
        }
    }

    private List<Count> counts(Map<String, Integer> counts) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        return counts.entrySet().stream().map(e -> new Count(e.getKey() == null || e.getKey().isBlank()
                ? t.get("search.unknownSpeaker") : e.getKey(), e.getValue(), (double) e.getValue() / max)).toList();
    }

    /** Who said the hit: the informant's label, the interviewer, or the speaker as written. */
    public String who(SearchHit hit) {
        ProjectSnapshot s = wb.snapshot();
        if (hit.informantId() != null && s != null) {
            var i = s.informant(hit.informantId());
            if (i.isPresent()) {
                return i.get().label();
            }
        }
        if (hit.role() == SpeakerRole.INTERVIEWER) {
            String speaker = hit.speaker() == null ? "" : hit.speaker();
            String word = t.get("search.role.interviewer");
            return speaker.isEmpty() ? word : speaker.equalsIgnoreCase(word) || speaker.toLowerCase(Locale.ROOT).startsWith("interv")
                    ? speaker : t.get("search.interviewer", speaker);
        }
        return hit.speaker() == null ? t.get("search.noSpeaker") : hit.speaker();
    }

    // ---- from a hit

    /** Shows the hit in its interview: the step-2 reader scrolls to it and selects it. */
    public void reveal(SearchHit hit) {
        if (hit != null) {
            wb.transcript.set(hit.transcriptId());
            wb.reveal.set(null);
            wb.reveal.set(hit.span());
        }
    }

    /** The code groups a hit can become a meaning unit in. */
    public List<CodeGroup> unitGroups() {
        ProjectSnapshot s = wb.snapshot();
        return s == null ? List.of() : s.codeGroups();
    }

    /** Marks the sentence around {@code hit} as a meaning unit in code group {@code groupId}. */
    public CompletableFuture<MeaningUnit> makeMeaningUnit(SearchHit hit, UUID groupId) {
        String name = unitGroups().stream().filter(g -> g.id().equals(groupId)).map(CodeGroup::workingName).findFirst().orElse("");
        feedback.set("");
        return wb.edit(p -> p.addMeaningUnit(hit.sentence(), List.of(new Membership(groupId, null)))).thenApply(u -> {
            feedback.set(t.get("search.unitMade", name, who(hit)));
            return u;
        });
    }

    /** Asks for a name, then marks the hit's sentence as a meaning unit in a new code group of that name (one undo step). */
    public CompletableFuture<MeaningUnit> makeMeaningUnitInNewGroup(SearchHit hit) {
        var name = dialogs.askText(t.get("search.newGroup.title"), t.get("search.newGroup.prompt"), "");
        if (name.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Span sentence = hit.sentence();
        feedback.set("");
        return wb.edit(p -> p.addMeaningUnitInNewGroup(sentence.transcriptId(), sentence.start(), sentence.end(), name.get()))
                .thenApply(u -> {
                    feedback.set(t.get("search.unitMade", name.get(), who(hit)));
                    return u;
                });
    }

    // ---- properties

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObservableList<Count> perInformant() {
        return perInformant;
    }

    public ObservableList<Count> perTranscript() {
        return perTranscript;
    }

    public ReadOnlyObjectProperty<SearchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** What is wrong with the query, in one sentence; null when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last "make meaning unit" did. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The query language in a line, for the project's language. */
    public ReadOnlyStringProperty syntaxHelpProperty() {
        return syntaxHelp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The subgroup filter applies: a code group is chosen and "uncoded only" is off. */
    public BooleanBinding subgroupOpen() {
        return subgroupOpen;
    }
}
