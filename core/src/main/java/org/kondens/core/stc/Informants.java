package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.importer.InformantRow;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Session;
import org.kondens.core.store.ProjectDatabase;

/**
 * Informants, their attributes and the sessions they took part in.
 */
final class Informants extends StcService {

    Informants(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    Informant addInformant(String label) {
        requireName(label, Problem.INFORMANT_LABEL_MISSING, Term.INFORMANT_LABEL);
        String l = label.strip();
        return change("Add informant", l, r -> {
            requireFreeLabel(r, l, null);
            Informant i = Informant.of(UUID.randomUUID(), l, Map.of());
            r.insertInformant(i);
            return i;
        });
    }

    void renameInformant(UUID id, String label) {
        requireName(label, Problem.INFORMANT_LABEL_MISSING, Term.INFORMANT_LABEL);
        Informant old = informant(id);
        changeVoid("Rename informant", old.label() + " → " + label.strip(), r -> {
            requireFreeLabel(r, label.strip(), id);
            r.setInformantLabel(id, label.strip());
        });
    }

    void setInformantAttribute(UUID id, String key, String value) {
        requireName(key, Problem.ATTRIBUTE_NAME_MISSING, Term.ATTRIBUTE_NAME);
        Names.checkName(value, Term.ATTRIBUTE_VALUE);
        Informant i = informant(id);
        changeVoid("Set informant attribute", i.label() + ": " + key.strip() + " = " + Objects.requireNonNullElse(value, ""),
                r -> r.setAttribute(id, key.strip(), blankToNull(value)));
    }

    int importInformants(List<InformantRow> rows) {
        if (rows.isEmpty()) {
            throw new KondensException(Problem.TABLE_WITHOUT_INFORMANTS);
        }
        rows.forEach(row -> {
            requireName(row.label(), Problem.ROW_LABEL_MISSING, Term.INFORMANT_LABEL);
            row.attributes().forEach((k, v) -> {
                Names.checkName(k, Term.ATTRIBUTE_NAME);
                Names.checkName(v, Term.ATTRIBUTE_VALUE);
            });
        });
        return change("Import informants", rows.size() + " informants", r -> {
            int added = 0;
            for (InformantRow row : rows) {
                Optional<Informant> known = informantByLabel(r, row.label());
                UUID id = known.map(Informant::id).orElse(UUID.randomUUID());
                if (known.isEmpty()) {
                    r.insertInformant(Informant.of(id, row.label().strip(), Map.of()));
                    added++;
                }
                for (Map.Entry<String, String> a : row.attributes().entrySet()) {
                    if (!a.getValue().isBlank()) {
                        r.setAttribute(id, a.getKey().strip(), a.getValue().strip());
                    }
                }
            }
            return added;
        });
    }

    void updateSession(Session session) {
        requireName(session.title(), Problem.SESSION_TITLE_MISSING, Term.SESSION_TITLE);
        changeVoid("Edit session", session.title(), r -> r.updateSession(session));
    }
}
