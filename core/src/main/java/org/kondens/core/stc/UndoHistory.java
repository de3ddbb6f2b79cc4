package org.kondens.core.stc;

import java.util.Optional;
import org.kondens.core.KondensException;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.StoreException;
import org.kondens.core.store.UndoLog;

/**
 * Undo and redo of an open project, with one promise: they never get stuck. A step either
 * applies, or is refused with one sentence; a step that can never apply (possible in files
 * written before imports were undo steps) is taken out of the history, so the steps before it
 * stay undoable. A refusal changes no project data.
 */
final class UndoHistory {

    private final ProjectDatabase db;

    UndoHistory(ProjectDatabase db) {
        this.db = db;
    }

    /** Undoes the newest step; empty when there is nothing to undo. */
    Optional<UndoLog.Step> undo() {
        Optional<UndoLog.Step> next = db.peekUndo();
        if (next.isEmpty()) {
            return next;
        }
        try {
            return db.undo();
        } catch (StoreException e) {
            throw refused(next.get(), e, true);
        }
    }

    /** Redoes the oldest undone step; empty when there is nothing to redo. */
    Optional<UndoLog.Step> redo() {
        Optional<UndoLog.Step> next = db.peekRedo();
        if (next.isEmpty()) {
            return next;
        }
        try {
            return db.redo();
        } catch (StoreException e) {
            throw refused(next.get(), e, false);
        }
    }

    private KondensException refused(UndoLog.Step step, StoreException failure, boolean undo) {
        String name = "'" + describe(step) + "'";
        String verb = undo ? "undo" : "redo";
        Optional<String> conflict = UndoLog.conflict(failure);
        if (conflict.isEmpty()) {
            // Passing trouble (disk full, I/O): the step stays, and the same command may work later.
            return new KondensException("Could not " + verb + " " + name + " (" + rootMessage(failure)
                    + "); the project is unchanged, so try again.", failure);
        }
        db.write(undo ? "Undo not possible" : "Redo not possible", describe(step), false, s -> {
            if (undo) {
                UndoLog.forgetUndo(s, step);
            } else {
                UndoLog.forgetRedo(s, step);
            }
            return null;
        });
        return new KondensException(undo
                ? name + " can no longer be undone (" + conflict.get() + "), so it was taken out of the undo history; "
                        + "Undo now goes on with the step before it."
                : name + " can no longer be redone (" + conflict.get() + "), so it and the steps after it were taken out "
                        + "of the redo history.", failure);
    }

    /** A step as the Edit menu names it: "Rename code group: Trygghet → Trygg bolig". */
    static String describe(UndoLog.Step step) {
        return step.detail().isEmpty() ? step.action() : step.action() + ": " + step.detail();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
