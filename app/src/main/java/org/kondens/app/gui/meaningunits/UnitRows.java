package org.kondens.app.gui.meaningunits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Words;
import org.kondens.app.gui.reader.ReaderStyles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/** Writes {@link UnitRow}s: the words, the informant, the transcript and line, the other groups. */
final class UnitRows {

    private final I18n t;
    /** Line starts per transcript; a transcript's text never changes after import. */
    private final Map<UUID, int[]> lineStarts = new HashMap<>();

    UnitRows(I18n t) {
        this.t = t;
    }

    /** The row of {@code u} listed under {@code listedIn} (null = Unsorted): other groups are named. */
    UnitRow row(ProjectSnapshot s, MeaningUnit u, UUID listedIn) {
        String text = t.get("step2.unit.text", Words.shorten(s.textOf(u), 320));
        String who = u.informantId() == null ? t.get("step2.unit.noInformant")
                : s.informant(u.informantId()).map(Informant::label).orElse("?");
        String where = s.transcript(u.transcriptId()).map(Transcript::title).orElse("");
        List<String> others = u.memberships().stream().map(Membership::codeGroupId)
                .filter(id -> !id.equals(listedIn))
                .map(id -> s.codeGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElse(null))
                .filter(Objects::nonNull).map(CodeGroup::workingName).toList();
        String line = t.get("step2.unit.meta", who, where, lineOf(s, u));
        return new UnitRow(u, text, others.isEmpty() ? line : line + " · " + t.get("step2.unit.alsoInList", String.join(", ", others)));
    }

    private int lineOf(ProjectSnapshot s, MeaningUnit u) {
        int[] starts = lineStarts.computeIfAbsent(u.transcriptId(),
                id -> ReaderStyles.lineStarts(s.transcript(id).map(Transcript::text).orElse("")));
        return ReaderStyles.lineOf(starts, u.start()) + 1;
    }
}
