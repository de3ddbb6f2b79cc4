package org.kondens.app.gui.condensation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;

/**
 * Step 3's state and rules for the chosen code group: its subgroup columns, the chosen subgroup's
 * condensate and illustrative quotes, and the decisions (subgroups added, renamed — a taken name
 * is refused —, ordered, split off, deleted; units sorted; condensates written; quotes chosen).
 * Refreshes only what a published change touches.
 */
public final class Step3ViewModel {

    /** What the choose-quote dialog offers: the units to quote from, the one to start with, the subgroup it is for. */
    record QuoteRequest(List<MeaningUnit> units, MeaningUnit preselected, UUID subgroupId) {
    }

    private static final Set<Part> COLUMN_PARTS = EnumSet.of(Part.CODE_GROUPS, Part.SUBGROUPS, Part.MEANING_UNITS, Part.QUOTES,
            Part.INFORMANTS, Part.TRANSCRIPTS);

    private final Workbench wb;
    private final I18n t;
    private final DialogService dialogs;
    private final Commenting commenting;
    private final ObservableList<CodeGroup> codeGroups = FXCollections.observableArrayList();
    private final ObservableList<Step3Rows.Column> columns = FXCollections.observableArrayList();
    private final ObservableList<Step3Rows.QuoteRow> quotes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CodeGroup> group = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Subgroup> subgroup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper condensateTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quoteTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canChooseQuote = new ReadOnlyBooleanWrapper();
    /** The card chosen (highlighted); "Choose quote…" starts from it. */
    public final ObjectProperty<UUID> selectedUnit = new SimpleObjectProperty<>();
    private ProjectSnapshot snapshot;
    private boolean resolving;

    /** Review comments on subgroups, condensates and meaning units: their badges and "Add comment…". */
    public Commenting commenting() {
        return commenting;
    }

    public Step3ViewModel(Workbench wb, DialogService dialogs) {
        this.wb = wb;
        this.t = wb.text();
        this.dialogs = dialogs;
        this.commenting = new Commenting(wb, dialogs);
        wb.updateProperty().addListener((o, a, u) -> apply(u));
        wb.codeGroup.addListener((o, a, g) -> {
            if (!resolving) {
                selectedUnit.set(null);
                refresh(EnumSet.allOf(Part.class));
            }
        });
        wb.subgroup.addListener((o, a, s) -> {
            if (!resolving) {
                refresh(EnumSet.of(Part.SUBGROUPS, Part.QUOTES));
            }
        });
        snapshot = wb.snapshot();
        refresh(EnumSet.allOf(Part.class));
    }

    // ---- what the view shows

    /** The code groups for the chooser. */
    public ObservableList<CodeGroup> codeGroups() {
        return codeGroups;
    }

    /** The chosen code group (null without a project or groups). */
    public ReadOnlyObjectProperty<CodeGroup> groupProperty() {
        return group.getReadOnlyProperty();
    }

    /** The subgroup columns, then "Unsorted". */
    public ObservableList<Step3Rows.Column> columns() {
        return columns;
    }

    /** The chosen subgroup of the group (null: none, or the group has none). */
    public ReadOnlyObjectProperty<Subgroup> subgroupProperty() {
        return subgroup.getReadOnlyProperty();
    }

    /** Why there is nothing to condense (no project, no groups), or null. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty condensateTitleProperty() {
        return condensateTitle.getReadOnlyProperty();
    }

    /** The chosen subgroup's condensate as the project has it ("" without a subgroup). */
    public String condensate() {
        Subgroup s = subgroup.get();
        return s == null ? "" : s.condensate();
    }

    public ObservableList<Step3Rows.QuoteRow> quotes() {
        return quotes;
    }

    public ReadOnlyStringProperty quoteTitleProperty() {
        return quoteTitle.getReadOnlyProperty();
    }

    /** A quote can be chosen when the subgroup (or, for a group quote, the group's loose units) has units. */
    public ReadOnlyBooleanProperty canChooseQuoteProperty() {
        return canChooseQuote.getReadOnlyProperty();
    }

    /** The other code groups a card may move to. */
    public List<CodeGroup> otherGroups() {
        CodeGroup g = group.get();
        return codeGroups.stream().filter(x -> g == null || !x.id().equals(g.id())).toList();
    }

    // ---- refreshing by change

    void apply(Workbench.Update u) {
        snapshot = u.snapshot();
        refresh(u.change().parts());
    }

    private void refresh(Set<Part> parts) {
        if (parts.contains(Part.CODE_GROUPS)) {
            ListPatch.patch(codeGroups, snapshot == null ? List.of() : snapshot.codeGroups());
        }
        resolve();
        CodeGroup g = group.get();
        if (g == null) {
            empty.set(t.get(snapshot == null ? "step3.empty.noProject" : "step3.empty.noGroups"));
            columns.clear();
            quotes.clear();
            condensateTitle.set(t.get("step3.condensate.none"));
            canChooseQuote.set(false);
            return;
        }
        empty.set(null);
        if (parts.stream().anyMatch(COLUMN_PARTS::contains)) {
            ListPatch.patch(columns, Step3Rows.columns(snapshot, g));
        }
        if (parts.contains(Part.MEANING_UNITS) || parts.contains(Part.SESSIONS) || parts.contains(Part.INFORMANTS)
                || parts.contains(Part.CODE_GROUPS)) {
            List<MeaningUnit> units = snapshot.unitsOf(g.id());
            long informants = units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
            counts.set(t.get("step3.counts", units.size(), informants, Step3Rows.informantTotal(snapshot)));
        }
        Subgroup sub = subgroup.get();
        condensateTitle.set(sub == null ? t.get("step3.condensate.none") : t.get("step3.condensate.title", sub.name()));
        if (parts.stream().anyMatch(COLUMN_PARTS::contains)) {
            quoteTitle.set(sub == null ? t.get("step3.quotes.group") : t.get("step3.quotes.title", sub.name()));
            ListPatch.patch(quotes, Step3Rows.quotes(snapshot, g, sub));
            canChooseQuote.set(!Step3Rows.quotable(snapshot, g, sub).isEmpty());
        }
    }

    /** The chosen group (the workbench's, else the first) and its chosen subgroup (the workbench's, else the first). */
    private void resolve() {
        List<CodeGroup> groups = snapshot == null ? List.of() : snapshot.codeGroups();
        UUID wanted = wb.codeGroup.get();
        CodeGroup g = groups.stream().filter(x -> x.id().equals(wanted)).findFirst().orElse(groups.isEmpty() ? null : groups.get(0));
        List<Subgroup> subs = g == null ? List.of() : snapshot.subgroupsOf(g.id());
        UUID wantedSub = wb.subgroup.get();
        Subgroup sub = subs.stream().filter(x -> x.id().equals(wantedSub)).findFirst().orElse(subs.isEmpty() ? null : subs.get(0));
        resolving = true;
        try {
            if (g != null && !g.id().equals(wanted)) {
                wb.codeGroup.set(g.id());
            }
            UUID subId = sub == null ? null : sub.id();
            if (g != null && !Objects.equals(subId, wantedSub)) {
                wb.subgroup.set(subId);
            }
        } finally {
            resolving = false;
        }
        group.set(g);
        subgroup.set(sub);
    }

    // ---- choosing

    public void chooseGroup(CodeGroup g) {
        if (g != null && !g.id().equals(wb.codeGroup.get())) {
            wb.codeGroup.set(g.id());
        }
    }

    /** A click on a column: its subgroup's condensate and quotes are shown ("Unsorted" has none). */
    public void chooseSubgroup(UUID subgroupId) {
        if (subgroupId != null && !subgroupId.equals(wb.subgroup.get())) {
            wb.subgroup.set(subgroupId);
        }
    }

    /** A click on a card: the card is chosen, and its column's subgroup. */
    public void selectUnit(UUID unitId, UUID subgroupId) {
        selectedUnit.set(unitId);
        chooseSubgroup(subgroupId);
    }

    public void reveal(Span span) {
        InterviewLink.show(wb, span);
    }

    // ---- subgroups

    /** Adds a subgroup to the chosen group and chooses it, so its condensate can be written at once. */
    public CompletableFuture<Subgroup> addSubgroup(String name) {
        CodeGroup g = group.get();
        String n = name == null ? "" : name.strip();
        if (g == null || n.isEmpty() || refusedAsTaken(n, null)) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.edit(p -> p.addSubgroup(g.id(), n)).thenApply(sub -> {
            wb.subgroup.set(sub.id());
            return sub;
        });
    }

    /** Renames a subgroup; a name another subgroup of the group has is refused with a message, the old name stays. */
    public CompletableFuture<Boolean> renameSubgroup(UUID id, String name) {
        Subgroup sub = subgroupById(id);
        String n = name == null ? "" : name.strip();
        if (sub == null || n.isEmpty() || n.equals(sub.name()) || refusedAsTaken(n, id)) {
            return CompletableFuture.completedFuture(false);
        }
        return wb.editVoid(p -> p.renameSubgroup(id, n)).thenApply(v -> true);
    }

    private boolean refusedAsTaken(String name, UUID self) {
        CodeGroup g = group.get();
        boolean taken = snapshot.subgroupsOf(g.id()).stream().anyMatch(s -> !s.id().equals(self) && s.name().equalsIgnoreCase(name));
        if (taken) {
            dialogs.warn(t.get("step3.subgroup.nameTaken", name));
        }
        return taken;
    }

    /** Moves a subgroup's column to {@code index} (0 = first). */
    public CompletableFuture<Void> moveSubgroup(UUID id, int index) {
        int last = group.get() == null ? -1 : snapshot.subgroupsOf(group.get().id()).size() - 1;
        if (index < 0 || index > last) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.editVoid(p -> p.moveSubgroup(id, index));
    }

    /** Deletes a subgroup; its units go back to "Unsorted" in the code group (undo brings it back). */
    public CompletableFuture<Void> deleteSubgroup(UUID id) {
        return wb.editVoid(p -> p.deleteSubgroup(id));
    }

    /**
     * A subgroup that turns out to be a theme of its own becomes a new code group, with its units,
     * condensate and quotes; the user names the group (the subgroup's name to start with).
     */
    public CompletableFuture<CodeGroup> splitOff(UUID subgroupId) {
        CodeGroup g = group.get();
        Subgroup sub = subgroupById(subgroupId);
        if (g == null || sub == null) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> name = dialogs.askText(t.get("step3.split.title"), t.get("step3.split.prompt", sub.name()), sub.name());
        if (name.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String n = name.get().strip();
        if (snapshot.codeGroups().stream().anyMatch(x -> x.workingName().equalsIgnoreCase(n))) {
            dialogs.warn(t.get("step3.split.nameTaken", n));
            return CompletableFuture.completedFuture(null);
        }
        return wb.edit(p -> p.splitCodeGroup(g.id(), n, List.of(subgroupId), List.of())).thenApply(made -> {
            wb.codeGroup.set(made.id());
            return made;
        });
    }

    private Subgroup subgroupById(UUID id) {
        return snapshot == null ? null : snapshot.subgroups().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    // ---- units, condensates, quotes

    /** What a drop (and "Move to subgroup") does: the unit goes to {@code subgroupId} (null = no subgroup) in the chosen group. */
    public CompletableFuture<Void> moveUnit(UUID unitId, UUID subgroupId) {
        CodeGroup g = group.get();
        selectedUnit.set(unitId);
        return wb.editVoid(p -> p.assignMeaningUnit(unitId, g.id(), subgroupId));
    }

    /** "Move to another code group": out of this group into {@code target}, without a subgroup there. */
    public CompletableFuture<Void> moveToGroup(UUID unitId, UUID target) {
        CodeGroup g = group.get();
        return wb.editVoid(p -> p.moveMeaningUnit(unitId, g.id(), target, null));
    }

    /** Saves {@code text} as the condensate of {@code subgroupId} if it still exists and the text is new. */
    public CompletableFuture<Void> writeCondensate(UUID subgroupId, String text) {
        Subgroup sub = subgroupById(subgroupId);
        if (sub == null || Objects.equals(sub.condensate(), text)) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.editVoid(p -> p.setCondensate(subgroupId, text, null));
    }

    /**
     * What "Choose quote…" offers: started from a card, that unit and its subgroup's units; else the
     * chosen subgroup's units (the group's loose ones for a quote of the whole group). Empty when there is nothing to quote.
     */
    Optional<QuoteRequest> quoteRequest(UUID unitId) {
        CodeGroup g = group.get();
        if (g == null) {
            return Optional.empty();
        }
        MeaningUnit from = unitId == null ? null : snapshot.unitsById().get(unitId);
        UUID subId = from == null ? wb.subgroup.get()
                : from.memberships().stream().filter(m -> m.codeGroupId().equals(g.id())).map(Membership::subgroupId)
                        .filter(Objects::nonNull).findFirst().orElse(null);
        Subgroup sub = snapshot.subgroupsOf(g.id()).stream().filter(x -> x.id().equals(subId)).findFirst().orElse(null);
        List<MeaningUnit> units = Step3Rows.quotable(snapshot, g, sub);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuoteRequest(units, from != null && units.contains(from) ? from : units.get(0),
                sub == null ? null : sub.id()));
    }

    /** Adds a quote (offsets null = the whole unit; label null = the informant's) to the chosen group. */
    public CompletableFuture<Quote> addQuote(UUID unitId, UUID subgroupId, Integer start, Integer end, String display, String label) {
        CodeGroup g = group.get();
        return wb.edit(p -> p.addQuote(unitId, g.id(), subgroupId, start, end, display, label));
    }

    public CompletableFuture<Void> editQuote(UUID quoteId, String display, String label) {
        return wb.editVoid(p -> p.editQuote(quoteId, display, label));
    }

    public CompletableFuture<Void> removeQuote(UUID quoteId) {
        return wb.editVoid(p -> p.deleteQuote(quoteId));
    }

    ProjectSnapshot snapshot() {
        return snapshot;
    }
}
