package org.kondens.app.gui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the app opens when it starts: the project named on the command line; else the last
 * project opened, if it is still there; else, on the very first start only, the sample study
 * (so a new user sees a real analysis at once); else nothing (File › Open the sample study
 * still has it).
 */
record StartupChoice(Kind kind, Path file) {

    enum Kind { PROJECT, SAMPLE, NOTHING }

    static final String STARTED_KEY = "startedBefore";

    static StartupChoice decide(List<String> args, List<Path> recent, boolean startedBefore) {
        Optional<String> named = args.stream().filter(a -> a.endsWith(".kondens")).findFirst();
        if (named.isPresent()) {
            return new StartupChoice(Kind.PROJECT, Path.of(named.get()));
        }
        Optional<Path> last = recent.stream().filter(Files::isRegularFile).findFirst();
        if (last.isPresent()) {
            return new StartupChoice(Kind.PROJECT, last.get());
        }
        return startedBefore ? new StartupChoice(Kind.NOTHING, null) : new StartupChoice(Kind.SAMPLE, null);
    }
}
