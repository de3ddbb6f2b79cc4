package org.kondens.app.gui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ListPatch;
import org.kondens.app.gui.search.SearchViewModel.Choice;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CodePath;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.search.SearchFilter;

/**
 * Search's filter choices: who, which transcript, which role, inside which code group, subgroup
 * and deeper code, or only uncoded text; filled from the project (keeping what is chosen where it
 * still exists) and turned into the {@link SearchFilter} core takes. A choice the user makes
 * calls {@code changed}; filling the lists from a new snapshot does not.
 */
final class SearchChoices {

    final ObservableList<Choice> informants = FXCollections.observableArrayList();
    final ObservableList<Choice> transcripts = FXCollections.observableArrayList();
    final ObservableList<Choice> roles = FXCollections.observableArrayList();
    final ObservableList<Choice> groups = FXCollections.observableArrayList();
    final ObservableList<Choice> subgroups = FXCollections.observableArrayList();
    final ObservableList<Choice> codePaths = FXCollections.observableArrayList();
    final ObjectProperty<Choice> informant = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> transcript = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> role = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> subgroup = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> codePath = new SimpleObjectProperty<>();
    final BooleanProperty uncoded = new SimpleBooleanProperty();
    final BooleanBinding subgroupOpen;
    private final I18n t;
    private boolean filling;

    SearchChoices(I18n t, Supplier<ProjectSnapshot> snapshot, Runnable changed) {
        this.t = t;
        roles.setAll(new Choice(null, t.get("search.role.all"), null),
                new Choice(null, t.get("search.role.informant"), SpeakerRole.INFORMANT),
                new Choice(null, t.get("search.role.interviewer"), SpeakerRole.INTERVIEWER));
        role.set(roles.get(0));
        subgroupOpen = Bindings.createBooleanBinding(() -> !uncoded.get() && group.get() != null && group.get().id() != null,
                uncoded, group);
        Runnable chosen = () -> {
            if (!filling) {
                changed.run();
            }
        };
        for (ObjectProperty<Choice> filter : List.of(informant, transcript, role, codePath)) {
            filter.addListener((o, a, b) -> chosen.run());
        }
        group.addListener((o, a, g) -> {
            fillSubgroups(snapshot.get());
            chosen.run();
        });
        subgroup.addListener((o, a, g) -> {
            fillCodePaths(snapshot.get());
            chosen.run();
        });
        uncoded.addListener((o, a, b) -> chosen.run());
    }

    /** Every list from {@code s} (emptied for no project). */
    void fill(ProjectSnapshot s) {
        filling = true;
        try {
            if (s == null) {
                informants.clear();
                transcripts.clear();
                groups.clear();
                subgroups.clear();
                codePaths.clear();
                return;
            }
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
    void fillCodePaths(ProjectSnapshot s) {
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
}
