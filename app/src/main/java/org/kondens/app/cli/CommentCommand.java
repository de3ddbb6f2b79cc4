package org.kondens.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.Review;
import org.kondens.core.model.Suggestion;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Supervision from the command line: list comments and suggested edits, add, reply, resolve, accept, reject. */
@Command(name = "comment", description = "Review comments and suggested edits: list, add, reply, resolve, accept, reject.",
        subcommands = {CommentCommand.ListComments.class, CommentCommand.Add.class, CommentCommand.Reply.class,
                CommentCommand.Resolve.class, CommentCommand.Accept.class, CommentCommand.Reject.class})
final class CommentCommand {

    private CommentCommand() {
    }

    @Command(name = "list", description = "The comment threads (open ones unless --all) and open suggested edits.")
    static final class ListComments extends ProjectCommand {

        @Option(names = "--all", description = "resolved threads too")
        boolean all;

        @Override
        boolean readsOnly() {
            return true;
        }

        @Override
        int run(StcProject project, Printer out) {
            Review review = project.snapshot().review();
            List<Object> json = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Comment c : review.threads()) {
                if (!all && c.resolved()) {
                    continue;
                }
                List<Comment> replies = review.repliesTo(c.id());
                text.append(Printer.shortId(c.id())).append(c.resolved() ? "  [resolved] " : "  ").append(place(c.target()))
                        .append('\n').append("    ").append(c.author()).append(": ").append(oneLine(c.text())).append('\n');
                replies.forEach(r -> text.append("      ↳ ").append(r.author()).append(": ").append(oneLine(r.text())).append('\n'));
                json.add(Printer.obj("id", c.id(), "on", place(c.target()), "author", c.author(), "time", c.time(), "text", c.text(),
                        "resolved", c.resolved(), "replies", replies.stream().map(r -> Printer.obj("id", r.id(), "author", r.author(),
                                "time", r.time(), "text", r.text())).toList()));
            }
            for (Suggestion s : review.suggestions()) {
                if (s.isOpen()) {
                    text.append(Printer.shortId(s.id())).append("  suggested edit of ").append(place(s.target())).append(" by ")
                            .append(s.author()).append('\n').append("    before: ").append(oneLine(s.before())).append('\n')
                            .append("    after:  ").append(oneLine(s.after())).append('\n');
                    json.add(Printer.obj("id", s.id(), "suggestion", place(s.target()), "author", s.author(), "before", s.before(),
                            "after", s.after()));
                }
            }
            out.result(text.isEmpty() ? "No open comments or suggested edits." : text.toString().stripTrailing(), json);
            return 0;
        }
    }

    @Command(name = "add", description = "Comment on the project or one of its elements.")
    static final class Add extends Written {

        @Option(names = "--on", paramLabel = "WHAT", defaultValue = "project", description = "project (default), group:G, "
                + "subgroup:G/S, condensate:G/S, analytic:G/S, unit:ID, theme:T, transcript:T")
        String on;

        @Override
        int run(StcProject project, Printer out) {
            Comment c = project.reviews().comment(target(project, on), author(), text);
            out.result("Added comment " + Printer.shortId(c.id()) + " on " + place(c.target()), c);
            return 0;
        }
    }

    @Command(name = "reply", description = "Reply in a comment's thread.")
    static final class Reply extends Written {

        @Parameters(index = "1", paramLabel = "COMMENT", description = "the comment's id (its first characters will do)")
        String id;

        @Override
        int run(StcProject project, Printer out) {
            Comment c = project.reviews().reply(comment(project, id), author(), text);
            out.result("Replied to " + Printer.shortId(c.parentId()) + " (" + place(c.target()) + ")", c);
            return 0;
        }
    }

    @Command(name = "resolve", description = "Mark a comment's thread resolved (or open again with --reopen).")
    static final class Resolve extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "COMMENT")
        String id;

        @Option(names = "--reopen")
        boolean reopen;

        @Override
        int run(StcProject project, Printer out) {
            UUID thread = comment(project, id);
            project.reviews().resolve(thread, !reopen);
            out.result((reopen ? "Reopened " : "Resolved ") + Printer.shortId(thread), Printer.obj("id", thread, "resolved", !reopen));
            return 0;
        }
    }

    @Command(name = "accept", description = "Accept a suggested edit: its text replaces the condensate or analytic text.")
    static final class Accept extends Decide {
        Accept() {
            super(Suggestion.Status.ACCEPTED);
        }
    }

    @Command(name = "reject", description = "Reject a suggested edit; the text stays as it is.")
    static final class Reject extends Decide {
        Reject() {
            super(Suggestion.Status.REJECTED);
        }
    }

    /** A comment or reply: its text and who writes it. */
    abstract static class Written extends ProjectCommand {

        @Option(names = "--text", required = true, paramLabel = "TEXT")
        String text;

        @Option(names = "--author", paramLabel = "NAME", description = "default: your user name")
        String author;

        String author() {
            return author != null && !author.isBlank() ? author : System.getProperty("user.name", "");
        }
    }

    /** Accept or reject: the student's decision on one suggested edit. */
    abstract static class Decide extends ProjectCommand {

        @Parameters(index = "1", paramLabel = "SUGGESTION")
        String id;

        private final Suggestion.Status decision;

        Decide(Suggestion.Status decision) {
            this.decision = decision;
        }

        @Override
        int run(StcProject project, Printer out) {
            UUID s = suggestion(project, id);
            if (decision == Suggestion.Status.ACCEPTED) {
                project.reviews().accept(s);
            } else {
                project.reviews().reject(s);
            }
            out.result((decision == Suggestion.Status.ACCEPTED ? "Accepted " : "Rejected ") + Printer.shortId(s),
                    Printer.obj("id", s, "status", decision));
            return 0;
        }
    }

    // ---- arguments

    /** {@code group:Trygghet}, {@code subgroup:Trygghet/Eget sted}, {@code unit:1a2b3c4d} … */
    static CommentTarget target(StcProject p, String on) {
        if (on.equalsIgnoreCase("project")) {
            return CommentTarget.project();
        }
        int colon = on.indexOf(':');
        String kind = colon < 0 ? on : on.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = colon < 0 ? "" : on.substring(colon + 1);
        return switch (kind) {
            case "group" -> CommentTarget.of(Kind.CODE_GROUP, p.findCodeGroup(name).id());
            case "subgroup" -> CommentTarget.of(Kind.SUBGROUP, subgroup(p, name));
            case "condensate" -> CommentTarget.of(Kind.CONDENSATE, subgroup(p, name));
            case "analytic" -> CommentTarget.of(Kind.ANALYTIC_TEXT, subgroup(p, name));
            case "unit" -> CommentTarget.of(Kind.MEANING_UNIT, p.findMeaningUnit(name).id());
            case "theme" -> CommentTarget.of(Kind.PRELIMINARY_THEME, p.findTheme(name).id());
            case "transcript" -> CommentTarget.of(Kind.TRANSCRIPT, p.findTranscript(name).id());
            default -> throw new KondensException(Problem.WORDED, "--on " + on + ": say project, group:G, subgroup:G/S, "
                    + "condensate:G/S, analytic:G/S, unit:ID, theme:T or transcript:T");
        };
    }

    private static UUID subgroup(StcProject p, String groupSlashSubgroup) {
        int slash = groupSlashSubgroup.lastIndexOf('/');
        if (slash < 0) {
            throw new KondensException(Problem.WORDED, "'" + groupSlashSubgroup + "': name the subgroup as GROUP/SUBGROUP");
        }
        CodeGroup g = p.findCodeGroup(groupSlashSubgroup.substring(0, slash));
        return p.findSubgroup(g.id(), groupSlashSubgroup.substring(slash + 1)).id();
    }

    /** The thread or reply whose id starts with {@code prefix} (one only). */
    static UUID comment(StcProject p, String prefix) {
        return unique(p.snapshot().review().comments().stream().map(Comment::id).toList(), prefix, Term.COMMENT);
    }

    static UUID suggestion(StcProject p, String prefix) {
        return unique(p.snapshot().review().suggestions().stream().map(Suggestion::id).toList(), prefix, Term.SUGGESTION);
    }

    private static UUID unique(List<UUID> ids, String prefix, Term what) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        List<UUID> found = ids.stream().filter(id -> !p.isEmpty() && id.toString().startsWith(p)).toList();
        if (found.isEmpty()) {
            throw new KondensException(Problem.NO_SUCH, what, prefix);
        }
        if (found.size() > 1) {
            throw new KondensException(Problem.LOOKUP_AMBIGUOUS, prefix, found.size(), what.many());
        }
        return found.getFirst();
    }

    /** Where a comment is, for a reader: "code group 'Trygghet'", named as the element was called when commented. */
    static String place(CommentTarget t) {
        String kind = t.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return t.kind() == Kind.PROJECT ? "the project" : kind + " '" + t.about() + "'"
                + (t.quoted().isEmpty() ? "" : " at «" + oneLine(t.quoted()) + "»");
    }

    private static String oneLine(String s) {
        String flat = s.strip().replaceAll("\\s+", " ");
        return flat.length() <= 100 ? flat : flat.substring(0, 99) + "…";
    }
}
