package org.kondens.core.stc;

import java.util.Locale;
import java.util.Optional;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Messages;
import org.kondens.core.Problem;
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
        Localizable name = l -> describe(step, l);
        Optional<String> conflict = UndoLog.conflict(failure);
        if (conflict.isEmpty()) {
            // Passing trouble (disk full, I/O): the step stays, and the same command may work later.
            return new KondensException(failure, undo ? Problem.UNDO_FAILED : Problem.REDO_FAILED, name, rootMessage(failure));
        }
        db.write(undo ? "Undo not possible" : "Redo not possible", describe(step), false, s -> {
            if (undo) {
                UndoLog.forgetUndo(s, step);
            } else {
                UndoLog.forgetRedo(s, step);
            }
            return null;
        });
        return new KondensException(failure, undo ? Problem.UNDO_STALE : Problem.REDO_STALE, name, conflict.get());
    }

    /** A step as the Edit menu names it: "Rename code group: Trygghet → Trygg bolig". */
    static String describe(UndoLog.Step step) {
        return step.detail().isEmpty() ? step.action() : step.action() + ": " + step.detail();
    }

    /** The same in {@code locale}'s language: the action is translated when it is a known one (older files too). */
    static String describe(UndoLog.Step step, Locale locale) {
        String action = Messages.undoAction(step.action(), locale);
        return step.detail().isEmpty() ? action : action + ": " + step.detail();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
