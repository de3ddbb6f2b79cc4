package org.kondens.core;

/**
 * A problem the user can fix: a wrong name, a bad offset, a file that is not a project. The
 * message is one complete sentence meant for people, shown as is by the CLI and the GUI.
 */
public class KondensException extends RuntimeException {

    public KondensException(String message) {
        super(message);
    }

    public KondensException(String message, Throwable cause) {
        super(message, cause);
    }
}
