package org.kondens.core.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.exchange.CommentAnchors.Placed;
import org.kondens.core.importer.SafeZip;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Suggestion;

/**
 * Reads a review document a supervisor commented in Word or LibreOffice and works out what it
 * brings into the project ({@link ReviewPlan}): each comment on the element whose bookmark holds
 * its words, replies in their threads, "resolved" marks, tracked changes of condensates and
 * analytic texts as suggested edits. The file is untrusted: it is read through {@link SafeZip}
 * and a StAX reader without DTDs or entities, and any fault is one message naming the file.
 * <p>
 * Comments the document carried from Kondens (the project's own threads, exported with it) are
 * recognised by author, text and element, so a reviewer's reply or "resolved" mark on them joins
 * the existing thread instead of copying it.
 */
public final class ReviewReader {

    public static final String ACTION = "Import review comments";

    private ReviewReader() {
    }

    /** What {@code docx} brings into {@code project}, as it is now. */
    public static ReviewPlan read(ProjectSnapshot project, Path docx) {
        String name = docx.getFileName().toString();
        if (!Files.isRegularFile(docx)) {
            throw new KondensException(Problem.IMPORT_NO_FILE, name);
        }
        DocxBody body;
        List<DocxComments.Raw> raws;
        try (SafeZip zip = SafeZip.open(docx, Term.WORD_DOCUMENT_DOCX)) {
            if (!zip.has("[Content_Types].xml")) {
                throw new KondensException(Problem.IMPORT_NOT_DOCX, name);
            }
            String part = "word/document.xml";
            body = DocxBody.read(name, part, zip.read(part).orElseThrow(() -> new KondensException(Problem.IMPORT_NO_DOCX_BODY, name, part)));
            raws = DocxComments.read(name, zip.read("word/comments.xml").orElse(null), zip.read("word/commentsExtended.xml").orElse(null));
        }
        return plan(project, name, body, raws);
    }

    private static ReviewPlan plan(ProjectSnapshot project, String file, DocxBody body, List<DocxComments.Raw> raws) {
        CommentAnchors anchors = new CommentAnchors(body, project);
        List<Comment> existing = project.review().comments();
        Set<String> sources = new java.util.HashSet<>();
        existing.stream().filter(c -> c.source() != null).forEach(c -> sources.add(c.source()));
        project.review().suggestions().stream().filter(s -> s.source() != null).forEach(s -> sources.add(s.source()));

        Map<String, UUID> idOf = new HashMap<>(); // w:id → the comment's id here (new or existing)
        Map<String, CommentTarget> targetOf = new HashMap<>();
        List<Comment> comments = new ArrayList<>();
        Set<UUID> resolved = new LinkedHashSet<>();
        int there = 0, onDeleted = 0;
        for (DocxComments.Raw raw : DocxComments.parentsFirst(raws)) {
            UUID parent = raw.parent() == null ? null : idOf.get(raw.parent());
            Placed placed = anchors.place(body.commentRange(raw.id()));
            CommentTarget target = parent != null ? targetOf.get(raw.parent()) : placed.target();
            String source = source("docx:", raw.author(), raw.date(), raw.text(), placed.anchor(), placed.bookmark());
            Comment here = existing.stream().filter(c -> source.equals(c.source())).findFirst()
                    .orElseGet(() -> ours(existing, raw, target, parent));
            if (here != null) {
                there++;
                // Replies to a reply join its thread, so a reply stands for its thread's first comment.
                idOf.put(raw.id(), here.isReply() ? here.parentId() : here.id());
                targetOf.put(raw.id(), here.target());
                Comment thread = here.isReply() ? existing.stream().filter(c -> c.id().equals(here.parentId())).findFirst().orElse(here) : here;
                if (raw.done() && !thread.resolved()) {
                    resolved.add(thread.id());
                }
                continue;
            }
            if (raw.text().isBlank()) {
                continue; // an empty comment says nothing
            }
            UUID id = UUID.randomUUID();
            idOf.put(raw.id(), parent != null ? parent : id);
            targetOf.put(raw.id(), target);
            if (parent == null && placed.gone()) {
                onDeleted++;
            }
            comments.add(new Comment(id, parent, target, raw.author(), instant(raw.date()), raw.text(), parent == null && raw.done(), source));
            if (parent != null && raw.done()) {
                // Word marks the reply done when the whole thread is; resolve the thread then.
                resolvedThreadOf(parent, comments, existing).ifPresent(resolved::add);
            }
        }
        TrackedChanges.Found changes = TrackedChanges.find(body, anchors.elements(), project);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Suggestion s : changes.suggestions()) {
            if (sources.contains(s.source())) {
                there++;
            } else {
                suggestions.add(s);
            }
        }
        return new ReviewPlan(ACTION, file, comments, List.copyOf(resolved), suggestions, there, onDeleted + changes.onDeleted(),
                changes.leftOut());
    }

    /**
     * The project's own comment this one is, when the document carried it from Kondens: same
     * author and text, on the same element (a reply: in the same thread).
     */
    private static Comment ours(List<Comment> existing, DocxComments.Raw raw, CommentTarget target, UUID parent) {
        List<Comment> same = existing.stream().filter(c -> c.author().equals(raw.author()) && c.text().strip().equals(raw.text())).toList();
        List<Comment> placed = same.stream().filter(c -> parent != null ? parent.equals(c.parentId())
                : !c.isReply() && c.target().kind() == target.kind() && java.util.Objects.equals(c.target().id(), target.id())).toList();
        if (placed.size() == 1) {
            return placed.getFirst();
        }
        // The reviewer's program may have moved a thread's anchor; its words and author decide when they are unique.
        return parent == null && same.size() == 1 && !same.getFirst().isReply() ? same.getFirst() : null;
    }

    private static java.util.Optional<UUID> resolvedThreadOf(UUID parent, List<Comment> fresh, List<Comment> existing) {
        if (fresh.stream().anyMatch(c -> c.id().equals(parent))) {
            return java.util.Optional.empty(); // a new thread carries its own mark
        }
        return existing.stream().filter(c -> c.id().equals(parent) && !c.isReply() && !c.resolved()).map(Comment::id).findFirst();
    }

    /** A key that stays the same however often the same file is brought in. */
    static String source(String prefix, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return prefix + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A w:date as Word ("2026-11-30T10:00:00Z") or older writers (no zone: taken as UTC) write it; none → now. */
    static Instant instant(String date) {
        if (date == null || date.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.parse(date);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(date).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return Instant.now();
            }
        }
    }
}
