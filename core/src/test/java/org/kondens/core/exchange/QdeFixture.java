package org.kondens.core.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/** Our own REFI-QDA fixtures, built in code: a project.qde around the given elements, source texts beside it. */
final class QdeFixture {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private QdeFixture(String projectXml) {
        entries.put("project.qde", projectXml.getBytes(StandardCharsets.UTF_8));
    }

    /** A project whose {@code <Project>} holds {@code body} (Users, CodeBook, Sources, Notes, Cases …). */
    static QdeFixture project(String origin, String body) {
        return new QdeFixture("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Fixture\" origin=\""
                + origin + "\">" + body + "</Project>");
    }

    /** A source file at sources/{@code guid}.txt. */
    QdeFixture source(String guid, String text) {
        entries.put("sources/" + guid + ".txt", text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Path write(Path dir, String name) throws IOException {
        return zip(dir.resolve(name), entries);
    }

    /** Writes {@code entries} as the zip archive {@code file}, in their order. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    /** A TextSource pointing at sources/{@code guid}.txt, holding {@code selections}. */
    static String textSource(String guid, String name, String attrs, String selections) {
        return "<TextSource guid=\"" + guid + "\" name=\"" + name + "\" plainTextPath=\"internal://" + guid + ".txt\" " + attrs + ">"
                + selections + "</TextSource>";
    }

    /** A PlainTextSelection [start, end) coded with {@code codes}. */
    static String selection(String guid, int start, int end, String attrs, String... codes) {
        StringBuilder b = new StringBuilder("<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + start + "\" endPosition=\""
                + end + "\" " + attrs + ">");
        int k = 0;
        for (String c : codes) {
            // A GUID of its own per coding: the selection's last group, with the coding's number.
            b.append("<Coding guid=\"").append(String.format("00000000-0000-4%03d-9000-", k++)).append(guid.substring(24))
                    .append("\"><CodeRef targetGUID=\"")
                    .append(c).append("\"/></Coding>");
        }
        return b.append("</PlainTextSelection>").toString();
    }

    static String guid(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    /**
     * Every meaning unit as "text | Group/Subgroup; Group | note", in order: the exact text and
     * places of each, so one assertion covers them all.
     */
    static List<String> units(ProjectSnapshot s) {
        return s.meaningUnits().stream().map(u -> s.textOf(u) + " | " + places(s, u) + " | " + u.note()).toList();
    }

    private static String places(ProjectSnapshot s, MeaningUnit u) {
        return u.memberships().stream().map(m -> {
            String g = s.codeGroups().stream().filter(x -> x.id().equals(m.codeGroupId())).map(CodeGroup::workingName).findFirst().orElse("?");
            return m.subgroupId() == null ? g : g + "/" + s.subgroups().stream().filter(x -> x.id().equals(m.subgroupId()))
                    .map(Subgroup::name).findFirst().orElse("?");
        }).collect(Collectors.joining("; "));
    }
}
