package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;
import static org.kondens.core.exchange.QdeXml.elements;
import static org.kondens.core.exchange.QdeXml.instant;
import static org.kondens.core.exchange.QdeXml.path;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.kondens.core.KondensException;
import org.kondens.core.importer.SafeZip;
import org.kondens.core.importer.DetectedTurn;
import org.kondens.core.importer.SpeakerDetector;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.Span;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.store.ProjectDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a REFI-QDA project (.qdpx) written by Kondens, NVivo, ATLAS.ti, MAXQDA, QualCoder … and
 * builds a Kondens project from it, keeping the file's GUIDs as the entities' UUIDs.
 *
 * <ul>
 * <li>Codes: the first level becomes code groups, the second subgroups; deeper codes are folded
 *     into their second-level ancestor (with a notice). ATLAS.ti's flat {@code Parent::child}
 *     names are split the same way.</li>
 * <li>Codings on text selections become meaning units (one membership per code group);
 *     selections without codings (MAXQDA memos, QualCoder annotations) are kept as transcript
 *     notes anchored at their start, with the passage quoted.</li>
 * <li>Cases become informants, their variable values attributes.</li>
 * <li>Positions count Unicode code points of the source as written, after a BOM (so a CRLF is
 *     two); the text is then normalised like every Kondens transcript (CRLF → LF, NFC …) and every
 *     position is mapped through that normalisation ({@link Positions#normalize}).</li>
 * <li>Pictures, audio, video, PDF areas, external files, sets, links and graphs cannot be carried
 *     over: each is listed in the {@link ImportReport}.</li>
 * <li>A file written by Kondens carries a {@link KondensExtension}; it restores what the standard
 *     cannot say, so Kondens → .qdpx → Kondens gives back the same project.</li>
 * </ul>
 * Hardened: zip-slip, zip bombs, DTDs/external entities, malformed XML and files missing from
 * the archive each stop the import with a message naming the file, and no project is written.
 */
public final class QdpxReader {

    /** The project read from the file, ready to be written, and what happened on the way. */
    public record Result(ProjectSnapshot snapshot, ImportReport report) {
    }

    private final String file;
    private final SafeZip zip;
    private final Language language;
    private final Instant now = Instant.now();
    private final ImportLog log = new ImportLog();
    private final SourceTexts texts;
    private KondensExtension ext;
    private QdeNotes notes;
    private CodeMapping codes;

    private QdpxReader(String file, SafeZip zip, Language language) {
        this.file = file;
        this.zip = zip;
        this.language = language;
        this.texts = new SourceTexts(file, zip, log);
    }

    /** Reads and checks {@code qdpx}; nothing is written. */
    public static Result read(Path qdpx, Language language) {
        if (!Files.isRegularFile(qdpx)) {
            throw new KondensException("No file at " + qdpx + ".");
        }
        try (SafeZip zip = SafeZip.open(qdpx, "REFI-QDA project (.qdpx)")) {
            return new QdpxReader(qdpx.getFileName().toString(), zip, language).read();
        }
    }

    /**
     * Builds the new project file {@code out} from {@code qdpx}: either the whole project is
     * written or, on any problem, no file is left behind.
     */
    public static ImportReport importProject(Path qdpx, Path out, Language language) {
        if (Files.exists(out)) {
            throw new KondensException(out + " already exists; choose a new file name.");
        }
        Result r = read(qdpx, language);
        ProjectDatabase.createFrom(out, r.snapshot(), qdpx.getFileName().toString());
        return r.report();
    }

    // --- reading ---------------------------------------------------------------------------------

    private record Selection(UUID id, UUID transcriptId, int start, int end, Instant created, List<UUID> codes,
            List<UUID> noteRefs, String description) {
    }

    private final List<Informant> informants = new ArrayList<>();
    private final Map<UUID, List<UUID>> casesOfSource = new HashMap<>();
    private final Map<UUID, UUID> caseOfSelection = new HashMap<>();
    private final List<Transcript> transcripts = new ArrayList<>();
    private final Map<UUID, SourceTexts.SourceText> sourceTexts = new HashMap<>();
    private final List<Selection> selections = new ArrayList<>();
    private final Map<UUID, List<UUID>> sourceNotes = new LinkedHashMap<>();
    private final List<Session> sessions = new ArrayList<>();
    private final Map<UUID, List<SpeakerTurn>> turns = new HashMap<>();

    private Result read() {
        ZipEntry qde = zip.find("project.qde").or(() -> zip.names().stream()
                        .filter(n -> !n.contains("/") && n.toLowerCase(Locale.ROOT).endsWith(".qde")).findFirst().flatMap(zip::find))
                .orElseThrow(() -> new KondensException(file + ": there is no project.qde in it; not a REFI-QDA project (.qdpx)."));
        byte[] xml = zip.read(qde);
        Document doc = QdeXml.parse(file, xml, qde.getName());
        Element root = doc.getDocumentElement();
        if (!"Project".equals(root.getLocalName())) {
            throw new KondensException(file + ": " + qde.getName() + " is not a REFI-QDA project (its root element is <"
                    + root.getLocalName() + ">, not <Project>).");
        }
        if (!QdpxWriter.NS.equals(root.getNamespaceURI())) {
            log.notice(qde.getName() + " does not use the REFI-QDA namespace " + QdpxWriter.NS + "; read as far as possible.");
        } else {
            QdaSchemas.checkProject(xml).ifPresent(err -> log.notice(qde.getName()
                    + " does not follow the REFI-QDA schema (" + err + "); read as far as possible."));
        }

        notes = QdeNotes.read(root, texts, log);
        ext = notes.extension();
        codes = CodeMapping.map(root, notes, log);
        Map<UUID, String> variables = new HashMap<>();
        for (Element v : path(root, "Variables", "Variable")) {
            variables.put(Guids.parse(v.getAttribute("guid")), v.getAttribute("name"));
        }
        readCases(root, variables);
        readSources(root);
        for (Element set : path(root, "Sets", "Set")) {
            if (!QdpxWriter.QUOTE_SET_NAME.equals(set.getAttribute("name"))) {
                log.notCarried("set '" + set.getAttribute("name") + "' (" + elements(set).size() + " members)");
            }
        }
        for (Element link : path(root, "Links", "Link")) {
            log.notCarried("link '" + link.getAttribute("name") + "'");
        }
        for (Element graph : path(root, "Graphs", "Graph")) {
            log.notCarried("graph '" + graph.getAttribute("name") + "'");
        }
        if (!path(root, "Users", "User").isEmpty()) {
            log.notice("users (" + path(root, "Users", "User").size() + ") are not kept: a Kondens project has no user list.");
        }
        String description = children(root, "Description").stream().map(Element::getTextContent).findFirst().orElse("");
        for (Element ref : children(root, "NoteRef")) {
            notes.keepProjectNote(QdeXml.target(ref));
        }
        return build(root, description);
    }

    private void readCases(Element root, Map<UUID, String> variables) {
        Set<String> labels = new HashSet<>();
        int n = 0;
        for (Element c : path(root, "Cases", "Case")) {
            n++;
            UUID id = Guids.parse(c.getAttribute("guid"));
            String label = c.getAttribute("name").strip();
            if (label.isEmpty()) {
                label = "Case " + n;
            }
            String base = label;
            for (int k = 2; !labels.add(label.toLowerCase(Locale.ROOT)); k++) {
                label = base + " (" + k + ")";
            }
            if (!label.equals(base)) {
                log.notice("two cases are called '" + base + "'; the second is informant '" + label + "'.");
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            for (Element vv : children(c, "VariableValue")) {
                UUID var = children(vv, "VariableRef").stream().map(r -> Guids.parse(r.getAttribute("targetGUID"))).findFirst().orElse(null);
                String key = variables.get(var);
                String value = elements(vv).stream().filter(e -> !"VariableRef".equals(e.getLocalName()))
                        .map(Element::getTextContent).findFirst().orElse("");
                if (key != null && !key.isBlank() && !value.isBlank()) {
                    attrs.put(key.strip(), value.strip());
                }
            }
            informants.add(Informant.of(id, label, attrs));
            for (Element ref : children(c, "SourceRef")) {
                casesOfSource.computeIfAbsent(Guids.parse(ref.getAttribute("targetGUID")), k -> new ArrayList<>()).add(id);
            }
            for (Element ref : children(c, "SelectionRef")) {
                caseOfSelection.putIfAbsent(Guids.parse(ref.getAttribute("targetGUID")), id);
            }
            if (!children(c, "CodeRef").isEmpty()) {
                log.notCarried("codes of case '" + label + "' (" + children(c, "CodeRef").size() + ")");
            }
            children(c, "Description").stream().map(Element::getTextContent).filter(d -> !d.isBlank())
                    .findFirst().ifPresent(d -> log.keepInProjectNotes("Description of case '" + c.getAttribute("name") + "':\n" + d));
        }
    }

    private void readSources(Element root) {
        for (Element s : path(root, "Sources")) {
            for (Element src : elements(s)) {
                String name = src.getAttribute("name");
                switch (src.getLocalName()) {
                    case "TextSource" -> readText(src, name);
                    case "PDFSource" -> {
                        List<Element> rep = children(src, "Representation");
                        int areas = children(src, "PDFSelection").size();
                        if (areas > 0) {
                            log.notCarried("PDF '" + name + "': " + areas + " selected areas (Kondens codes text only)");
                        }
                        if (!children(src, "Coding").isEmpty()) {
                            log.notCarried("PDF '" + name + "': codings of the whole document");
                        }
                        if (rep.isEmpty()) {
                            log.notCarried("PDF '" + name + "' (no plain-text representation in the file)");
                        } else {
                            log.notice("PDF '" + name + "' is imported as its plain-text representation.");
                            readText(rep.get(0), rep.get(0).getAttribute("name").isEmpty() ? name : rep.get(0).getAttribute("name"));
                        }
                    }
                    case "PictureSource" -> log.notCarried("picture '" + name + "'" + codedParts(src, "PictureSelection"));
                    case "AudioSource" -> log.notCarried("audio '" + name + "'" + codedParts(src, "AudioSelection")
                            + transcriptsOf(src));
                    case "VideoSource" -> log.notCarried("video '" + name + "'" + codedParts(src, "VideoSelection")
                            + transcriptsOf(src));
                    default -> log.notCarried("source <" + src.getLocalName() + "> '" + name + "'");
                }
            }
        }
    }

    private static String codedParts(Element src, String selection) {
        int sel = children(src, selection).size();
        int codings = children(src, "Coding").size();
        for (Element s : children(src, selection)) {
            codings += children(s, "Coding").size();
        }
        return " with " + sel + " selections and " + codings + " codings";
    }

    private static String transcriptsOf(Element src) {
        int n = children(src, "Transcript").size();
        return n == 0 ? "" : " and " + n + " synchronised transcripts";
    }

    private void readText(Element src, String name) {
        UUID id = Guids.parse(src.getAttribute("guid"));
        String title = name == null || name.isBlank() ? "Source " + (transcripts.size() + 1) : name.strip();
        String path = src.getAttribute("plainTextPath");
        if (!path.isEmpty() && !SourceTexts.isInternal(path)) {
            log.notCarried("source '" + title + "' is an external file (" + path + ") and was not imported");
            return;
        }
        String raw = texts.textOf(src, title);
        if (raw == null) {
            log.notCarried("source '" + title + "' has no plain-text version (only " + (src.getAttribute("richTextPath").isEmpty()
                    ? "nothing" : src.getAttribute("richTextPath")) + ") and was not imported");
            return;
        }
        SourceTexts.SourceText source = SourceTexts.SourceText.of(raw);
        String text = source.text();
        if (transcripts.stream().anyMatch(t -> t.id().equals(id))) {
            log.notCarried("source '" + title + "' (its GUID is used twice)");
            return;
        }
        String hash = sha256(text);
        if (transcripts.stream().anyMatch(t -> t.hash().equals(hash))) {
            log.notCarried("source '" + title + "' (the same text as another source)");
            return;
        }
        sourceTexts.put(id, source);
        KondensExtension.TranscriptExtra te = ext == null ? null : ext.transcripts().get(id);
        Instant imported = instant(src.getAttribute("creationDateTime"));
        transcripts.add(new Transcript(id, null, title, text, te != null && te.sourceFile() != null ? te.sourceFile() : title,
                hash, imported == null ? now : imported));
        for (Element sel : children(src, "PlainTextSelection")) {
            selection(sel, id, title, source);
        }
        for (Element c : children(src, "Coding")) {
            UUID code = children(c, "CodeRef").stream().map(r -> Guids.parse(r.getAttribute("targetGUID"))).findFirst().orElse(null);
            log.notCarried("coding of the whole source '" + title + "' with code '" + Objects.requireNonNullElse(codes.name(code), "?") + "'");
        }
        for (Element ref : children(src, "NoteRef")) {
            sourceNotes.computeIfAbsent(id, k -> new ArrayList<>()).add(Guids.parse(ref.getAttribute("targetGUID")));
        }
        if (!children(src, "VariableValue").isEmpty()) {
            log.notCarried("variable values of source '" + title + "' (" + children(src, "VariableValue").size() + ")");
        }
    }

    private void selection(Element sel, UUID transcriptId, String title, SourceTexts.SourceText source) {
        String where = "selection " + sel.getAttribute("startPosition") + "–" + sel.getAttribute("endPosition") + " in '" + title + "'";
        int s;
        int e;
        try {
            s = Integer.parseInt(sel.getAttribute("startPosition").strip());
            e = Integer.parseInt(sel.getAttribute("endPosition").strip());
        } catch (NumberFormatException ex) {
            log.notCarried(where + " (its positions are not numbers)");
            return;
        }
        int start = source.offset(s);
        int end = source.offset(e);
        if (start < 0 || end < 0) {
            log.notCarried(where + " (it lies outside the text, which has " + source.length() + " characters)");
            return;
        }
        if (start >= end) {
            log.notCarried(where + " (it selects no text)");
            return;
        }
        List<UUID> codes = new ArrayList<>();
        for (Element c : children(sel, "Coding")) {
            children(c, "CodeRef").stream().map(r -> Guids.parse(r.getAttribute("targetGUID"))).findFirst().ifPresent(codes::add);
        }
        List<UUID> refs = children(sel, "NoteRef").stream().map(r -> Guids.parse(r.getAttribute("targetGUID"))).toList();
        String desc = children(sel, "Description").stream().map(Element::getTextContent).findFirst().orElse("");
        selections.add(new Selection(Guids.parse(sel.getAttribute("guid")), transcriptId, start, end,
                instant(sel.getAttribute("creationDateTime")), codes, refs, desc));
    }

    // --- building the project ---------------------------------------------------------------------

    private Result build(Element root, String description) {
        boolean fromKondens = ext != null;
        Set<UUID> informantIds = new HashSet<>();
        informants.forEach(i -> informantIds.add(i.id()));

        // Sessions and speaker turns.
        Map<UUID, Session> extSessions = new LinkedHashMap<>();
        if (ext != null && ext.sessions() != null) {
            ext.sessions().forEach(s -> extSessions.put(s.id(), s));
        }
        Map<UUID, UUID> sessionOf = new HashMap<>();
        for (Transcript t : transcripts) {
            KondensExtension.TranscriptExtra te = ext == null ? null : ext.transcripts().get(t.id());
            if (te != null && extSessions.containsKey(te.sessionId())) {
                sessionOf.put(t.id(), te.sessionId());
            }
        }
        for (Session s : extSessions.values()) {
            sessions.add(new Session(s.id(), s.title(), s.kind(), s.date(), s.durationMinutes(), s.moderator(),
                    s.participants().stream().filter(informantIds::contains).toList(), s.pilot(), s.notes()));
        }
        List<Transcript> finalTranscripts = new ArrayList<>();
        for (Transcript t : transcripts) {
            UUID session = sessionOf.get(t.id());
            List<UUID> participants = casesOfSource.getOrDefault(t.id(), List.of()).stream().distinct()
                    .filter(informantIds::contains).toList();
            if (session == null) {
                if (participants.isEmpty()) {
                    // Cases linked only through their selections still took part.
                    participants = selections.stream().filter(s -> s.transcriptId().equals(t.id()))
                            .map(s -> caseOfSelection.get(s.id())).filter(Objects::nonNull).distinct().toList();
                }
                Session s = new Session(Guids.derived("session", t.id()), t.title(),
                        participants.size() > 1 ? SessionKind.FOCUS_GROUP : SessionKind.INDIVIDUAL, null, null, null,
                        participants, false, "");
                sessions.add(s);
                session = s.id();
            }
            finalTranscripts.add(new Transcript(t.id(), session, t.title(), t.text(), t.sourceFile(), t.hash(), t.imported()));
            turns.put(t.id(), turnsOf(t, participants));
        }

        // Notes by kind.
        Map<UUID, QdeNotes.QdeNote> quoteNotes = new HashMap<>();
        for (QdeNotes.QdeNote n : notes.all()) {
            if (QdpxWriter.QUOTE.equals(n.kind())) {
                quoteNotes.put(n.id(), n);
            }
        }

        // Themes and their anchors.
        Map<UUID, List<Span>> anchors = new HashMap<>();
        List<Selection> rest = new ArrayList<>();
        for (Selection s : selections) {
            Optional<UUID> theme = s.codes().isEmpty() ? s.noteRefs().stream()
                    .filter(r -> notes.contains(r) && QdpxWriter.THEME.equals(notes.get(r).kind())).findFirst() : Optional.empty();
            if (theme.isPresent()) {
                anchors.computeIfAbsent(theme.get(), k -> new ArrayList<>()).add(new Span(s.transcriptId(), s.start(), s.end()));
            } else {
                rest.add(s);
            }
        }
        List<PreliminaryTheme> themes = new ArrayList<>();
        for (QdeNotes.QdeNote n : notes.all()) {
            if (QdpxWriter.THEME.equals(n.kind())) {
                KondensExtension.ThemeExtra te = ext == null ? null : ext.themes().get(n.id());
                themes.add(new PreliminaryTheme(n.id(), n.name(), n.text(), te != null ? te.order() : themes.size(),
                        anchors.getOrDefault(n.id(), List.of())));
                notes.place(n.id());
            }
        }
        Set<UUID> themeIds = new HashSet<>();
        themes.forEach(t -> themeIds.add(t.id()));

        // Meaning units, quotes, and selections kept as notes.
        List<MeaningUnit> units = new ArrayList<>();
        List<Selection> quoteSelections = new ArrayList<>();
        List<TranscriptNote> tnotes = new ArrayList<>();
        Map<UUID, String> transcriptTitles = new HashMap<>();
        finalTranscripts.forEach(t -> transcriptTitles.put(t.id(), t.title()));
        for (Selection s : rest) {
            boolean quote = (ext != null && ext.quotes().containsKey(s.id()))
                    || s.noteRefs().stream().anyMatch(quoteNotes::containsKey);
            if (quote) {
                quoteSelections.add(s);
                continue;
            }
            boolean known = ext != null && ext.units().containsKey(s.id());
            if (s.codes().isEmpty() && !known) {
                String passage = textAt(finalTranscripts, s);
                StringBuilder text = new StringBuilder("«" + passage + "»");
                for (UUID r : s.noteRefs()) {
                    QdeNotes.QdeNote n = notes.get(r);
                    if (n != null) {
                        text.append("\n\n").append(n.text());
                        notes.place(r);
                    }
                }
                if (!s.description().isBlank()) {
                    text.append("\n\n").append(s.description());
                }
                tnotes.add(new TranscriptNote(s.id(), s.transcriptId(), s.start(), text.toString(), created(s.created())));
                continue;
            }
            List<Membership> memberships = new ArrayList<>();
            for (UUID code : s.codes()) {
                Membership m = codes.target(code);
                if (m == null) {
                    log.notice("a coding in '" + transcriptTitles.get(s.transcriptId()) + "' refers to a code that is not in the "
                            + "codebook; it was left out.");
                    continue;
                }
                Optional<Membership> same = memberships.stream().filter(x -> x.codeGroupId().equals(m.codeGroupId())).findFirst();
                if (same.isEmpty()) {
                    memberships.add(m);
                } else if (same.get().subgroupId() == null && m.subgroupId() != null) {
                    memberships.set(memberships.indexOf(same.get()), m);
                } else if (!same.get().equals(m)) {
                    log.notice("a passage in '" + transcriptTitles.get(s.transcriptId()) + "' is coded with two subgroups of '"
                            + codes.name(m.codeGroupId()) + "'; Kondens keeps it in the first ('"
                            + codes.name(same.get().subgroupId()) + "').");
                }
            }
            List<String> noteTexts = new ArrayList<>();
            for (UUID r : s.noteRefs()) {
                QdeNotes.QdeNote n = notes.get(r);
                if (n != null && notes.place(r)) {
                    noteTexts.add(n.text());
                }
            }
            if (!s.description().isBlank()) {
                noteTexts.add(s.description());
            }
            UUID informant = null;
            KondensExtension.UnitExtra ue = ext == null ? null : ext.units().get(s.id());
            if (ue != null) {
                informant = ue.informantId() != null && informantIds.contains(ue.informantId()) ? ue.informantId() : null;
            } else if (caseOfSelection.containsKey(s.id()) && informantIds.contains(caseOfSelection.get(s.id()))) {
                informant = caseOfSelection.get(s.id());
            } else {
                informant = informantAt(s.transcriptId(), s.start(), finalTranscripts);
            }
            units.add(new MeaningUnit(s.id(), s.transcriptId(), s.start(), s.end(), informant, String.join("\n\n", noteTexts),
                    created(s.created()), memberships));
        }
        Map<UUID, MeaningUnit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));

        List<Quote> quotes = new ArrayList<>();
        for (Selection s : quoteSelections) {
            String shown = s.noteRefs().stream().filter(quoteNotes::containsKey).map(r -> {
                notes.place(r);
                return quoteNotes.get(r).text();
            }).findFirst().orElse(textAt(finalTranscripts, s).strip());
            KondensExtension.QuoteExtra qe = ext == null ? null : ext.quotes().get(s.id());
            MeaningUnit u = qe == null ? null : unitById.get(qe.meaningUnitId());
            if (u == null || !u.transcriptId().equals(s.transcriptId()) || s.start() < u.start() || s.end() > u.end()) {
                u = units.stream().filter(x -> x.transcriptId().equals(s.transcriptId()) && x.start() <= s.start() && s.end() <= x.end()
                        && !x.memberships().isEmpty()).findFirst().orElse(null);
            }
            Membership place = null;
            if (u != null && qe != null && u.isIn(qe.codeGroupId())) {
                MeaningUnit unit = u;
                place = new Membership(qe.codeGroupId(), qe.subgroupId() != null && unit.isIn(qe.codeGroupId(), qe.subgroupId())
                        ? qe.subgroupId() : null);
            } else if (u != null) {
                place = u.memberships().get(0);
            }
            if (place == null) {
                tnotes.add(new TranscriptNote(s.id(), s.transcriptId(), s.start(), "Illustrative quote: «" + shown + "»", now));
                log.notice("an illustrative quote in '" + transcriptTitles.get(s.transcriptId()) + "' lies in no coded meaning unit; "
                        + "it is kept as a transcript note.");
                continue;
            }
            MeaningUnit unit = u;
            Membership at = place;
            int order = qe != null ? qe.order() : (int) quotes.stream().filter(q -> q.codeGroupId().equals(at.codeGroupId())
                    && Objects.equals(q.subgroupId(), at.subgroupId())).count();
            quotes.add(new Quote(s.id(), unit.id(), at.codeGroupId(), at.subgroupId(), s.start(), s.end(), shown,
                    qe == null ? null : qe.label(), order));
        }

        // Transcript notes referenced from their source.
        for (Map.Entry<UUID, List<UUID>> e : sourceNotes.entrySet()) {
            for (UUID r : e.getValue()) {
                QdeNotes.QdeNote n = notes.get(r);
                if (n == null || !notes.place(r)) {
                    continue;
                }
                Integer anchor = null;
                KondensExtension.NoteExtra ne = ext == null ? null : ext.notes().get(r);
                if (ne != null && ne.anchor() != null) {
                    int at = sourceTexts.get(e.getKey()).offset(ne.anchor());
                    anchor = at < 0 ? null : at;
                }
                tnotes.add(new TranscriptNote(r, e.getKey(), anchor, n.text(), created(n.created())));
            }
        }
        // Any other note is kept in the project notes rather than lost.
        notes.keepTheRest();

        // Code groups and subgroups.
        Set<UUID> unitIds = unitById.keySet();
        List<CodeGroup> codeGroups = new ArrayList<>();
        List<Subgroup> subgroups = new ArrayList<>();
        int order = 0;
        for (CodeMapping.GroupDraft g : codes.groups()) {
            KondensExtension.GroupExtra ge = ext == null ? null : ext.codeGroups().get(g.id());
            String color = g.color() != null ? g.color() : ge != null && ge.color() != null ? ge.color() : PALETTE.get(order % PALETTE.size());
            codeGroups.add(new CodeGroup(g.id(), g.name(), ge == null ? null : ge.finalName(), g.description(), color,
                    ge != null ? ge.order() : order, g.intro(),
                    ge == null || ge.grewFrom() == null ? List.of() : ge.grewFrom().stream().filter(themeIds::contains).toList()));
            int so = 0;
            for (CodeMapping.SubgroupDraft sub : g.subgroups()) {
                KondensExtension.SubgroupExtra se = ext == null ? null : ext.subgroups().get(sub.id());
                subgroups.add(new Subgroup(sub.id(), g.id(), sub.name(), se != null ? se.order() : so, sub.condensate(),
                        se == null || se.condensateSources() == null ? List.of()
                                : se.condensateSources().stream().filter(unitIds::contains).toList(),
                        sub.analytic(),
                        se == null || se.grewFrom() == null ? List.of() : se.grewFrom().stream().filter(themeIds::contains).toList()));
                so++;
            }
            order++;
        }

        // The project.
        String title = root.getAttribute("name").isBlank() ? file.replaceFirst("\\.[^.]+$", "") : root.getAttribute("name").strip();
        Project project;
        String extra = log.projectNotesText();
        if (ext != null && ext.project() != null) {
            Project p = ext.project();
            String notesText = extra.isEmpty() ? p.notes() : (p.notes() == null || p.notes().isEmpty() ? extra : p.notes() + "\n\n" + extra);
            project = new Project(p.id(), title, p.language(), p.researchQuestion(), p.subQuestions(), p.interviewGuide(), notesText,
                    p.groupLevelName(), p.subgroupLevelName(), p.created(), p.modified());
        } else {
            Instant created = instant(root.getAttribute("creationDateTime"));
            String notesText = description.isBlank() ? extra : extra.isEmpty() ? description : description + "\n\n" + extra;
            project = new Project(UUID.randomUUID(), title, language, "", List.of(), "", notesText, null, null,
                    created == null ? now : created, now);
        }
        List<AuditEntry> audit = ext != null && ext.audit() != null ? ext.audit()
                : List.of(new AuditEntry(1, now, "Import REFI-QDA project", file));
        ProjectSnapshot snapshot = new ProjectSnapshot(project, ext != null && ext.questionHistory() != null ? ext.questionHistory() : List.of(),
                informants, sessions, finalTranscripts, turns, tnotes, themes, codeGroups, subgroups, units, quotes, audit);
        ImportReport report = new ImportReport(file, fromKondens, finalTranscripts.size(), informants.size(), codeGroups.size(),
                subgroups.size(), units.size(), quotes.size(), tnotes.size(), log.notices(), log.notCarried());
        return new Result(snapshot, report);
    }

    private static final List<String> PALETTE = List.of(
            "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC");

    private List<SpeakerTurn> turnsOf(Transcript t, List<UUID> participants) {
        KondensExtension.TranscriptExtra te = ext == null ? null : ext.transcripts().get(t.id());
        Set<UUID> known = new HashSet<>();
        informants.forEach(i -> known.add(i.id()));
        if (te != null && te.turns() != null) {
            SourceTexts.SourceText source = sourceTexts.get(t.id());
            List<SpeakerTurn> out = new ArrayList<>();
            for (SpeakerTurn x : te.turns()) {
                int s = source.offset(x.start());
                int e = source.offset(x.end());
                if (s >= 0 && e >= 0 && s < e) {
                    out.add(new SpeakerTurn(s, e, x.speaker(), x.role(),
                            x.informantId() != null && known.contains(x.informantId()) ? x.informantId() : null));
                }
            }
            return out;
        }
        UUID only = participants.size() == 1 ? participants.get(0) : null;
        List<SpeakerTurn> out = new ArrayList<>();
        for (DetectedTurn d : SpeakerDetector.detect(t.text())) {
            UUID who = null;
            if (d.role() != SpeakerRole.INTERVIEWER) {
                who = informants.stream().filter(i -> i.label().equalsIgnoreCase(d.speaker()) && participantsOrAll(participants, i.id()))
                        .map(Informant::id).findFirst().orElse(only);
            }
            out.add(new SpeakerTurn(d.start(), d.end(), d.speaker(), d.role(), who));
        }
        return out;
    }

    private static boolean participantsOrAll(List<UUID> participants, UUID id) {
        return participants.isEmpty() || participants.contains(id);
    }

    private UUID informantAt(UUID transcriptId, int offset, List<Transcript> all) {
        for (SpeakerTurn turn : turns.getOrDefault(transcriptId, List.of())) {
            if (turn.contains(offset)) {
                if (turn.role() == SpeakerRole.INTERVIEWER) {
                    return null;
                }
                if (turn.informantId() != null) {
                    return turn.informantId();
                }
                break;
            }
        }
        UUID session = all.stream().filter(t -> t.id().equals(transcriptId)).map(Transcript::sessionId).findFirst().orElse(null);
        return sessions.stream().filter(s -> s.id().equals(session)).findFirst()
                .filter(s -> s.participants().size() == 1).map(s -> s.participants().get(0)).orElse(null);
    }

    private static String textAt(List<Transcript> all, Selection s) {
        return all.stream().filter(t -> t.id().equals(s.transcriptId())).findFirst().map(t -> t.text().substring(s.start(), s.end()))
                .orElse("");
    }

    private Instant created(Instant t) {
        return t == null ? now : t;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }


}
