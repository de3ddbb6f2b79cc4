package org.kondens.core.search;

import java.util.Set;
import java.util.UUID;
import org.kondens.core.model.CodePath;
import org.kondens.core.model.SpeakerRole;

/**
 * Narrows a search. Empty sets and nulls mean "no limit". {@code codeGroupId}/{@code subgroupId}
 * keep hits inside meaning units of that group or subgroup; {@code uncodedOnly} keeps hits outside
 * every meaning unit, the passages an analysis has not yet taken up. {@code codePath} keeps hits
 * inside units whose kept code path (a code another tool had below the subgroup, {@link CodePath})
 * names it.
 */
public record SearchFilter(Set<UUID> informantIds, Set<UUID> transcriptIds, SpeakerRole role, UUID codeGroupId,
        UUID subgroupId, boolean uncodedOnly, String codePath) {

    public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of(), null, null, null, false, null);

    public SearchFilter(Set<UUID> informantIds, Set<UUID> transcriptIds, SpeakerRole role, UUID codeGroupId, UUID subgroupId,
            boolean uncodedOnly) {
        this(informantIds, transcriptIds, role, codeGroupId, subgroupId, uncodedOnly, null);
    }

    public SearchFilter {
        informantIds = Set.copyOf(informantIds);
        transcriptIds = Set.copyOf(transcriptIds);
    }

    public SearchFilter withInformants(Set<UUID> ids) {
        return new SearchFilter(ids, transcriptIds, role, codeGroupId, subgroupId, uncodedOnly, codePath);
    }

    public SearchFilter withTranscripts(Set<UUID> ids) {
        return new SearchFilter(informantIds, ids, role, codeGroupId, subgroupId, uncodedOnly, codePath);
    }

    public SearchFilter withRole(SpeakerRole r) {
        return new SearchFilter(informantIds, transcriptIds, r, codeGroupId, subgroupId, uncodedOnly, codePath);
    }

    public SearchFilter inCodeGroup(UUID group, UUID subgroup) {
        return new SearchFilter(informantIds, transcriptIds, role, group, subgroup, uncodedOnly, codePath);
    }

    public SearchFilter uncoded(boolean only) {
        return new SearchFilter(informantIds, transcriptIds, role, codeGroupId, subgroupId, only, codePath);
    }

    /** Only inside units whose kept code path names {@code path} ("Hjelp › Fra ansatte"); null or blank: no limit. */
    public SearchFilter withCodePath(String path) {
        return new SearchFilter(informantIds, transcriptIds, role, codeGroupId, subgroupId, uncodedOnly,
                path == null || path.isBlank() ? null : path.strip());
    }

    /** True if the filter keeps hits by meaning units: an edit of units, groups or subgroups can change its result. */
    public boolean needsMeaningUnits() {
        return codeGroupId != null || subgroupId != null || uncodedOnly || codePath != null;
    }
}
