package org.kondens.core.store;

import java.util.Arrays;
import java.util.List;
import org.kondens.core.model.ImportRecord;

/** The import log: one row per import from another tool, with its report. One part of {@link ProjectRepository}. */
public interface ImportLogRows {

    Sql sql();

    default void insertImportRecord(ImportRecord r) {
        sql().update("INSERT INTO import_log(id, time, file, kind, lines) VALUES (?,?,?,?,?)", r.id(), r.time(), r.file(), r.kind(),
                String.join("\n", r.lines()));
    }

    /** Oldest first. */
    default List<ImportRecord> importLog() {
        return sql().list("SELECT * FROM import_log ORDER BY time, rowid", rs -> new ImportRecord(Sql.uuid(rs, "id"),
                Sql.instant(rs, "time"), rs.getString("file"), rs.getString("kind"),
                rs.getString("lines").isEmpty() ? List.of() : Arrays.asList(rs.getString("lines").split("\n", -1))));
    }
}
