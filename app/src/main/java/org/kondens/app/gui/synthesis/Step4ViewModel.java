package org.kondens.app.gui.synthesis;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ListPatch;
import org.kondens.app.gui.common.PartRefresh;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Part;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.UnitInContext;

/**
 * Step 4's state and rules for the code group the steps share ({@code wb.codeGroup}): the way
 * from preliminary themes to the final name, the group's introduction and quotes, one section per
 * subgroup (its counts, condensate, quotes, analytic text), and recontextualisation of the chosen
 * subgroup ({@code wb.subgroup}). Each part refreshes only when a publish touches what it shows.
 */
public final class Step4ViewModel {

    /** A subgroup's section: what is at hand for its analytic text. */
    public record Section(Subgroup subgroup, int units, long informants, List<String> quotes) {
    }

    /** A meaning unit read in its place: who said it, in which transcript. */
    public record Context(MeaningUnit unit, String where) {
        public Span span() {
            return spanOf(unit);
        }
    }

    private final Workbench wb;
    private final I18n t;
    private final PartRefresh refresh;
    private final ReadOnlyObjectWrapper<CodeGroup> group = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
    private final ObservableList<CodeGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<PreliminaryTheme> grewFrom = FXCollections.observableArrayList();
    private final ObservableList<String> groupQuotes = FXCollections.observableArrayList();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Subgroup> subgroup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper contextTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<Context> context = FXCollections.observableArrayList();
    /** By the unit's place: a text and its turns never change, so what was read stays true. */
    private final ObservableMap<Span, UnitInContext> contextWords = FXCollections.observableHashMap();
    private Set<Span> contextShown = Set.of();

    public Step4ViewModel(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        refresh = PartRefresh.listen(wb)
                .on(this::showGroup, Part.CODE_GROUPS, Part.THEMES, Part.QUOTES, Part.MEANING_UNITS, Part.INFORMANTS, Part.TRANSCRIPTS)
                .on(this::showSections, Part.CODE_GROUPS, Part.SUBGROUPS, Part.MEANING_UNITS, Part.QUOTES, Part.INFORMANTS,
                        Part.TRANSCRIPTS)
                .on(this::showContext, Part.CODE_GROUPS, Part.SUBGROUPS, Part.MEANING_UNITS, Part.INFORMANTS, Part.TRANSCRIPTS);
        wb.codeGroup.addListener((o, a, g) -> showAll(wb.snapshot()));
        wb.subgroup.addListener((o, a, s) -> showContext(wb.snapshot()));
        showAll(wb.snapshot());
    }

    /** For tests: what a publish with {@code update} does to this view model. */
    void apply(Workbench.Update update) {
        refresh.apply(update);
    }

    private void showAll(ProjectSnapshot s) {
        showGroup(s);
        showSections(s);
        showContext(s);
    }

    /** The group shown: the shared choice, or the first group when none (or a deleted one) is chosen. */
    private void showGroup(ProjectSnapshot s) {
        CodeGroup g = CodeGroupChooser.currentGroup(wb, s);
        emptyText.set(s == null ? t.get("step4.empty.noProject") : g == null ? t.get("step4.empty.noGroups") : null);
        ListPatch.patch(groups, s == null ? List.of() : s.codeGroups());
        group.set(g);
        if (g != null && !g.id().equals(wb.codeGroup.get())) {
            wb.codeGroup.set(g.id()); // runs showAll again for the group now chosen
            return;
        }
        ListPatch.patch(grewFrom, g == null ? List.of() : g.grewFrom().stream()
                .map(id -> s.themes().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null))
                .filter(Objects::nonNull).toList());
        ListPatch.patch(groupQuotes, g == null ? List.of() : quoteLines(s, s.quotesOf(g.id(), null)));
    }

    private static List<String> quoteLines(ProjectSnapshot s, List<Quote> quotes) {
        return quotes.stream().map(q -> "★ «" + q.displayText() + "» — " + s.labelOf(q)).toList();
    }

    private void showSections(ProjectSnapshot s) {
        CodeGroup g = group.get();
        if (s == null || g == null) {
            sections.clear();
            return;
        }
        ListPatch.patch(sections, s.subgroupsOf(g.id()).stream().map(sub -> {
            List<MeaningUnit> units = unitsOf(s, g, sub);
            long informants = units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
            return new Section(sub, units.size(), informants, quoteLines(s, s.quotesOf(g.id(), sub.id())));
        }).toList());
    }

    private static List<MeaningUnit> unitsOf(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
        return s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).toList();
    }

    /** The chosen subgroup (the group's first when none of its own is chosen) and its units in their places. */
    private void showContext(ProjectSnapshot s) {
        CodeGroup g = group.get();
        List<Subgroup> subs = s == null || g == null ? List.of() : s.subgroupsOf(g.id());
        UUID chosen = wb.subgroup.get();
        Subgroup sub = subs.stream().filter(x -> x.id().equals(chosen)).findFirst().orElse(subs.isEmpty() ? null : subs.get(0));
        subgroup.set(sub);
        if (!Objects.equals(sub == null ? null : sub.id(), chosen)) {
            wb.subgroup.set(sub == null ? null : sub.id()); // runs showContext again
            return;
        }
        contextTitle.set(sub == null ? t.get("step4.recontext.none") : t.get("step4.recontext.title", sub.name()));
        List<MeaningUnit> units = sub == null ? List.of() : unitsOf(s, g, sub);
        ListPatch.patch(context, units.stream()
                .map(u -> new Context(u, UnitCard.informantOf(s, u) + " · "
                        + s.transcript(u.transcriptId()).map(x -> x.title()).orElse("")))
                .toList());
        readContextWords(s, units);
    }

    /**
     * The units' surrounding turns, read on the project thread (the whole texts are not kept in
     * memory); only those not read yet, so an edit elsewhere reads nothing again.
     */
    private void readContextWords(ProjectSnapshot s, List<MeaningUnit> units) {
        contextShown = units.stream().map(Step4ViewModel::spanOf).collect(Collectors.toSet());
        contextWords.keySet().retainAll(contextShown);
        List<MeaningUnit> missing = units.stream().filter(u -> !contextWords.containsKey(spanOf(u))).toList();
        if (missing.isEmpty()) {
            return;
        }
        wb.read(p -> p.inContext(s, missing)).thenAccept(words -> {
            words.keySet().retainAll(contextShown);
            contextWords.putAll(words);
        });
    }

    private static Span spanOf(MeaningUnit u) {
        return new Span(u.transcriptId(), u.start(), u.end());
    }

    // ---- actions

    public void chooseSubgroup(UUID id) {
        if (!Objects.equals(id, wb.subgroup.get())) {
            wb.subgroup.set(id);
        }
    }

    /** Sets the shown group's final result-category name; blank takes it away (the working name is used). */
    public CompletableFuture<Void> setFinalName(UUID groupId, String name) {
        return exists(groupId) ? wb.editVoid(p -> p.setFinalName(groupId, name)) : CompletableFuture.completedFuture(null);
    }

    /** Saves the group's analytic introduction, if the group still exists. */
    public CompletableFuture<Void> setIntro(UUID groupId, String text) {
        return exists(groupId) ? wb.editVoid(p -> p.setGroupAnalyticText(groupId, text)) : CompletableFuture.completedFuture(null);
    }

    /** Saves a subgroup's analytic text, if the subgroup still exists (it may have been merged away). */
    public CompletableFuture<Void> setAnalyticText(UUID subgroupId, String text) {
        ProjectSnapshot s = wb.snapshot();
        boolean there = s != null && s.subgroups().stream().anyMatch(x -> x.id().equals(subgroupId));
        return there ? wb.editVoid(p -> p.setAnalyticText(subgroupId, text)) : CompletableFuture.completedFuture(null);
    }

    private boolean exists(UUID groupId) {
        ProjectSnapshot s = wb.snapshot();
        return groupId != null && s != null && s.codeGroups().stream().anyMatch(x -> x.id().equals(groupId));
    }

    /** Shows the unit in its interview: the reader opens its transcript and scrolls to it. */
    public void reveal(Context c) {
        wb.transcript.set(c.unit().transcriptId());
        wb.reveal.set(null);
        wb.reveal.set(c.span());
    }

    // ---- properties

    public ReadOnlyObjectProperty<CodeGroup> groupProperty() {
        return group.getReadOnlyProperty();
    }

    /** Why there is nothing to show (no project, no code groups), or null. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ObservableList<CodeGroup> groups() {
        return groups;
    }

    /** The preliminary themes the group grew from, in the path of names. */
    public ObservableList<PreliminaryTheme> grewFrom() {
        return grewFrom;
    }

    public ObservableList<String> groupQuotes() {
        return groupQuotes;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ReadOnlyObjectProperty<Subgroup> subgroupProperty() {
        return subgroup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contextTitleProperty() {
        return contextTitle.getReadOnlyProperty();
    }

    public ObservableList<Context> context() {
        return context;
    }

    /** Each context unit's words in their turns, by its place, once read (the view shows "reading" until then). */
    public ObservableMap<Span, UnitInContext> contextWords() {
        return contextWords;
    }
}
