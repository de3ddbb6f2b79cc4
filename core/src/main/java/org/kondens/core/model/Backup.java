package org.kondens.core.model;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A backup of a project as File › Restore from backup… and {@code kondens restore} list it:
 * when it was made, whether it passed SQLite's check, and what it holds.
 *
 * @param problem why it cannot be restored, or null when it is sound
 */
public record Backup(Path file, Instant time, boolean sound, int transcripts, int meaningUnits, int codeGroups,
        String problem) {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** "2026-11-30 14:02" in this computer's time zone. */
    public String shownTime() {
        return SHOWN.format(time);
    }
}
