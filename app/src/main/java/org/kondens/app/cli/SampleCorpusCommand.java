package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.kondens.core.sample.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sample-corpus", description = "Write synthetic transcripts for benchmarks (same arguments, same files).")
final class SampleCorpusCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--transcripts", defaultValue = "10", paramLabel = "N")
    int transcripts;

    @Option(names = "--words", defaultValue = "8000", paramLabel = "W", description = "words per transcript")
    int words;

    @Override
    public Integer call() {
        List<Path> files = CorpusGenerator.write(dir, transcripts, words);
        printer().result("Wrote " + files.size() + " transcripts of about " + words + " words to " + dir,
                Printer.obj("dir", dir.toString(), "transcripts", files.size(), "words", words));
        return 0;
    }
}
