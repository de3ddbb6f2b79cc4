package org.kondens.app.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectSnapshot;

/**
 * Wires a view model to the workbench's publishes by part: each thing the view model shows has
 * its own refresh, run only when a publish touches one of its parts (once per publish, in the
 * order registered). A change of nothing the view model shows leaves it alone.
 */
public final class PartRefresh {

    private record Watch(Part[] parts, Consumer<ProjectSnapshot> refresh) {
    }

    private final List<Watch> watches = new ArrayList<>();

    /** A refresh table listening to {@code wb}'s updates. */
    public static PartRefresh listen(Workbench wb) {
        PartRefresh r = new PartRefresh();
        wb.updateProperty().addListener((o, was, update) -> {
            if (update != null) {
                r.apply(update);
            }
        });
        return r;
    }

    /** Runs {@code refresh} with the new snapshot whenever a publish touches any of {@code parts}. */
    public PartRefresh on(Consumer<ProjectSnapshot> refresh, Part... parts) {
        watches.add(new Watch(parts.clone(), refresh));
        return this;
    }

    /** Runs the refreshes {@code update} touches; the view model's tests call it with a chosen change. */
    public void apply(Workbench.Update update) {
        for (Watch w : watches) {
            if (update.touches(w.parts())) {
                w.refresh().accept(update.snapshot());
            }
        }
    }
}
