package org.kondens.app.gui.meaningunits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kondens.app.gui.common.Commenting;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.InterviewLink;
import org.kondens.app.gui.common.ListPatch;
import org.kondens.app.gui.common.Passages;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;

/**
 * Step 2's state and rules: the code groups with their counts (and "Unsorted"), the chosen
 * group's meaning units out of context, and every decision of the step — making a unit from a
 * selection (a twin is refused), moving, merging, renaming (a taken name is refused). It talks to
 * core only through the workbench and refreshes only what a published change touches.
 */
public final class Step2ViewModel {

    /** The "Unsorted" entry of the group list. */
    public static final UUID UNSORTED = new UUID(0, 0);

    /** A row of the code-group list; {@code group} null is "Unsorted". */
    public record GroupRow(CodeGroup group, int count) {
        public UUID id() {
            return group == null ? UNSORTED : group.id();
        }
    }

    /** A theme "From themes" offers; {@code free} false when a group already has its name. */
    public record ThemeOffer(UUID themeId, String name, boolean used, boolean free) {
    }

    private final Workbench wb;
    private final I18n t;
    private final DialogService dialogs;
    private final Commenting commenting;
    private final Step2Rows texts;
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UUID> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper groupsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper transcriptUnits = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CodeGroup> shownGroup = new ReadOnlyObjectWrapper<>();
    /** The unit chosen in the list (the view selects it and scrolls to it). */
    public final ObjectProperty<UUID> selectedUnit = new SimpleObjectProperty<>();
    private ProjectSnapshot snapshot;
    private boolean choosing;

    /** Review comments on code groups and meaning units: their badges and "Add comment…". */
    public Commenting commenting() {
        return commenting;
    }

    public Step2ViewModel(Workbench wb, DialogService dialogs) {
        this.wb = wb;
        this.t = wb.text();
        this.dialogs = dialogs;
        this.commenting = new Commenting(wb, dialogs);
        this.texts = new Step2Rows(t);
        shown.set(wb.codeGroup.get());
        wb.updateProperty().addListener((o, a, u) -> apply(u));
        wb.transcript.addListener((o, a, id) -> countTranscriptUnits());
        wb.codeGroup.addListener((o, a, id) -> {
            if (!choosing && id != null && !id.equals(shown.get())) {
                shown.set(id);
                refreshUnits();
            }
        });
        if (wb.snapshot() != null) {
            apply(new Workbench.Update(wb.snapshot(), ProjectChange.EVERYTHING));
        }
    }

    // ---- what the view shows

    public ObservableList<GroupRow> groups() {
        return groups;
    }

    /** The chosen group's units (or the unsorted ones), in interview order. */
    public ObservableList<UnitRow> units() {
        return units;
    }

    /** The chosen row: a code group's id, {@link #UNSORTED}, or null without a project. */
    public ReadOnlyObjectProperty<UUID> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The chosen code group (null for "Unsorted"): its colour can be changed, the reader emphasises it. */
    public ReadOnlyObjectProperty<CodeGroup> shownGroupProperty() {
        return shownGroup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty groupsTitleProperty() {
        return groupsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitsTitleProperty() {
        return unitsTitle.getReadOnlyProperty();
    }

    /** How many units the transcript in the reader has. */
    public ReadOnlyStringProperty transcriptUnitsProperty() {
        return transcriptUnits.getReadOnlyProperty();
    }

    /** The groups a unit may move to from {@code from} (null = from Unsorted). */
    public List<CodeGroup> moveTargets(UUID from) {
        return codeGroups().stream().filter(g -> !g.id().equals(from)).toList();
    }

    /** The groups a unit may also be put in: those it is not in yet. */
    public List<CodeGroup> alsoTargets(MeaningUnit u) {
        return codeGroups().stream().filter(g -> !u.isIn(g.id())).toList();
    }

    /** The groups {@code g} may be merged into. */
    public List<CodeGroup> mergeTargets(CodeGroup g) {
        return codeGroups().stream().filter(x -> !x.id().equals(g.id())).toList();
    }

    /** The groups for the Ctrl+M popup, the chosen one first (the likeliest answer). */
    public List<CodeGroup> makeUnitChoices() {
        List<CodeGroup> all = new ArrayList<>(codeGroups());
        CodeGroup current = shownGroup.get();
        if (current != null && all.remove(current)) {
            all.add(0, current);
        }
        return all;
    }

    public List<ThemeOffer> themeOffers() {
        return snapshot == null ? List.of() : Step2Rows.themeOffers(snapshot);
    }

    /** The preliminary themes without a code group of their name, for the Ctrl+M popup. */
    public List<String> freeThemeNames() {
        return themeOffers().stream().filter(ThemeOffer::free).map(ThemeOffer::name).toList();
    }

    /** The short words of a unit (for the reader's menu). */
    public String shortText(MeaningUnit u, int max) {
        return snapshot == null ? "" : org.kondens.app.gui.common.Words.shorten(snapshot.textOf(u), max);
    }

    // ---- refreshing by change

    /** Takes in one published change, refreshing only what it touches. */
    void apply(Workbench.Update u) {
        snapshot = u.snapshot();
        if (u.touches(Part.CODE_GROUPS, Part.MEANING_UNITS)) {
            refreshGroups();
        }
        if (u.touches(Part.CODE_GROUPS, Part.MEANING_UNITS, Part.TRANSCRIPTS, Part.INFORMANTS)) {
            refreshUnits();
        }
        if (u.touches(Part.MEANING_UNITS, Part.TRANSCRIPTS)) {
            countTranscriptUnits();
        }
    }

    private List<CodeGroup> codeGroups() {
        return snapshot == null ? List.of() : snapshot.codeGroups();
    }

    private void refreshGroups() {
        ListPatch.patch(groups, Step2Rows.groupRows(snapshot));
        groupsTitle.set(t.get("step2.groupsCount", snapshot.codeGroups().size()));
        UUID id = shown.get();
        if (id == null || !UNSORTED.equals(id) && group(id) == null) {
            // The chosen group is gone (deleted, merged, another project): the first one, else Unsorted.
            setShown(snapshot.codeGroups().isEmpty() ? UNSORTED : snapshot.codeGroups().get(0).id());
        }
    }

    private void refreshUnits() {
        if (snapshot == null) {
            return;
        }
        UUID id = shown.get();
        boolean unsorted = UNSORTED.equals(id);
        CodeGroup g = unsorted ? null : group(id);
        Map<UUID, Integer> order = new HashMap<>();
        for (int i = 0; i < snapshot.transcripts().size(); i++) {
            order.put(snapshot.transcripts().get(i).id(), i);
        }
        List<MeaningUnit> in = snapshot.meaningUnits().stream()
                .filter(u -> unsorted ? u.isUnsorted() : g != null && u.isIn(g.id()))
                .sorted(Comparator.comparingInt((MeaningUnit u) -> order.getOrDefault(u.transcriptId(), 0))
                        .thenComparingInt(MeaningUnit::start))
                .toList();
        ListPatch.patch(units, texts.unitRows(snapshot, in, g == null ? null : g.id()));
        shownGroup.set(g);
        unitsTitle.set(g == null ? t.get("step2.units.unsorted", in.size())
                : t.get("step2.units.of", g.workingName(), in.size(), informants(in)));
    }

    private void countTranscriptUnits() {
        UUID tid = wb.transcript.get();
        long here = snapshot == null ? 0 : snapshot.meaningUnits().stream().filter(u -> u.transcriptId().equals(tid)).count();
        transcriptUnits.set(snapshot == null ? "" : t.get("step2.transcriptUnits", here));
    }

    private static long informants(List<MeaningUnit> units) {
        return units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
    }

    private CodeGroup group(UUID id) {
        return id == null ? null : codeGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    private void setShown(UUID id) {
        shown.set(id);
        if (!UNSORTED.equals(id) && id != null && !id.equals(wb.codeGroup.get())) {
            choosing = true;
            try {
                wb.codeGroup.set(id);
            } finally {
                choosing = false;
            }
        }
    }

    // ---- choosing

    /** Shows the units of the row {@code id} (a code group or {@link #UNSORTED}); a group becomes every step's group. */
    public void choose(UUID id) {
        if (id != null && !id.equals(shown.get())) {
            setShown(id);
            refreshUnits();
        }
    }

    /** "Show in its code group": the unit's first group (or Unsorted) is chosen and the unit selected there. */
    public void showInList(MeaningUnit u) {
        choose(u.memberships().isEmpty() ? UNSORTED : u.memberships().get(0).codeGroupId());
        selectedUnit.set(u.id());
    }

    public void reveal(MeaningUnit u) {
        InterviewLink.show(wb, new Span(u.transcriptId(), u.start(), u.end()));
    }

    // ---- making and sorting meaning units

    /** Makes the selection a unit in the group {@code query} names (first match, else a new group). */
    public CompletableFuture<MeaningUnit> makeUnit(Span selection, String query) {
        return makeUnit(selection, GroupChoice.choose(codeGroups(), query));
    }

    /**
     * Makes the selection (without the white space at its ends) a meaning unit in the chosen
     * group, then shows that group with the new unit selected. The same passage twice in one
     * group is a slip, never an analysis: refused with a message. A new group named like a
     * preliminary theme grows from it (core links them).
     */
    public CompletableFuture<MeaningUnit> makeUnit(Span selection, GroupChoice c) {
        Span span = trimmed(selection);
        if (span == null || c == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (c.groupId() != null) {
            CodeGroup g = group(c.groupId());
            boolean twin = snapshot.meaningUnits().stream().anyMatch(u -> u.transcriptId().equals(span.transcriptId())
                    && u.start() == span.start() && u.end() == span.end() && u.isIn(c.groupId()));
            if (twin && g != null) {
                dialogs.warn(t.get("step2.twin", g.workingName()));
                return CompletableFuture.completedFuture(null);
            }
        }
        return wb.edit(p -> c.groupId() != null
                ? p.addMeaningUnit(span.transcriptId(), span.start(), span.end(), List.of(new Membership(c.groupId(), null)))
                : p.addMeaningUnitInNewGroup(span.transcriptId(), span.start(), span.end(), c.newName()))
                .thenApply(u -> {
                    choose(u.memberships().get(0).codeGroupId());
                    selectedUnit.set(u.id());
                    return u;
                });
    }

    /** The span without the white space a selection often catches at its ends; null if nothing is left. */
    Span trimmed(Span span) {
        if (span == null || snapshot == null) {
            return null;
        }
        String text = snapshot.transcript(span.transcriptId()).map(Transcript::text).orElse("");
        int[] words = Passages.withoutWhiteSpace(text, span.start(), span.end());
        return words[1] > words[0] ? new Span(span.transcriptId(), words[0], words[1]) : null;
    }

    /**
     * Moves a unit from one group to another, as drag and drop and "Move to…" both do. {@code from}
     * null means it was unsorted; {@code to} null means "make it unsorted here" (out of {@code from});
     * into a group it is in already, it just leaves {@code from}.
     */
    public CompletableFuture<Void> moveUnit(UUID unitId, UUID from, UUID to) {
        MeaningUnit u = snapshot == null ? null : snapshot.unitsById().get(unitId);
        if (u == null || Objects.equals(from, to)) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.editVoid(p -> {
            if (from == null) {
                p.assignMeaningUnit(unitId, to, null);
            } else if (to == null || u.isIn(to)) {
                p.removeFromCodeGroup(unitId, from);
            } else {
                p.moveMeaningUnit(unitId, from, to, null);
            }
        });
    }

    /** "Also put in": the unit stays where it is and joins {@code groupId} too. */
    public CompletableFuture<Void> alsoPutIn(UUID unitId, UUID groupId) {
        return wb.editVoid(p -> p.assignMeaningUnit(unitId, groupId, null));
    }

    public CompletableFuture<Void> deleteUnit(UUID unitId) {
        return wb.editVoid(p -> p.deleteMeaningUnit(unitId));
    }

    // ---- code groups

    /** A new group from the name field; it becomes the chosen group. Blank or taken names are refused here. */
    public CompletableFuture<CodeGroup> addGroup(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || refusedAsTaken(n, null)) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.edit(p -> p.addCodeGroup(n, null, List.of())).thenApply(g -> {
            choose(g.id());
            return g;
        });
    }

    /** Renames a group; a name another group has is refused with a message and the old name stays. */
    public CompletableFuture<Boolean> renameGroup(UUID id, String name) {
        CodeGroup g = group(id);
        String n = name == null ? "" : name.strip();
        if (g == null || n.isEmpty() || n.equals(g.workingName()) || refusedAsTaken(n, id)) {
            return CompletableFuture.completedFuture(false);
        }
        return wb.editVoid(p -> p.renameCodeGroup(id, n)).thenApply(v -> true);
    }

    private boolean refusedAsTaken(String name, UUID self) {
        boolean taken = codeGroups().stream().anyMatch(g -> !g.id().equals(self) && g.workingName().equalsIgnoreCase(name));
        if (taken) {
            dialogs.warn(t.get("step2.group.nameTaken", name));
        }
        return taken;
    }

    /** A new colour ({@code #RRGGBB}) for the chosen group. */
    public CompletableFuture<Void> recolor(String hex) {
        CodeGroup g = shownGroup.get();
        if (g == null || hex.equalsIgnoreCase(g.color())) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.editVoid(p -> p.recolorCodeGroup(g.id(), hex));
    }

    /** Merges {@code source} into {@code target}, which is then shown. */
    public CompletableFuture<Void> merge(UUID source, UUID target) {
        return wb.editVoid(p -> p.mergeCodeGroups(target, source)).thenRun(() -> choose(target));
    }

    /** Deletes a group; its units stay, unsorted if it was their only group (undo brings it back). */
    public CompletableFuture<Void> deleteGroup(UUID id) {
        return wb.editVoid(p -> p.deleteCodeGroup(id));
    }

    /** Code groups from the ticked preliminary themes; the first becomes the chosen group. */
    public CompletableFuture<List<CodeGroup>> groupsFromThemes(List<UUID> themes) {
        if (themes.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return wb.edit(p -> p.codeGroupsFromThemes(themes)).thenApply(made -> {
            if (!made.isEmpty()) {
                choose(made.get(0).id());
            }
            return made;
        });
    }
}
