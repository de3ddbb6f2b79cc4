package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.UUID;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Finds one item by what a user types (a name, an id or an id prefix), for CLI and GUI arguments.
 */
final class Lookups extends StcService {

    Lookups(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    Transcript findTranscript(String nameOrId) {
        return Lookup.one(read(ProjectRepository::transcripts), nameOrId, Term.TRANSCRIPT.of(), Transcript::id, Transcript::title, Transcript::sourceFile);
    }

    CodeGroup findCodeGroup(String nameOrId) {
        return Lookup.one(read(ProjectRepository::codeGroups), nameOrId, Term.CODE_GROUP.of(), CodeGroup::id, CodeGroup::workingName, CodeGroup::finalName);
    }

    Subgroup findSubgroup(UUID codeGroupId, String nameOrId) {
        return Lookup.one(read(r -> r.subgroupsOf(codeGroupId)), nameOrId, Term.SUBGROUP_IN.of(codeGroup(codeGroupId).workingName()),
                Subgroup::id, Subgroup::name, Subgroup::name);
    }

    PreliminaryTheme findTheme(String nameOrId) {
        return Lookup.one(read(ProjectRepository::themes), nameOrId, Term.PRELIMINARY_THEME.of(), PreliminaryTheme::id, PreliminaryTheme::name,
                PreliminaryTheme::name);
    }

    MeaningUnit findMeaningUnit(String id) {
        return Lookup.one(read(r -> r.meaningUnitsById(id)), id, Term.MEANING_UNIT.of(), MeaningUnit::id, u -> null, u -> null);
    }

    Informant findInformant(String labelOrId) {
        return Lookup.one(read(ProjectRepository::informants), labelOrId, Term.INFORMANT.of(), Informant::id, Informant::label, Informant::label);
    }
}
