package org.kondens.core.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.store.WriteTargets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a project as a REFI-QDA project exchange file (.qdpx): a zip with {@code project.qde}
 * and every transcript as {@code sources/<GUID>.txt} (UTF-8 without BOM, exactly the stored text),
 * and beside them the texts of the notes that are memos ({@link NoteFiles}).
 *
 * <ul>
 * <li>informants → Cases, their attributes → text Variables; code groups → Codes, subgroups →
 *     child Codes, each in its own shade of the group's colour ({@link CodeColours});</li>
 * <li>meaning units → PlainTextSelections (code points, end exclusive) with one Coding per code
 *     group (to the subgroup's Code when the unit is in one); a unit's note → a Note on it;</li>
 * <li>condensates, analytic texts and a group's introduction → Notes referenced from their Code;</li>
 * <li>illustrative quotes → a PlainTextSelection over the quoted span, without codings, whose Note
 *     (Description {@code kondens:quote}) holds the shown text; all quote notes are also members of
 *     the Set "Illustrative quotes (Kondens)";</li>
 * <li>preliminary themes → Notes (anchors → selections referring to the theme's Note), transcript
 *     notes → Notes referenced from their source, holding their place as a selection;</li>
 * <li>what the standard cannot carry → {@link KondensExtension}, one project Note.</li>
 * </ul>
 * Every element that can carry one names a User "Kondens" ({@link KondensUsers}) as its creator and has a
 * creation and modification time (other tools read them without a default: QualCoder stops at a
 * Note without a date). Times come from the model where it has them (a unit's creation, a
 * transcript's import), else the project's last change, so the output stays deterministic: same
 * project, same bytes. A selection's {@code name} is the selected text.
 */
public final class QdpxWriter {

    static final String NS = "urn:QDA-XML:project:1.0";
    static final String ORIGIN = "Kondens 0.1";
    static final String QUOTE_SET_NAME = "Illustrative quotes (Kondens)";
    /** The User of every Kondens export: the same GUID in every project, so readers know it. */
    static final UUID KONDENS_USER = KondensUsers.guid(KondensUsers.NAME);

    /** Note kinds, written in the Note's Description so Kondens knows them again. */
    static final String TRANSCRIPT_NOTE = "kondens:transcript-note";
    static final String THEME = "kondens:theme";
    static final String ANALYTIC_INTRO = "kondens:analytic-intro";
    static final String CONDENSATE = "kondens:condensate";
    static final String ANALYTIC_TEXT = "kondens:analytic-text";
    static final String UNIT_NOTE = "kondens:unit-note";
    static final String QUOTE = "kondens:quote";

    private QdpxWriter() {
    }

    /** Writes {@code out} whole or not at all; never over a project (see {@link WriteTargets}). */
    public static void write(ProjectSnapshot s, Path out) {
        WriteTargets.checkExport(out);
        Path dir = out.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".kondens-export-", ".tmp");
            try (OutputStream o = Files.newOutputStream(temp)) {
                write(s, o);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw WriteTargets.cannotWrite(out, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless
                }
            }
        }
    }

    public static void write(ProjectSnapshot s, OutputStream out) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(max(s.project().modified(), Instant.parse("1980-01-02T00:00:00Z")), ZoneOffset.UTC);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Qde qde = build(s);
        ZipEntry entry = new ZipEntry("project.qde");
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        // The data note's text, which grows with the corpus, is written in its place as it is made.
        String xml = new String(Xml.bytes(qde.doc()), StandardCharsets.UTF_8);
        int at = xml.indexOf(DATA_PLACE);
        java.io.Writer text = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8));
        text.write(xml, 0, at);
        qde.extension().writeJsonAsXmlText(text);
        text.write(xml, at + DATA_PLACE.length(), xml.length() - at - DATA_PLACE.length());
        text.flush();
        zip.closeEntry();
        for (Transcript t : s.transcripts()) {
            put(zip, "sources/" + t.id() + ".txt", t.text().getBytes(StandardCharsets.UTF_8), time);
        }
        for (Map.Entry<String, String> note : qde.noteFiles().entrySet()) {
            put(zip, "sources/" + note.getKey(), note.getValue().getBytes(StandardCharsets.UTF_8), time);
        }
        zip.finish();
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || a.isBefore(b) ? b : a;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, LocalDateTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The project.qde document. */
    public static byte[] projectXml(ProjectSnapshot s) {
        return build(s).xml();
    }

    /** project.qde and the note texts it refers to ({@link NoteFiles}), by file name under sources/. */
    /** Where the data note's text goes in project.qde: a private-use mark no text of ours holds. */
    private static final String DATA_PLACE = "\uE000kondens-data\uE000";

    record Qde(Document doc, Map<String, String> noteFiles, KondensExtension extension) {
        /** The whole project.qde in memory (tests, small projects). */
        byte[] xml() {
            return new String(Xml.bytes(doc), StandardCharsets.UTF_8).replace(DATA_PLACE, Xml.escapedText(extension.toJson()))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    static Qde build(ProjectSnapshot s) {
        Document doc = Xml.newDocument();
        Element root = doc.createElementNS(NS, "Project");
        doc.appendChild(root);
        root.setAttribute("name", s.project().title());
        root.setAttribute("origin", ORIGIN);
        if (s.project().created() != null) {
            root.setAttribute("creationDateTime", s.project().created().toString());
        }
        if (s.project().modified() != null) {
            root.setAttribute("modifiedDateTime", s.project().modified().toString());
        }
        root.setAttribute("creatingUserGUID", Guids.of(KONDENS_USER));
        Element usersEl = Xml.child(root, "Users");
        KondensUsers users = new KondensUsers();
        ExportStamps stamps = ExportStamps.of(s);
        UUID pid = s.project().id();
        List<Element> notes = new ArrayList<>();
        Map<UUID, String> quoteNotes = new LinkedHashMap<>();

        // CodeBook
        ChildCodes childCodes = ChildCodes.of(s);
        CodeNames codeNames = CodeNames.of(s, childCodes);
        if (!s.codeGroups().isEmpty()) {
            Element codes = Xml.child(Xml.child(root, "CodeBook"), "Codes");
            for (CodeGroup g : s.codeGroups()) {
                Element code = code(codes, g.id(), g.workingName(), CodeColours.rgb(g.color()));
                int index = 0;
                if (notBlank(g.description())) {
                    Xml.text(code, "Description", g.description());
                }
                if (notBlank(g.analyticIntro())) {
                    UUID n = Guids.derived("analytic-intro", g.id());
                    notes.add(note(doc, n, "Analytic text: " + g.displayName(), ANALYTIC_INTRO, g.analyticIntro(), null, stamps));
                    Xml.ref(code, "NoteRef", n);
                }
                for (Subgroup sub : s.subgroupsOf(g.id())) {
                    String colour = CodeColours.subgroupColor(g.color(), index++);
                    Element child = code(code, sub.id(), codeNames.written(sub.name(), g.workingName()), colour);
                    String path = g.workingName() + " › " + sub.name();
                    childCodes.below(sub.id()).forEach(n -> childCode(child, n, path, colour, codeNames));
                    if (notBlank(sub.condensate())) {
                        UUID n = Guids.derived("condensate", sub.id());
                        notes.add(note(doc, n, "Condensate: " + sub.name(), CONDENSATE, sub.condensate(), null, stamps));
                        Xml.ref(child, "NoteRef", n);
                    }
                    if (notBlank(sub.analyticText())) {
                        UUID n = Guids.derived("analytic-text", sub.id());
                        notes.add(note(doc, n, "Analytic text: " + sub.name(), ANALYTIC_TEXT, sub.analyticText(), null, stamps));
                        Xml.ref(child, "NoteRef", n);
                    }
                }
            }
        }

        // Variables and Cases
        TreeSet<String> keys = s.informants().stream().flatMap(i -> i.attributes().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!keys.isEmpty()) {
            Element vars = Xml.child(root, "Variables");
            for (String k : keys) {
                Element v = Xml.child(vars, "Variable");
                v.setAttribute("guid", Guids.of(variableGuid(k)));
                v.setAttribute("name", k);
                v.setAttribute("typeOfVariable", "Text");
            }
        }
        if (!s.informants().isEmpty()) {
            Element cases = Xml.child(root, "Cases");
            // Each informant's sources and selections, gathered once: a corpus has thousands of each.
            Map<UUID, List<UUID>> sourcesOf = new java.util.HashMap<>();
            Map<UUID, java.util.Set<UUID>> participants = new java.util.HashMap<>();
            s.sessions().forEach(se -> participants.put(se.id(), new java.util.HashSet<>(se.participants())));
            for (Transcript t : s.transcripts()) {
                participants.getOrDefault(t.sessionId(), java.util.Set.of()).stream().sorted()
                        .forEach(who -> sourcesOf.computeIfAbsent(who, k -> new ArrayList<>()).add(t.id()));
            }
            Map<UUID, List<UUID>> selectionsOf = new java.util.HashMap<>();
            s.meaningUnits().stream().filter(u -> u.informantId() != null)
                    .forEach(u -> selectionsOf.computeIfAbsent(u.informantId(), k -> new ArrayList<>()).add(u.id()));
            for (Informant i : s.informants()) {
                Element c = Xml.child(cases, "Case");
                c.setAttribute("guid", Guids.of(i.id()));
                c.setAttribute("name", i.label());
                i.attributes().forEach((k, v) -> {
                    Element vv = Xml.child(c, "VariableValue");
                    Xml.ref(vv, "VariableRef", variableGuid(k));
                    Xml.text(vv, "TextValue", v);
                });
                sourcesOf.getOrDefault(i.id(), List.of()).forEach(t -> Xml.ref(c, "SourceRef", t));
                selectionsOf.getOrDefault(i.id(), List.of()).forEach(u -> Xml.ref(c, "SelectionRef", u));
            }
        }

        // Sources
        Map<UUID, MeaningUnit> units = s.unitsById();
        if (!s.transcripts().isEmpty()) {
            Element sources = Xml.child(root, "Sources");
            Map<UUID, List<MeaningUnit>> unitsIn = new java.util.HashMap<>();
            s.meaningUnits().forEach(u -> unitsIn.computeIfAbsent(u.transcriptId(), k -> new ArrayList<>()).add(u));
            for (Transcript t : s.transcripts()) {
                String text = t.text();
                Element src = Xml.child(sources, "TextSource");
                src.setAttribute("guid", Guids.of(t.id()));
                src.setAttribute("name", t.title());
                src.setAttribute("plainTextPath", "internal://" + t.id() + ".txt");
                // the text never changes after import: created and modified are the import
                stamps.put(src, t.imported(), t.imported());
                for (MeaningUnit u : unitsIn.getOrDefault(t.id(), List.of())) {
                    // a unit without a creation time keeps none (the reader takes the attribute as it)
                    Element sel = selection(src, u.id(), text, u.start(), u.end(), stamps, u.created(), null);
                    for (Membership m : u.memberships()) {
                        for (UUID code : childCodes.codesFor(u.id(), m)) {
                            Element coding = Xml.child(sel, "Coding");
                            // the first coding of a membership keeps the GUID it had before child codes were written
                            String key = code.equals(m.subgroupId()) || code.equals(m.codeGroupId()) ? "" : ":" + code;
                            coding.setAttribute("guid", Guids.of(Guids.derived("coding", u.id() + ":" + m.codeGroupId() + key)));
                            coding.setAttribute("creatingUser", Guids.of(KONDENS_USER));
                            coding.setAttribute("creationDateTime", stamps.or(u.created()));
                            Xml.ref(coding, "CodeRef", code);
                        }
                    }
                    if (notBlank(u.note())) {
                        UUID n = Guids.derived("unit-note", u.id());
                        notes.add(note(doc, n, "Note on meaning unit", UNIT_NOTE, u.note(), u.created(), stamps));
                        Xml.ref(sel, "NoteRef", n);
                    }
                }
                for (Quote q : s.quotes()) {
                    MeaningUnit u = units.get(q.meaningUnitId());
                    if (u == null || !u.transcriptId().equals(t.id())) {
                        continue;
                    }
                    Element sel = selection(src, q.id(), text, q.start(), q.end(), stamps, stamps.last(), null);
                    sel.setAttribute("creatingUser", Guids.of(users.ownerOfUncoded(t.id(), q.start(), q.end())));
                    UUID n = Guids.derived("quote-note", q.id());
                    notes.add(note(doc, n, "Illustrative quote: " + quotePlace(s, q), QUOTE, q.displayText(), null, stamps));
                    Xml.ref(sel, "NoteRef", n);
                    quoteNotes.put(q.id(), n.toString());
                }
                for (PreliminaryTheme th : s.themes()) {
                    for (Span a : th.anchors()) {
                        if (a.transcriptId().equals(t.id())) {
                            Element sel = selection(src, anchorGuid(th.id(), a), text, a.start(), a.end(), stamps, stamps.last(), null);
                            sel.setAttribute("creatingUser", Guids.of(users.ownerOfUncoded(t.id(), a.start(), a.end())));
                            Xml.ref(sel, "NoteRef", th.id());
                        }
                    }
                }
                for (TranscriptNote n : s.notes()) {
                    if (n.transcriptId().equals(t.id())) {
                        Xml.ref(src, "NoteRef", n.id());
                    }
                }
            }
        }

        // Notes: transcript notes and themes first, then those collected above, then the extension.
        List<Element> allNotes = new ArrayList<>();
        for (TranscriptNote n : s.notes()) {
            String title = s.transcript(n.transcriptId()).map(Transcript::title).orElse("");
            Element note = note(doc, n.id(), "Note on " + title, TRANSCRIPT_NOTE, n.text(), n.created(), stamps);
            if (n.anchor() != null) {
                // The note's place as a selection inside it: other tools (QualCoder) make an annotation of it.
                String text = s.transcript(n.transcriptId()).map(Transcript::text).orElse("");
                int at = Math.min(n.anchor(), text.length());
                int end = at < text.length() ? text.offsetByCodePoints(at, 1) : at;
                Element sel = selection(note, Guids.derived("note-anchor", n.id()), text, at, end, stamps, n.created(), n.created());
                // QualCoder takes the annotation's owner from the Note
                String owner = Guids.of(users.ownerOfUncoded(n.transcriptId(), at, end));
                sel.setAttribute("creatingUser", owner);
                note.setAttribute("creatingUser", owner);
            }
            allNotes.add(note);
        }
        for (PreliminaryTheme th : s.themes()) {
            allNotes.add(note(doc, th.id(), th.name(), THEME, th.description(), null, stamps));
        }
        allNotes.addAll(notes);
        UUID extId = Guids.derived("extension", pid);
        KondensExtension extension = KondensExtension.of(s);
        allNotes.add(note(doc, extId, "Kondens data (used when the project is opened in Kondens again)",
                KondensExtension.MARKER, DATA_PLACE, null, stamps));
        Map<String, String> noteFiles = NoteFiles.moveOut(allNotes);
        users.write(usersEl);
        Element notesEl = Xml.child(root, "Notes");
        allNotes.forEach(notesEl::appendChild);

        if (!quoteNotes.isEmpty()) {
            Element set = Xml.child(Xml.child(root, "Sets"), "Set");
            set.setAttribute("guid", Guids.of(Guids.derived("quote-set", pid)));
            set.setAttribute("name", QUOTE_SET_NAME);
            Xml.text(set, "Description", "The illustrative (\"golden\") quotations chosen in Kondens: each note holds the "
                    + "quote as shown in the thesis and is attached to the quoted passage.");
            quoteNotes.values().forEach(n -> Xml.ref(set, "MemberNote", n));
        }
        if (notBlank(s.project().researchQuestion())) {
            Xml.text(root, "Description", s.project().researchQuestion());
        }
        Xml.ref(root, "NoteRef", extId);
        return new Qde(doc, noteFiles, extension);
    }

    static UUID variableGuid(String name) {
        return Guids.derived("variable", name);
    }

    static UUID anchorGuid(UUID theme, Span a) {
        return Guids.derived("anchor", theme + ":" + a.transcriptId() + ":" + a.start() + ":" + a.end());
    }

    private static String quotePlace(ProjectSnapshot s, Quote q) {
        String group = s.codeGroups().stream().filter(g -> g.id().equals(q.codeGroupId())).map(CodeGroup::displayName)
                .findFirst().orElse("");
        String sub = q.subgroupId() == null ? null : s.subgroups().stream().filter(x -> x.id().equals(q.subgroupId()))
                .map(Subgroup::name).findFirst().orElse(null);
        return sub == null ? group : group + " / " + sub;
    }

    private static Element code(Element parent, UUID id, String name, String color) {
        Element code = Xml.child(parent, "Code");
        code.setAttribute("guid", Guids.of(id));
        code.setAttribute("name", name);
        code.setAttribute("isCodable", "true");
        if (color != null) {
            code.setAttribute("color", color);
        }
        return code;
    }

    /** A code another tool had below a subgroup, with the codes below it ({@link ChildCodes}). */
    private static void childCode(Element parent, ChildCodes.Node n, String path, String colour, CodeNames names) {
        Element code = code(parent, n.id(), names.written(n.name(), path), colour);
        n.children().forEach(c -> childCode(code, c, path + " › " + n.name(), colour, names));
    }

    /** A selection named by its text, as NVivo and others write it (positions in code points, the text as stored). */
    private static Element selection(Element parent, UUID id, String text, int start, int end, ExportStamps stamps, Instant created,
            Instant modified) {
        Element sel = Xml.child(parent, "PlainTextSelection");
        sel.setAttribute("guid", Guids.of(id));
        sel.setAttribute("name", text.substring(Math.max(0, Math.min(start, text.length())), Math.max(0, Math.min(end, text.length()))));
        sel.setAttribute("startPosition", Integer.toString(Positions.toCodePoints(text, start)));
        sel.setAttribute("endPosition", Integer.toString(Positions.toCodePoints(text, end)));
        stamps.put(sel, created, modified);
        return sel;
    }

    /**
     * A Note; {@code created} only when the model has it for a transcript note (the reader takes
     * the attribute as the note's time), the last change otherwise.
     */
    private static Element note(Document doc, UUID id, String name, String kind, String text, Instant created, ExportStamps stamps) {
        Element n = doc.createElementNS(NS, "Note");
        n.setAttribute("guid", Guids.of(id));
        n.setAttribute("name", name);
        stamps.put(n, created == null && TRANSCRIPT_NOTE.equals(kind) ? null : created == null ? stamps.last() : created, null);
        Xml.text(n, "Description", kind);
        Xml.text(n, "PlainTextContent", text == null ? "" : text);
        return n;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
