package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;
import static org.kondens.core.exchange.QdeXml.elements;
import static org.kondens.core.exchange.QdeXml.path;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.importer.SafeZip;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.store.ProjectDatabase;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA project (.qdpx) written by Kondens, NVivo, ATLAS.ti, MAXQDA, QualCoder … and
 * builds a Kondens project from it, keeping the file's GUIDs as the entities' UUIDs.
 *
 * <ul>
 * <li>Codes: the first level (or the one the user chooses) becomes code groups, the next
 *     subgroups; deeper codes are folded into their subgroup (with a notice), their path kept on
 *     the meaning units. ATLAS.ti's flat {@code Parent::child} names are split the same way.
 *     A passage coded with two subgroups of one group becomes two meaning units.</li>
 * <li>A source whose text is already a transcript (a second coder's copy) brings its codings to
 *     that transcript, each unit marked with its coder ({@link DuplicateSources}).</li>
 * <li>Codings on text selections become meaning units (one membership per code group);
 *     selections without codings (MAXQDA memos, QualCoder annotations) are kept as transcript
 *     notes anchored at their start, with the passage quoted.</li>
 * <li>Cases become informants, their variable values attributes.</li>
 * <li>Positions count Unicode code points of the source as written, after a BOM (so a CRLF is
 *     two), unless the file clearly counts otherwise (NVivo: UTF-16 units; ATLAS.ti: a CRLF as
 *     one; see {@link PositionCounting}, which says in the report which was used); the text is
 *     then normalised like every Kondens transcript (CRLF → LF, NFC …) and every position is
 *     mapped through that normalisation ({@link Positions#normalize}).</li>
 * <li>A GUID used twice is given anew where the file's references cannot mean it, else the import
 *     stops in one line ({@link RepeatedGuids}).</li>
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
    record Result(ProjectSnapshot snapshot, ImportReport report) {
    }

    private QdpxReader() {
    }

    /**
     * The names of the codes at each level of the file's code tree, top first (nested codes and
     * ATLAS.ti's {@code Parent::child} names alike), for the user to choose which level becomes
     * code groups before the import. Reads only the codebook; nothing is written.
     */
    public static List<List<String>> codeLevels(Path qdpx) {
        if (!Files.isRegularFile(qdpx)) {
            throw new KondensException(Problem.QDPX_NO_FILE, qdpx);
        }
        QdcReader.refuseCodebook(qdpx);
        try (SafeZip zip = SafeZip.open(qdpx, Term.QDPX_PROJECT)) {
            Element root = projectElement(qdpx.getFileName().toString(), zip, new ImportLog());
            List<List<String>> levels = new ArrayList<>();
            for (Element c : path(root, "CodeBook", "Codes", "Code")) {
                addLevels(c, 0, levels);
            }
            return levels.stream().map(List::copyOf).toList();
        }
    }

    private static void addLevels(Element code, int level, List<List<String>> levels) {
        String[] names = code.getAttribute("name").split("::");
        for (int i = 0; i < names.length; i++) {
            while (levels.size() <= level + i) {
                levels.add(new ArrayList<>());
            }
            String name = names[i].strip();
            if (!name.isEmpty() && !levels.get(level + i).contains(name)) {
                levels.get(level + i).add(name);
            }
        }
        for (Element child : children(code, "Code")) {
            addLevels(child, level + names.length, levels);
        }
    }

    /**
     * Builds the new project file {@code out} from {@code qdpx}: either the whole project is
     * written or, on any problem, no file is left behind.
     */
    public static ImportReport importProject(Path qdpx, Path out, Language language) {
        return importProject(qdpx, out, language, 1);
    }

    /** As {@link #importProject(Path, Path, Language)}, with the codes at level {@code groupLevel} as code groups. */
    public static ImportReport importProject(Path qdpx, Path out, Language language, int groupLevel) {
        return importProject(qdpx, out, language, groupLevel, SourceTexts.HELD_CHARS);
    }

    /** As above, holding at most {@code heldChars} characters of source texts at a time (a test holds one). */
    static ImportReport importProject(Path qdpx, Path out, Language language, int groupLevel, long heldChars) {
        if (Files.exists(out)) {
            throw new KondensException(Problem.FILE_EXISTS, out);
        }
        if (!Files.isRegularFile(qdpx)) {
            throw new KondensException(Problem.QDPX_NO_FILE, qdpx);
        }
        QdcReader.refuseCodebook(qdpx);
        String file = qdpx.getFileName().toString();
        // Open until the project is written: the sources' texts are read from it as they are written.
        try (SafeZip zip = SafeZip.open(qdpx, Term.QDPX_PROJECT)) {
            Result r = read(file, zip, language, groupLevel, heldChars);
            // The report goes into the new project's import log, in the project's language.
            ProjectDatabase.createFrom(out, r.snapshot(), file, new org.kondens.core.model.ImportRecord(java.util.UUID.randomUUID(),
                    Instant.now(), file, "qdpx", r.report().lines(org.kondens.core.Messages.locale(language))));
            return r.report();
        }
    }

    // Keep the order of the steps: it is the order of the report's lines, and a note goes to the
    // first step that claims it (its codes, the project's own NoteRefs, then the assembly).
    private static Result read(String file, SafeZip zip, Language language, int groupLevel, long heldChars) {
        Instant now = Instant.now();
        ImportLog log = new ImportLog();
        Element root = projectElement(file, zip, log);
        RepeatedGuids.rekey(file, root, log);
        SourceTexts texts = new SourceTexts(file, zip, log, heldChars);
        QdeNotes notes = QdeNotes.read(root, texts, log);
        CodeMapping codes = CodeMapping.map(root, notes, log, groupLevel);
        CaseInformants cases = CaseInformants.read(root, log);
        TextSources sources = TextSources.read(root, texts, notes.extension(), codes, now, log);
        DuplicateSources twins = DuplicateSources.read(root, texts, notes.extension(), codes, sources, now, log);
        listWhatIsNotCarried(root, log);
        String description = QdeXml.description(root);
        for (Element ref : children(root, "NoteRef")) {
            notes.keepProjectNote(QdeXml.target(ref));
        }
        ProjectAssembly.ProjectHeader header = new ProjectAssembly.ProjectHeader(root.getAttribute("name"),
                QdeXml.instant(root.getAttribute("creationDateTime")), description);
        return new ProjectAssembly(file, language, now, header, notes, codes, cases, sources, twins, log).assemble();
    }

    /** The {@code <Project>} of project.qde (or the one .qde at the top of the archive); a schema deviation is a notice. */
    private static Element projectElement(String file, SafeZip zip, ImportLog log) {
        ZipEntry qde = zip.find("project.qde").or(() -> zip.names().stream()
                        .filter(n -> !n.contains("/") && n.toLowerCase(Locale.ROOT).endsWith(".qde")).findFirst().flatMap(zip::find))
                .orElseThrow(() -> new KondensException(Problem.QDPX_NO_QDE, file));
        byte[] xml = zip.read(qde);
        Element root = QdeXml.parse(file, xml, qde.getName()).getDocumentElement();
        if (!"Project".equals(root.getLocalName())) {
            throw new KondensException(Problem.QDPX_NOT_PROJECT, file, qde.getName(), root.getLocalName());
        }
        if (!QdpxWriter.NS.equals(root.getNamespaceURI())) {
            log.notice(Problem.QDPX_NO_NAMESPACE, qde.getName(), QdpxWriter.NS);
        } else {
            QdaSchemas.checkProject(xml).ifPresent(err -> log.notice(Problem.QDPX_NOT_SCHEMA, qde.getName(), err));
        }
        return root;
    }

    /** Sets (but Kondens' own set of quotes), links, graphs and users have no place in a Kondens project. */
    private static void listWhatIsNotCarried(Element root, ImportLog log) {
        for (Element set : path(root, "Sets", "Set")) {
            if (!QdpxWriter.QUOTE_SET_NAME.equals(set.getAttribute("name"))) {
                log.notCarried(Problem.QDPX_SET, set.getAttribute("name"), elements(set).size());
            }
        }
        for (Element link : path(root, "Links", "Link")) {
            log.notCarried(Problem.QDPX_LINK, link.getAttribute("name"));
        }
        for (Element graph : path(root, "Graphs", "Graph")) {
            log.notCarried(Problem.QDPX_GRAPH, graph.getAttribute("name"));
        }
        long users = path(root, "Users", "User").stream()
                .filter(u -> !KondensUsers.isOurs(u.getAttribute("guid"), u.getAttribute("name"))).count();
        if (users > 0) {
            log.notice(Problem.QDPX_USERS, users);
        }
    }
}
