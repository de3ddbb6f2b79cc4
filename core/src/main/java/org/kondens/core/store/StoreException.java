package org.kondens.core.store;

/** An unexpected database failure (not a user mistake): disk full, I/O error, a bug. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
