package org.kondens.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every command has: {@code --json}, and the streams it prints to. */
abstract class CliCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Printer printer() {
        return new Printer(spec.commandLine().getOut(), json);
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
