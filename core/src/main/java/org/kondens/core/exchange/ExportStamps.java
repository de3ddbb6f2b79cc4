package org.kondens.core.exchange;

import java.time.Instant;
import org.kondens.core.model.ProjectSnapshot;
import org.w3c.dom.Element;

/**
 * Writes the creating user and the creation and modification times an element can carry. What
 * has no time of its own in the model gets the project's last change ({@code last}), never the
 * export's clock, so the same project still gives the same bytes.
 */
record ExportStamps(Instant last) {

    static ExportStamps of(ProjectSnapshot s) {
        Instant t = s.project().modified() != null ? s.project().modified() : s.project().created();
        return new ExportStamps(t != null ? t : Instant.parse("1980-01-02T00:00:00Z"));
    }

    /** {@code created} only when known; modified is {@code modified}, else the last change (never before created). */
    void put(Element e, Instant created, Instant modified) {
        e.setAttribute("creatingUser", Guids.of(QdpxWriter.KONDENS_USER));
        if (created != null) {
            e.setAttribute("creationDateTime", created.toString());
        }
        Instant m = modified != null ? modified : last;
        e.setAttribute("modifiedDateTime", (created != null && created.isAfter(m) ? created : m).toString());
    }

    String or(Instant t) {
        return (t != null ? t : last).toString();
    }
}
