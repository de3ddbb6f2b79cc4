package org.kondens.core.export;

/**
 * The first thing wrong in a JSON project, at its JSON path ({@code $.content.quotes[3].end}).
 * {@link ProjectJson} adds the file name and turns it into the one line the user sees.
 */
final class JsonProblem extends RuntimeException {

    private final String path;
    private final String problem;

    JsonProblem(String path, String problem) {
        super(path + ": " + problem, null, false, false);
        this.path = path;
        this.problem = problem;
    }

    String path() {
        return path;
    }

    String problem() {
        return problem;
    }
}
