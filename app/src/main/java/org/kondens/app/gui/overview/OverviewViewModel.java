package org.kondens.app.gui.overview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kondens.app.gui.common.Comments;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.InterviewLink;
import org.kondens.app.gui.common.ListPatch;
import org.kondens.app.gui.common.PartRefresh;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Part;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.stc.Hint;
import org.kondens.core.stc.Hints;

/**
 * The overview's state and rules: counts per step, the path from preliminary themes to final
 * names, the subgroup × informant matrix with the cell chosen in it (and the meaning units it
 * leads to), and the method's hints in the UI's language. Each part refreshes only when a publish
 * touches what it shows: a note changes the step-1 count and nothing else.
 */
public final class OverviewViewModel {

    /** Hints listed before "… and n more". */
    static final int HINTS_SHOWN = 12;

    /** A step's card: its title and one line per count. */
    public record StepCard(String id, String title, List<String> lines) {
    }

    /** One code group on the path: the themes it grew from, its working name and its final name (null: none yet). */
    public record PathRow(String workingName, String color, List<String> themes, String finalName) {
    }

    /** A hint told in the UI's language; {@code place} is its passage in the interview, or null. */
    public record HintLine(Hint.Kind kind, String text, Span place) {
    }

    /** A cell of the matrix: a row (group, subgroup or the group's units in no subgroup) and an informant. */
    public record Cell(OverviewMatrix.Kind kind, UUID groupId, UUID subgroupId, UUID informantId) {
        boolean isIn(OverviewMatrix.Row r) {
            return r.kind() == kind && r.groupId().equals(groupId) && Objects.equals(r.subgroupId(), subgroupId);
        }
    }

    /** A meaning unit behind the chosen cell, shortened, with its place in the interview. */
    public record UnitLine(UUID id, String text, Span span) {
    }

    private final Workbench wb;
    private final I18n t;
    private final PartRefresh refresh;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper projectTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<StepCard> steps = FXCollections.observableArrayList();
    private final ObservableList<PathRow> path = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unusedThemes = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OverviewMatrix> matrix = new ReadOnlyObjectWrapper<>(OverviewMatrix.EMPTY);
    private final ReadOnlyObjectWrapper<Cell> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper chosenTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<UnitLine> chosenUnits = FXCollections.observableArrayList();
    private final ObservableList<HintLine> hints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hintsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moreHints = new ReadOnlyStringWrapper("");

    public OverviewViewModel(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        refresh = PartRefresh.listen(wb)
                .on(this::showProject, Part.PROJECT)
                .on(this::showSteps, Part.THEMES, Part.TRANSCRIPTS, Part.NOTES, Part.MEANING_UNITS, Part.CODE_GROUPS,
                        Part.SUBGROUPS, Part.QUOTES, Part.REVIEW)
                .on(this::showPath, Part.THEMES, Part.CODE_GROUPS, Part.SUBGROUPS)
                .on(this::showMatrix, Part.INFORMANTS, Part.CODE_GROUPS, Part.SUBGROUPS, Part.MEANING_UNITS)
                .on(this::showChosen, Part.INFORMANTS, Part.CODE_GROUPS, Part.SUBGROUPS, Part.MEANING_UNITS, Part.TRANSCRIPTS)
                .on(this::showHints, Part.THEMES, Part.CODE_GROUPS, Part.SUBGROUPS, Part.QUOTES, Part.MEANING_UNITS,
                        Part.TRANSCRIPTS);
        ProjectSnapshot s = wb.snapshot();
        showProject(s);
        showSteps(s);
        showPath(s);
        showMatrix(s);
        showChosen(s);
        showHints(s);
    }

    /** For tests: what a publish with {@code update} does to this view model. */
    void apply(Workbench.Update update) {
        refresh.apply(update);
    }

    private void showProject(ProjectSnapshot s) {
        open.set(s != null);
        projectTitle.set(s == null ? "" : s.project().title());
    }

    private void showSteps(ProjectSnapshot s) {
        if (s == null) {
            steps.clear();
            return;
        }
        int subs = s.subgroups().size();
        int groups = s.codeGroups().size();
        long unsorted = s.meaningUnits().stream().filter(u -> u.isUnsorted()).count();
        long condensed = s.subgroups().stream().filter(x -> !blank(x.condensate())).count();
        long quoted = s.subgroups().stream().filter(x -> !s.quotesOf(x.codeGroupId(), x.id()).isEmpty()).count();
        long analytic = s.subgroups().stream().filter(x -> !blank(x.analyticText())).count();
        long named = s.codeGroups().stream().filter(g -> !blank(g.finalName())).count();
        ListPatch.patch(steps, List.of(
                card("overview-step1", "step.1", t.get("overview.count.themes", s.themes().size()),
                        t.get("overview.count.transcripts", s.transcripts().size()), t.get("overview.count.notes", s.notes().size()),
                        comments(s, 1)),
                card("overview-step2", "step.2", t.get("overview.count.units", s.meaningUnits().size()),
                        t.get("overview.count.unsorted", unsorted), t.get("overview.count.groups", groups), comments(s, 2)),
                card("overview-step3", "step.3", t.get("overview.count.subgroups", subs),
                        t.get("overview.count.condensates", condensed, subs), t.get("overview.count.quotes", quoted, subs), comments(s, 3)),
                card("overview-step4", "step.4", t.get("overview.count.analytic", analytic, subs),
                        t.get("overview.count.finalNames", named, groups), comments(s, 4))));
    }

    /** "2 open review comments" on the step's elements. */
    private String comments(ProjectSnapshot s, int step) {
        return t.get("overview.count.comments", Comments.openInStep(s, step));
    }

    private StepCard card(String id, String titleKey, String... lines) {
        return new StepCard(id, t.get(titleKey), List.of(lines));
    }

    /** Each code group with the themes it grew from; themes no group or subgroup grew from are named apart. */
    private void showPath(ProjectSnapshot s) {
        if (s == null) {
            path.clear();
            unusedThemes.set("");
            return;
        }
        Map<UUID, PreliminaryTheme> themes = s.themes().stream().collect(Collectors.toMap(PreliminaryTheme::id, Function.identity()));
        Set<UUID> used = new HashSet<>();
        List<PathRow> rows = new ArrayList<>();
        for (CodeGroup g : s.codeGroups()) {
            List<String> from = g.grewFrom().stream().map(themes::get).filter(Objects::nonNull).map(PreliminaryTheme::name).toList();
            used.addAll(g.grewFrom());
            s.subgroupsOf(g.id()).forEach(x -> used.addAll(x.grewFrom()));
            rows.add(new PathRow(g.workingName(), g.color(), from, blank(g.finalName()) ? null : g.finalName()));
        }
        ListPatch.patch(path, rows);
        List<String> loose = s.themes().stream().filter(th -> !used.contains(th.id())).map(PreliminaryTheme::name).toList();
        unusedThemes.set(loose.isEmpty() ? "" : t.get("overview.path.unused", loose.size(), String.join(", ", loose)));
    }

    /** A fresh matrix replaces the shown one only when it differs: the heat map is drawn again only then. */
    private void showMatrix(ProjectSnapshot s) {
        OverviewMatrix fresh = OverviewMatrix.of(s);
        if (!fresh.equals(matrix.get())) {
            matrix.set(fresh);
        }
    }

    private void showChosen(ProjectSnapshot s) {
        Cell c = chosen.get();
        OverviewMatrix m = matrix.get();
        OverviewMatrix.Row row = c == null ? null : m.rows().stream().filter(c::isIn).findFirst().orElse(null);
        int i = c == null ? -1 : informantIndex(m, c.informantId());
        if (s == null || row == null || i < 0) {
            chosen.set(null); // the row or the informant is gone
            chosenTitle.set("");
            chosenUnits.clear();
            return;
        }
        chosenTitle.set(cellText(row, i));
        ListPatch.patch(chosenUnits, row.units(s).stream().filter(u -> Objects.equals(u.informantId(), c.informantId()))
                .map(u -> new UnitLine(u.id(), OverviewHints.shorten(s.textOf(u)), new Span(u.transcriptId(), u.start(), u.end())))
                .toList());
    }

    private static int informantIndex(OverviewMatrix m, UUID id) {
        for (int i = 0; i < m.informants().size(); i++) {
            if (m.informants().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void showHints(ProjectSnapshot s) {
        List<Hint> all = s == null ? List.of() : Hints.of(s);
        hintsTitle.set(t.get("overview.hints", all.size()));
        ListPatch.patch(hints, all.subList(0, Math.min(HINTS_SHOWN, all.size())).stream()
                .map(h -> new HintLine(h.kind(), OverviewHints.text(h, s, t), OverviewHints.place(h, s).orElse(null))).toList());
        moreHints.set(all.size() > HINTS_SHOWN ? t.get("overview.hints.more", all.size() - HINTS_SHOWN) : "");
    }

    // ---- texts the view shows for the matrix

    /** A row's name as shown: the loose row is "(in no subgroup)". */
    public String rowName(OverviewMatrix.Row r) {
        return r.kind() == OverviewMatrix.Kind.LOOSE ? t.get("overview.matrix.loose") : r.name();
    }

    /** "7 of 10 · several of the informants". */
    public String support(OverviewMatrix.Row r) {
        int n = matrix.get().informants().size();
        return t.get("overview.matrix.nOfN", r.supported(), n) + " · " + t.get(OverviewMatrix.breadthKey(r.supported(), n));
    }

    /** "Informant 3 · Subgroup: 2 meaning units". */
    public String cellText(OverviewMatrix.Row r, int informant) {
        Informant who = matrix.get().informants().get(informant);
        return t.get("overview.matrix.cell", who.label(), r.counts().get(informant), rowName(r));
    }

    // ---- actions

    /** A row's name clicked: the steps turn to its code group (and subgroup). */
    public void chooseRow(OverviewMatrix.Row r) {
        wb.codeGroup.set(r.groupId());
        wb.subgroup.set(r.subgroupId());
    }

    /** A cell clicked: its row becomes the steps' choice and the informant's units in it are listed. */
    public void chooseCell(OverviewMatrix.Row r, int informant) {
        chooseRow(r);
        chosen.set(new Cell(r.kind(), r.groupId(), r.subgroupId(), matrix.get().informants().get(informant).id()));
        showChosen(wb.snapshot());
    }

    /** Shows a passage (a hint's or a listed unit's) in its interview. */
    public void show(Span place) {
        if (place != null) {
            InterviewLink.show(wb, place);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- properties

    /** True while a project is open. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectTitleProperty() {
        return projectTitle.getReadOnlyProperty();
    }

    public ObservableList<StepCard> steps() {
        return steps;
    }

    public ObservableList<PathRow> path() {
        return path;
    }

    /** "2 preliminary themes are not (yet) part of a code group: …", or empty. */
    public ReadOnlyStringProperty unusedThemesProperty() {
        return unusedThemes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OverviewMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Cell> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chosenTitleProperty() {
        return chosenTitle.getReadOnlyProperty();
    }

    public ObservableList<UnitLine> chosenUnits() {
        return chosenUnits;
    }

    /** The first {@link #HINTS_SHOWN} hints. */
    public ObservableList<HintLine> hints() {
        return hints;
    }

    public ReadOnlyStringProperty hintsTitleProperty() {
        return hintsTitle.getReadOnlyProperty();
    }

    /** "… and n more.", or empty. */
    public ReadOnlyStringProperty moreHintsProperty() {
        return moreHints.getReadOnlyProperty();
    }
}
