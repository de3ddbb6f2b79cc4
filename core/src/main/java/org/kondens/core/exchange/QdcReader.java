package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.elements;
import static org.kondens.core.exchange.QdeXml.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kondens.core.KondensException;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA codebook exported alone (.qdc, a {@code <CodeBook>} XML file, not a zip; how
 * Taguette and ATLAS.ti share a codebook). The codes are mapped as in a .qdpx
 * ({@link CodeMapping}): the first level becomes code groups, the second subgroups, deeper codes
 * and {@code Parent::child} names fold into their subgroup. Subgroups have no description in
 * Kondens, so the descriptions below the first level are folded into their group's description
 * ("Subgroup › Deeper: …"). Parsed without DTDs or external entities.
 */
public final class QdcReader {

    /** A code group to add: its subgroups by name; {@code color} null when the file gives none. */
    public record Group(String name, String description, String color, List<String> subgroups) {

        public Group {
            subgroups = List.copyOf(subgroups);
        }
    }

    /** What the file holds, and how it was adapted on the way. */
    public record Codebook(String file, List<Group> groups, List<Message> noticed) {

        public Codebook {
            groups = List.copyOf(groups);
            noticed = List.copyOf(noticed);
        }
    }

    /** What adding a codebook to a project did. */
    public record Report(String file, int codeGroups, int subgroups, List<Message> noticed) {

        public Report {
            noticed = List.copyOf(noticed);
        }

        /** The notices in English (the CLI's JSON). */
        public List<String> notices() {
            return noticed.stream().map(Message::toString).toList();
        }

        public List<String> lines() {
            return lines(Locale.ROOT);
        }

        /** The summary, then each notice, in {@code locale}'s language. */
        public List<String> lines(Locale locale) {
            List<String> out = new ArrayList<>();
            out.add(Problem.QDC_SUMMARY.text(locale, file, codeGroups, subgroups));
            noticed.forEach(n -> out.add(Term.REPORT_NOTICE.of(n).text(locale)));
            return out;
        }
    }

    /** A codebook is a few hundred kilobytes; anything near this is not one (and would fill memory as a DOM). */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private QdcReader() {
    }

    /** A codebook given where a project (.qdpx) is expected is named as what it is, not as a damaged archive. */
    static void refuseCodebook(Path file) {
        byte[] head = new byte[512];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return;
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        if (start.stripLeading().replace("\uFEFF", "").startsWith("<") && start.contains("CodeBook")) {
            throw new KondensException(Problem.QDC_NOT_A_PROJECT, file.getFileName());
        }
    }

    public static Codebook read(Path qdc) {
        if (!Files.isRegularFile(qdc)) {
            throw new KondensException(Problem.QDPX_NO_FILE, qdc);
        }
        String file = qdc.getFileName().toString();
        byte[] xml;
        try {
            long size = Files.size(qdc);
            if (size > MAX_BYTES) {
                throw new KondensException(Problem.QDC_TOO_LARGE, file, size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            xml = Files.readAllBytes(qdc);
        } catch (IOException e) {
            throw new KondensException(e, Problem.QDPX_XML_UNREADABLE, file, file, e.getMessage());
        }
        Element root = QdeXml.parse(file, xml, file).getDocumentElement();
        if (!"CodeBook".equals(root.getLocalName())) {
            throw new KondensException(Problem.QDC_NOT_CODEBOOK, file, root.getLocalName());
        }
        ImportLog log = new ImportLog();
        if (!CodebookWriter.NS.equals(root.getNamespaceURI())) {
            log.notice(Problem.QDPX_NO_NAMESPACE, file, CodebookWriter.NS);
        } else {
            QdaSchemas.checkCodebook(xml).ifPresent(err -> log.notice(Problem.QDPX_NOT_SCHEMA, file, err));
        }
        CodeMapping codes = CodeMapping.mapCodebook(root, log);
        List<Group> groups = new ArrayList<>();
        for (CodeMapping.GroupDraft g : codes.groups()) {
            List<String> below = g.subgroups().stream().map(CodeMapping.SubgroupDraft::description).filter(d -> !d.isEmpty()).toList();
            String description = g.description().strip();
            if (!below.isEmpty()) {
                description = (description.isEmpty() ? "" : description + "\n\n") + String.join("\n", below);
            }
            groups.add(new Group(g.name(), description, g.color(),
                    g.subgroups().stream().map(CodeMapping.SubgroupDraft::name).toList()));
        }
        // Here the descriptions below the first level go to the group's description, not to project notes.
        List<Message> noticed = new ArrayList<>(log.notices().stream().filter(m -> m.code() != Problem.QDPX_SUBGROUP_DESCRIPTION).toList());
        for (Element set : path(root, "Sets", "Set")) {
            noticed.add(Message.of(Problem.QDPX_SET, set.getAttribute("name"), elements(set).size()));
        }
        return new Codebook(file, groups, noticed);
    }
}
