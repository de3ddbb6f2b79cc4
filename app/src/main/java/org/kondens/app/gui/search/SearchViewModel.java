package org.kondens.app.gui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.lucene.analysis.Analyzer;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.PartRefresh;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;
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
    public final ObservableList<Choice> informants;
    public final ObservableList<Choice> transcripts;
    public final ObservableList<Choice> roles;
    public final ObservableList<Choice> groups;
    public final ObservableList<Choice> subgroups;
    /** The code paths kept on units of the chosen group (another tool's codes below the subgroup level). */
    public final ObservableList<Choice> codePaths;
    public final ObjectProperty<Choice> informant;
    public final ObjectProperty<Choice> transcript;
    public final ObjectProperty<Choice> role;
    public final ObjectProperty<Choice> group;
    public final ObjectProperty<Choice> subgroup;
    public final ObjectProperty<Choice> codePath;
    /** Only passages in no meaning unit yet (the code-group filters do not apply then). */
    public final BooleanProperty uncoded;
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
    private final SearchChoices choices;
    private int generation;
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
        choices = new SearchChoices(t, wb::snapshot, this::filtersChanged);
        informants = choices.informants;
        transcripts = choices.transcripts;
        roles = choices.roles;
        groups = choices.groups;
        subgroups = choices.subgroups;
        codePaths = choices.codePaths;
        informant = choices.informant;
        transcript = choices.transcript;
        role = choices.role;
        group = choices.group;
        subgroup = choices.subgroup;
        codePath = choices.codePath;
        uncoded = choices.uncoded;
        refresh = PartRefresh.listen(wb)
                .on(this::fillChoices, Part.PROJECT, Part.INFORMANTS, Part.TRANSCRIPTS, Part.CODE_GROUPS, Part.SUBGROUPS)
                .on(choices::fillCodePaths, Part.MEANING_UNITS);
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
        if (s == null) {
            generation++; // a page of the closed project still on its way is dropped
            nextPage = null;
            hits.clear();
            perInformant.clear();
            perTranscript.clear();
            summary.set("");
            lastQuery = null;
        } else {
            syntaxHelp.set(t.get(s.project().language() == Language.EN ? "search.syntax.en" : "search.syntax.nb"));
        }
        choices.fill(s);
    }

    private void filtersChanged() {
        if (lastQuery != null || !query.get().isBlank()) {
            run();
        }
    }

    /** The filters as core takes them. */
    SearchFilter filter() {
        return choices.filter();
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
        return choices.subgroupOpen;
    }
}
