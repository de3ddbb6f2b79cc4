package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.kondens.core.exchange.ReviewReport;
import org.kondens.core.stc.ReviewImport;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = "Supervision: bring a reviewer's comments back into the project.",
        subcommands = {ReviewCommand.Import.class, ReviewCommand.Merge.class})
final class ReviewCommand {

    @Command(name = "import", description = {"Import the comments, replies, resolved marks and tracked changes a reviewer",
        "added to a review document in Word or LibreOffice. Importing the same file again adds nothing."})
    static final class Import extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "FILE", description = "the commented review document (.docx)")
        Path docx;

        @Override
        int run(StcProject project, Printer out) {
            print(ReviewImport.importReview(project, docx), out);
            return 0;
        }
    }

    @Command(name = "merge", description = {"Merge the comments, replies and resolutions of a reviewer's copy of this project",
        "(nothing else). Merging the same copy again adds nothing."})
    static final class Merge extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "COPY", description = "the reviewer's copy (.kondens), opened read-only")
        Path copy;

        @Override
        int run(StcProject project, Printer out) {
            print(ReviewImport.merge(project, copy), out);
            return 0;
        }
    }

    static void print(ReviewReport r, Printer out) {
        out.result(String.join("\n", r.lines(Locale.ROOT)), Printer.obj("file", r.file(), "comments", r.comments(), "replies", r.replies(),
                "resolutions", r.resolutions(), "suggestions", r.suggestions(), "alreadyThere", r.alreadyThere(),
                "where", r.where().stream().map(w -> Printer.obj("kind", w.kind().name(), "about", w.about(), "count", w.count())).toList(),
                "onDeletedElements", r.onDeleted(), "changesLeftOut", r.changesLeftOut()));
    }
}
