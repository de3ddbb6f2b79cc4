package org.kondens.app.cli;

import java.io.PrintWriter;
import org.kondens.core.KondensException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kondens} command line: every command opens the project, does one thing through the
 * same core service as the GUI, and closes it. Exit codes: 0 success, 1 a problem the user can
 * fix (one line on stderr naming it), 2 bad usage.
 */
@Command(name = "kondens", mixinStandardHelpOptions = true, version = "Kondens 0.1",
        description = "Systematic Text Condensation: the analysis, from transcripts to findings, in one project file.",
        subcommands = {
            NewCommand.class, ImportCommand.class, InfoCommand.class, ThemeCommand.class, GroupCommand.class,
            SubgroupCommand.class, MuCommand.class, CondenseCommand.class, QuoteCommand.class, AnalyticCommand.class,
            UndoCommand.class, RedoCommand.class, HistoryCommand.class, ExportCommand.class, ImportJsonCommand.class, ImportQdpxCommand.class,
            InformantsCommand.class, SampleCorpusCommand.class, SampleProjectCommand.class,
            SearchCommand.class, BenchCommand.class, LevelsCommand.class, RestoreCommand.class
        })
public final class KondensCli implements Runnable {

    public static final int USER_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command; see kondens --help.");
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this directly). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new KondensCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof KondensException) {
                err.println("kondens: " + e.getMessage());
            } else {
                err.println("kondens: unexpected error: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return USER_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
