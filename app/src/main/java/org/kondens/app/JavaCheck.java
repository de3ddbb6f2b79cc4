package org.kondens.app;

import java.lang.reflect.InvocationTargetException;

/**
 * Main class of {@code kondens.jar}, compiled for Java 8 (app/pom.xml) so that an older Java can
 * load it: on a Java older than 25 it says so in one line instead of an
 * {@code UnsupportedClassVersionError}; otherwise it hands over to {@link Launcher}, by reflection
 * so that this class never links against classes compiled for Java 25. Java 8 language only.
 */
public final class JavaCheck {

    static final int NEEDED = 25;

    private JavaCheck() {
    }

    public static void main(String[] args) throws Throwable {
        int running = feature(System.getProperty("java.specification.version", ""));
        if (running < NEEDED) {
            System.err.println("kondens: Kondens needs Java " + NEEDED + " or newer; this is Java "
                    + System.getProperty("java.specification.version") + " (" + System.getProperty("java.home")
                    + "). Install Kondens from its package (no Java needed) or run it with Java " + NEEDED + ".");
            System.exit(1);
        }
        try {
            Class.forName("org.kondens.app.Launcher").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** "1.8" → 8, "17" → 17; what cannot be read counts as new enough (let Java itself judge). */
    static int feature(String specification) {
        String major = specification.startsWith("1.") ? specification.substring(2) : specification;
        int dot = major.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? major : major.substring(0, dot));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
