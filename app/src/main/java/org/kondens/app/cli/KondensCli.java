package org.kondens.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.kondens.app.ErrorLog;
import org.kondens.app.LibraryLogging;
import org.kondens.core.KondensException;
import org.kondens.core.PlainErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code kondens} command line: every command opens the project, does one thing through the
 * same core service as the GUI, and closes it. Exit codes: 0 success, 1 a problem the user can
 * fix (one line on stderr naming it), 2 bad usage. Never a stack trace: that goes to the error
 * log (and, with {@code --debug}, to stderr as well).
 */
@Command(name = "kondens", mixinStandardHelpOptions = true, version = "Kondens 0.1",
        description = "Systematic Text Condensation: the analysis, from transcripts to findings, in one project file.",
        subcommands = {
            NewCommand.class, ImportCommand.class, InfoCommand.class, ThemeCommand.class, GroupCommand.class,
            SubgroupCommand.class, MuCommand.class, CondenseCommand.class, QuoteCommand.class, AnalyticCommand.class,
            UndoCommand.class, RedoCommand.class, HistoryCommand.class, ExportCommand.class, ImportJsonCommand.class, ImportQdpxCommand.class,
            ImportQdcCommand.class, InformantsCommand.class, SampleCorpusCommand.class, SampleProjectCommand.class,
            SearchCommand.class, BenchCommand.class, BenchPhaseCommand.class, LevelsCommand.class, RestoreCommand.class, CommentCommand.class,
            ReviewCommand.class, ImportLogCommand.class
        })
public final class KondensCli implements Runnable {

    public static final int USER_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "on an error, print its full details (stack trace) too")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command; see kondens --help.");
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this directly). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        KondensCli kondens = new KondensCli();
        CommandLine cli = new CommandLine(kondens);
        cli.setOut(out);
        cli.setErr(err);
        // Arguments are names and texts, taken as typed: "@notes" is a theme, not a file to read in.
        cli.setExpandAtFiles(false);
        // A query may start with '-' ("-bolig jobb"): an unknown option there is the query.
        cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
                report(e, commandLine.getCommandSpec().qualifiedName(), fileOf(parseResult), kondens.debug, err));
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli passes only Exceptions of the command to the handler; this catches the rest.
            code = report(e, "kondens", null, kondens.debug, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * One line on stderr. A {@link KondensException} is a message for the user as it is; anything
     * else is named in plain words where we know them, with its details in the error log.
     */
    private static int report(Throwable e, String command, Path file, boolean debug, PrintWriter err) {
        if (e instanceof KondensException) {
            err.println("kondens: " + e.getMessage());
            if (e.getCause() != null) {
                // A refusal caused by a failure below (a damaged file, a full disk): the line says
                // what to do; the failure itself goes to the log for whoever helps the user.
                ErrorLog.append(command + (file != null ? " " + file.toAbsolutePath() : ""), e);
            }
        } else {
            // The command and file, not the arguments: those may quote the interviews.
            Optional<Path> log = ErrorLog.append(command + (file != null ? " " + file.toAbsolutePath() : ""), e);
            String problem = PlainErrors.of(e).orElse("an unexpected error (" + e.getClass().getSimpleName() + ")");
            err.println("kondens: " + (file != null ? file.getFileName() + ": " : "") + problem
                    + log.map(p -> " (details: " + p + ")").orElse(" (run again with --debug for details)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    /** The file the command was about: its first path argument (the project, mostly), if it has one. */
    private static Path fileOf(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult p = parseResult;
        while (p != null && p.subcommand() != null) {
            p = p.subcommand();
        }
        if (p == null) {
            return null;
        }
        for (CommandLine.Model.PositionalParamSpec param : p.matchedPositionals()) {
            if (param.getValue() instanceof Path path) {
                return path;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        LibraryLogging.install();
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
