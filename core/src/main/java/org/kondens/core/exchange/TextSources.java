package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;
import static org.kondens.core.exchange.QdeXml.elements;
import static org.kondens.core.exchange.QdeXml.path;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.Transcript;
import org.w3c.dom.Element;

/**
 * The project's {@code <Sources>}: each TextSource (and a PDF's plain-text representation)
 * becomes a transcript, and its PlainTextSelections become {@link QdeSelection}s with positions
 * in the normalised transcript text. Pictures, audio, video, external files and whatever cannot
 * be placed on a transcript are listed as not carried over.
 */
final class TextSources {

    /**
     * A PlainTextSelection, its positions already in the normalised transcript (UTF-16, end
     * exclusive); {@code codes} are the GUIDs its Codings refer to.
     */
    record QdeSelection(UUID id, UUID transcriptId, int start, int end, Instant created, List<UUID> codes,
            List<UUID> noteRefs, String description) {
    }

    private final SourceTexts texts;
    private final KondensExtension ext;
    private final CodeMapping codes;
    private final Instant now;
    private final ImportLog log;
    private final List<Transcript> transcripts = new ArrayList<>();
    private final Map<UUID, SourceTexts.SourceText> sourceTexts = new HashMap<>();
    private final Transcript.TextSource readTexts = new ReadTexts(sourceTexts);
    private final List<QdeSelection> selections = new ArrayList<>();
    private final Map<UUID, List<UUID>> sourceNotes = new LinkedHashMap<>();
    /** Selections wait until every source is read: how the file counts is decided on all of them. */
    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();
    private int seen;

    /**
     * The transcripts' texts, read from their sources when asked for. It holds the sources only,
     * not this reading (whose selections hold the file's whole XML), while the project is written.
     */
    private record ReadTexts(Map<UUID, SourceTexts.SourceText> sources) implements Transcript.TextSource {
        @Override
        public String text(UUID transcriptId) {
            return sources.get(transcriptId).text();
        }

        @Override
        public boolean atHand(UUID transcriptId) {
            return false;
        }
    }

    private record Pending(Element sel, UUID transcriptId, String title, SourceTexts.SourceText source) {
    }

    private TextSources(SourceTexts texts, KondensExtension ext, CodeMapping codes, Instant now, ImportLog log) {
        this.texts = texts;
        this.ext = ext;
        this.codes = codes;
        this.now = now;
        this.log = log;
    }

    /** Reads every source; {@code ext} (null unless from Kondens) restores each transcript's original file name. */
    static TextSources read(Element root, SourceTexts texts, KondensExtension ext, CodeMapping codes, Instant now, ImportLog log) {
        TextSources out = new TextSources(texts, ext, codes, now, log);
        for (Element s : path(root, "Sources")) {
            for (Element src : elements(s)) {
                out.source(src);
            }
        }
        out.placeSelections(ext == null ? root.getAttribute("origin") : null);
        return out;
    }

    /** The transcripts in file order, not yet in a session. */
    List<Transcript> transcripts() {
        return Collections.unmodifiableList(transcripts);
    }

    /** The text as written and normalised of transcript {@code id}. */
    SourceTexts.SourceText text(UUID id) {
        return sourceTexts.get(id);
    }

    List<QdeSelection> selections() {
        return Collections.unmodifiableList(selections);
    }

    /** The notes each source refers to, sources in file order. */
    Map<UUID, List<UUID>> sourceNotes() {
        return Collections.unmodifiableMap(sourceNotes);
    }

    private void source(Element src) {
        String name = src.getAttribute("name");
        switch (src.getLocalName()) {
            case "TextSource" -> text(src, name);
            case "PDFSource" -> {
                List<Element> rep = children(src, "Representation");
                int areas = children(src, "PDFSelection").size();
                if (areas > 0) {
                    log.notCarried(Problem.QDPX_PDF_AREAS, name, areas);
                }
                if (!children(src, "Coding").isEmpty()) {
                    log.notCarried(Problem.QDPX_PDF_WHOLE, name);
                }
                if (rep.isEmpty()) {
                    log.notCarried(Problem.QDPX_PDF_NO_TEXT, name);
                } else {
                    log.notice(Problem.QDPX_PDF_AS_TEXT, name);
                    text(rep.get(0), rep.get(0).getAttribute("name").isEmpty() ? name : rep.get(0).getAttribute("name"));
                }
            }
            case "PictureSource" -> log.notCarried(Problem.QDPX_PICTURE, name, codedParts(src, "PictureSelection"));
            case "AudioSource" -> log.notCarried(Problem.QDPX_AUDIO, name, codedParts(src, "AudioSelection"), transcriptsOf(src));
            case "VideoSource" -> log.notCarried(Problem.QDPX_VIDEO, name, codedParts(src, "VideoSelection"), transcriptsOf(src));
            default -> log.notCarried(Problem.QDPX_OTHER_SOURCE, src.getLocalName(), name);
        }
    }

    private static Localizable codedParts(Element src, String selection) {
        int sel = children(src, selection).size();
        int codings = children(src, "Coding").size();
        for (Element s : children(src, selection)) {
            codings += children(s, "Coding").size();
        }
        return Term.CODED_PARTS.of(sel, codings);
    }

    private static Localizable transcriptsOf(Element src) {
        int n = children(src, "Transcript").size();
        return n == 0 ? l -> "" : Term.SYNCHRONISED_TRANSCRIPTS.of(n);
    }

    private void text(Element src, String name) {
        UUID id = QdeXml.guid(src);
        seen++;
        String path = src.getAttribute("plainTextPath");
        String title = name == null || name.isBlank() ? unnamed(path) : name.strip();
        titles.add(title);
        if (!path.isEmpty() && !texts.inArchive(path)) {
            log.notCarried(Problem.QDPX_EXTERNAL_SOURCE, title, path);
            return;
        }
        SourceTexts.SourceText source = texts.sourceOf(src, title);
        if (source == null) {
            log.notCarried(src.getAttribute("richTextPath").isEmpty() ? Message.of(Problem.QDPX_NO_TEXT_AT_ALL, title)
                    : Message.of(Problem.QDPX_ONLY_RICH_TEXT, title, src.getAttribute("richTextPath")));
            return;
        }
        String text = source.text();
        if (transcripts.stream().anyMatch(t -> t.id().equals(id))) {
            log.notCarried(Problem.QDPX_GUID_TWICE, title);
            return;
        }
        // A Kondens project holds each transcript text once.
        String hash = sha256(text);
        if (transcripts.stream().anyMatch(t -> t.hash().equals(hash))) {
            log.notCarried(Problem.QDPX_SAME_TEXT, title);
            return;
        }
        sourceTexts.put(id, source);
        KondensExtension.TranscriptExtra te = ext == null ? null : ext.transcripts().get(id);
        Instant imported = QdeXml.instant(src.getAttribute("creationDateTime"));
        // Its text is read from the source when written: the import holds no corpus.
        transcripts.add(Transcript.stored(id, null, title, readTexts, te != null && te.sourceFile() != null ? te.sourceFile() : title,
                hash, imported == null ? now : imported));
        for (Element sel : children(src, "PlainTextSelection")) {
            pending.add(new Pending(sel, id, title, source));
        }
        for (Element c : children(src, "Coding")) {
            String code = Objects.requireNonNullElse(codes.name(QdeXml.codeRef(c)), "?");
            log.notCarried(Problem.QDPX_WHOLE_SOURCE_CODING, title, code);
        }
        for (Element ref : children(src, "NoteRef")) {
            sourceNotes.computeIfAbsent(id, k -> new ArrayList<>()).add(QdeXml.target(ref));
        }
        if (!children(src, "VariableValue").isEmpty()) {
            log.notCarried(Problem.QDPX_VARIABLES, title, children(src, "VariableValue").size());
        }
    }

    /** A nameless source is called after its file (QualCoder 1.x), unless that is only a GUID; never two alike. */
    private String unnamed(String path) {
        String file = path.replaceFirst("^.*[/\\\\]", "").replaceFirst("^internal://", "").replaceFirst("\\.[^.]*$", "").strip();
        String base = file.isEmpty() || file.matches("\\{?[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}}?") ? "Source " + seen : file;
        String title = base;
        for (int n = 2; !titles.add(title); n++) {
            title = base + " (" + n + ")";
        }
        return title;
    }

    /**
     * Places every selection, its positions read the way the file counts them: Kondens' own files
     * ({@code origin} null) as the standard says, other files as {@link PositionCounting} finds.
     */
    private void placeSelections(String origin) {
        List<PositionCounting.Evidence> evidence = new ArrayList<>();
        for (Pending p : pending) {
            try {
                evidence.add(new PositionCounting.Evidence(p.source(), Integer.parseInt(p.sel().getAttribute("startPosition").strip()),
                        Integer.parseInt(p.sel().getAttribute("endPosition").strip()), p.sel().getAttribute("name")));
            } catch (NumberFormatException ex) {
                // reported when the selection is placed
            }
        }
        Positions.Counting counting = origin == null ? Positions.Counting.CODE_POINTS : PositionCounting.choose(origin, evidence, log);
        for (Pending p : pending) {
            selection(p.sel(), p.transcriptId(), p.title(), p.source(), counting);
        }
    }

    private void selection(Element sel, UUID transcriptId, String title, SourceTexts.SourceText source, Positions.Counting counting) {
        String from = sel.getAttribute("startPosition");
        String to = sel.getAttribute("endPosition");
        int s;
        int e;
        try {
            s = Integer.parseInt(sel.getAttribute("startPosition").strip());
            e = Integer.parseInt(sel.getAttribute("endPosition").strip());
        } catch (NumberFormatException ex) {
            log.notCarried(Problem.QDPX_SELECTION_NOT_NUMBERS, from, to, title);
            return;
        }
        int start = source.start(s, counting);
        int end = source.end(e, counting);
        if (start < 0 || end < 0) {
            log.notCarried(Problem.QDPX_SELECTION_OUTSIDE, from, to, title, source.length(counting));
            return;
        }
        if (start >= end) {
            log.notCarried(Problem.QDPX_SELECTION_EMPTY, from, to, title);
            return;
        }
        List<UUID> codeRefs = new ArrayList<>();
        for (Element c : children(sel, "Coding")) {
            UUID code = QdeXml.codeRef(c);
            if (code != null) {
                codeRefs.add(code);
            }
        }
        List<UUID> refs = children(sel, "NoteRef").stream().map(QdeXml::target).toList();
        selections.add(new QdeSelection(QdeXml.guid(sel), transcriptId, start, end,
                QdeXml.instant(sel.getAttribute("creationDateTime")), codeRefs, refs, QdeXml.description(sel)));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
