package org.kondens.core.export;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kondens.core.export.TranscriptText.Range;
import org.kondens.core.model.Language;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.TextHash;

/**
 * Checks the {@code content} of a JSON project before anything is written: every field's presence,
 * type and text; ids unique and well-formed; every reference resolving; every offset inside its
 * transcript and never inside a surrogate pair. Stops at the first problem with a
 * {@link JsonProblem} at its JSON path. Collections are walked in the order they depend on each
 * other, so each reference is checked against targets already seen.
 *
 * <p>One instance checks one document: it gathers the ids as it goes.
 */
final class ProjectJsonValidator {

    private static final Set<String> CONTENT = Set.of("project", "questionHistory", "informants", "sessions", "transcripts",
            "turns", "notes", "themes", "codeGroups", "subgroups", "meaningUnits", "quotes", "audit", "review");
    // "modified" is derived from the audit trail and "hash" from the text: both allowed, both ignored.
    private static final Set<String> PROJECT = Set.of("id", "title", "language", "researchQuestion", "subQuestions",
            "interviewGuide", "notes", "groupLevelName", "subgroupLevelName", "created", "modified");
    private static final Set<String> WORDING = Set.of("replaced", "field", "text");
    private static final Set<String> INFORMANT = Set.of("id", "label", "attributes");
    private static final Set<String> SESSION = Set.of("id", "title", "kind", "date", "durationMinutes", "moderator",
            "participants", "pilot", "notes");
    private static final Set<String> TRANSCRIPT = Set.of("id", "sessionId", "title", "text", "sourceFile", "hash", "imported");
    private static final Set<String> TURN = Set.of("start", "end", "speaker", "role", "informantId");
    private static final Set<String> NOTE = Set.of("id", "transcriptId", "anchor", "text", "created");
    private static final Set<String> THEME = Set.of("id", "name", "description", "order", "anchors");
    private static final Set<String> ANCHOR = Set.of("transcriptId", "start", "end");
    private static final Set<String> CODE_GROUP = Set.of("id", "workingName", "finalName", "description", "color", "order",
            "analyticIntro", "grewFrom");
    private static final Set<String> SUBGROUP = Set.of("id", "codeGroupId", "name", "order", "condensate",
            "condensateSources", "analyticText", "grewFrom");
    private static final Set<String> UNIT = Set.of("id", "transcriptId", "start", "end", "informantId", "note", "created",
            "memberships");
    private static final Set<String> MEMBERSHIP = Set.of("codeGroupId", "subgroupId");
    private static final Set<String> QUOTE = Set.of("id", "meaningUnitId", "codeGroupId", "subgroupId", "start", "end",
            "displayText", "label", "order");
    private static final Set<String> AUDIT = Set.of("id", "time", "action", "detail");

    private final JsonIds informants = new JsonIds("informant");
    private final JsonIds sessions = new JsonIds("session");
    private final JsonIds transcripts = new JsonIds("transcript");
    private final JsonIds notes = new JsonIds("note");
    private final JsonIds themes = new JsonIds("theme");
    private final JsonIds codeGroups = new JsonIds("code group");
    private final JsonIds subgroups = new JsonIds("subgroup");
    private final JsonIds meaningUnits = new JsonIds("meaning unit");
    private final JsonIds quotes = new JsonIds("quote");
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, TranscriptText> texts = new HashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    /** The path of each transcript by the hash of its text. */
    private final Map<String, String> textPaths = new HashMap<>();
    private final Map<String, String> groupOfSubgroup = new HashMap<>();
    private final Map<String, UnitPlace> units = new HashMap<>();
    private final Map<String, String> turnLists = new HashMap<>();
    private final List<JsonCursor> condensateSources = new ArrayList<>();

    private ProjectJsonValidator() {
    }

    /**
     * Throws a {@link JsonProblem} at the first problem in the document's {@code content}, read a
     * part at a time: what is kept of a transcript is its length, never its text. Returns the
     * hash of each transcript's text by its id, computed on the way (a text is read once).
     */
    static Map<String, String> validate(JsonSections document) {
        ProjectJsonValidator v = new ProjectJsonValidator();
        v.check(document);
        return v.hashes;
    }

    private void check(JsonSections doc) {
        doc.root().at("content").object(CONTENT);
        project(doc.whole("project"));
        doc.elements("questionHistory", this::wording);
        doc.elements("informants", this::informant);
        doc.elements("sessions", this::session);
        doc.elements("transcripts", this::transcript);
        doc.entries("turns", this::turns);
        doc.elements("notes", this::note);
        doc.elements("themes", this::theme);
        doc.elements("codeGroups", this::codeGroup);
        doc.elements("subgroups", this::subgroup);
        doc.elements("meaningUnits", this::meaningUnit);
        // Subgroups come before units in the file, but their condensates are written from units.
        condensateSources.forEach(meaningUnits::ref);
        doc.elements("quotes", this::quote);
        Map<Long, String> auditIds = new HashMap<>();
        doc.elements("audit", e -> audit(e, auditIds));
        // Files written before supervision came have no review.
        if (doc.has("review")) {
            ReviewJsonValidator.validate(doc.whole("review"), texts);
        }
    }

    private void project(JsonCursor p) {
        p.object(PROJECT);
        p.at("id").id();
        p.at("title").line();
        p.at("language").oneOf(names(Language.values()));
        p.at("researchQuestion").text();
        // Stored one per line: a line break inside one would make two on the way back.
        p.at("subQuestions").elements().forEach(JsonCursor::line);
        p.at("interviewGuide").text();
        p.at("notes").text();
        p.at("groupLevelName").lineOrNull();
        p.at("subgroupLevelName").lineOrNull();
        p.at("created").instant();
    }

    private void wording(JsonCursor w) {
        w.object(WORDING);
        w.at("replaced").instant();
        w.at("field").oneOf(List.of("research_question", "sub_questions"));
        w.at("text").text();
    }

    private void informant(JsonCursor i) {
        i.object(INFORMANT);
        informants.define(i);
        JsonCursor at = i.at("label");
        String label = at.line();
        // The project file compares labels as SQLite's NOCASE does: ASCII letters without case.
        String earlier = labels.putIfAbsent(asciiLowerCase(label), i.path());
        if (earlier != null) {
            throw at.problem(TextRules.shown(label) + " is also the label of the informant at " + earlier
                    + "; labels must differ (ignoring case).");
        }
        for (Map.Entry<String, JsonCursor> attribute : i.at("attributes").entries()) {
            String problem = TextRules.problemInLine(attribute.getKey());
            if (problem != null) {
                throw attribute.getValue().problem("the attribute name " + problem);
            }
            attribute.getValue().text();
        }
    }

    private void session(JsonCursor s) {
        s.object(SESSION);
        sessions.define(s);
        s.at("title").line();
        s.at("kind").oneOf(names(SessionKind.values()));
        s.at("date").dateOrNull();
        s.at("durationMinutes").integerOrNull();
        s.at("moderator").lineOrNull();
        distinct(s.at("participants").elements(), informants);
        s.at("pilot").bool();
        s.at("notes").text();
    }

    private void transcript(JsonCursor t) {
        t.object(TRANSCRIPT);
        String id = transcripts.define(t);
        sessions.ref(t.at("sessionId"));
        String title = t.at("title").line();
        JsonCursor at = t.at("text");
        String text = at.text();
        // The text is the transcript's identity (its hash); the project file holds each text once.
        String hash = TextHash.of(text);
        String earlier = textPaths.putIfAbsent(hash, t.path());
        if (earlier != null) {
            throw at.problem("the same text as the transcript at " + earlier + "; a project holds each text once.");
        }
        t.at("sourceFile").line();
        t.at("imported").instant();
        texts.put(id, TranscriptText.of(title, text));
        hashes.put(id, hash);
    }

    /** The turns of one transcript, under its id. */
    private void turns(String transcriptId, JsonCursor list) {
        // The key is a transcript id: read it as a value, at the path of its entry.
        String id = transcripts.ref(new JsonCursor(TextNode.valueOf(transcriptId), list.path()));
        String earlier = turnLists.putIfAbsent(id, list.path());
        if (earlier != null) {
            throw list.problem("the turns of this transcript are already given at " + earlier + ".");
        }
        TranscriptText text = texts.get(id);
        Map<Integer, String> starts = new HashMap<>();
        for (JsonCursor turn : list.elements()) {
            turn.object(TURN);
            Range r = text.span(turn);
            String same = starts.putIfAbsent(r.start(), turn.path());
            if (same != null) {
                throw turn.at("start").problem("another turn of this transcript starts at " + r.start() + " too (" + same + ").");
            }
            turn.at("speaker").line();
            turn.at("role").oneOf(names(SpeakerRole.values()));
            informants.refOrNull(turn.at("informantId"));
        }
    }

    private void note(JsonCursor n) {
        n.object(NOTE);
        notes.define(n);
        TranscriptText text = texts.get(transcripts.ref(n.at("transcriptId")));
        JsonCursor anchor = n.at("anchor");
        Integer offset = anchor.integerOrNull();
        if (offset != null) {
            text.offset(anchor, offset);
        }
        n.at("text").text();
        n.at("created").instant();
    }

    private void theme(JsonCursor t) {
        t.object(THEME);
        themes.define(t);
        t.at("name").line();
        t.at("description").text();
        t.at("order").integer();
        for (JsonCursor anchor : t.at("anchors").elements()) {
            anchor.object(ANCHOR);
            texts.get(transcripts.ref(anchor.at("transcriptId"))).span(anchor);
        }
    }

    private void codeGroup(JsonCursor g) {
        g.object(CODE_GROUP);
        codeGroups.define(g);
        g.at("workingName").line();
        g.at("finalName").lineOrNull();
        g.at("description").text();
        g.at("color").color();
        g.at("order").integer();
        g.at("analyticIntro").text();
        distinct(g.at("grewFrom").elements(), themes);
    }

    private void subgroup(JsonCursor s) {
        s.object(SUBGROUP);
        String id = subgroups.define(s);
        groupOfSubgroup.put(id, codeGroups.ref(s.at("codeGroupId")));
        s.at("name").line();
        s.at("order").integer();
        s.at("condensate").text();
        List<JsonCursor> sources = s.at("condensateSources").elements();
        distinct(sources, null);
        condensateSources.addAll(sources);
        s.at("analyticText").text();
        distinct(s.at("grewFrom").elements(), themes);
    }

    private void meaningUnit(JsonCursor u) {
        u.object(UNIT);
        String id = meaningUnits.define(u);
        String transcript = transcripts.ref(u.at("transcriptId"));
        Range r = texts.get(transcript).span(u);
        informants.refOrNull(u.at("informantId"));
        u.at("note").text();
        u.at("created").instant();
        Map<String, String> groups = new HashMap<>();
        for (JsonCursor m : u.at("memberships").elements()) {
            m.object(MEMBERSHIP);
            JsonCursor at = m.at("codeGroupId");
            String group = codeGroups.ref(at);
            String earlier = groups.putIfAbsent(group, m.path());
            if (earlier != null) {
                throw at.problem("the unit is already in code group " + group + " (" + earlier + "); a unit is in a group once.");
            }
            subgroupOf(m.at("subgroupId"), group);
        }
        units.put(id, new UnitPlace(u.path(), transcript, r.start(), r.end(), Set.copyOf(groups.keySet())));
    }

    private void quote(JsonCursor q) {
        q.object(QUOTE);
        quotes.define(q);
        UnitPlace unit = units.get(meaningUnits.ref(q.at("meaningUnitId")));
        JsonCursor groupAt = q.at("codeGroupId");
        String group = codeGroups.ref(groupAt);
        if (!unit.groups().contains(group)) {
            throw groupAt.problem("its meaning unit (" + unit.path() + ") is not in code group " + group
                    + "; a quote is chosen from the units of its group.");
        }
        subgroupOf(q.at("subgroupId"), group);
        Range r = texts.get(unit.transcriptId()).span(q);
        if (r.start() < unit.start()) {
            throw q.at("start").problem(r.start() + " is before the start (" + unit.start() + ") of its meaning unit ("
                    + unit.path() + "); a quote lies inside its unit.");
        }
        if (r.end() > unit.end()) {
            throw q.at("end").problem(r.end() + " is past the end (" + unit.end() + ") of its meaning unit ("
                    + unit.path() + "); a quote lies inside its unit.");
        }
        q.at("displayText").text();
        q.at("label").lineOrNull();
        q.at("order").integer();
    }

    private static void audit(JsonCursor e, Map<Long, String> ids) {
        e.object(AUDIT);
        JsonCursor at = e.at("id");
        String earlier = ids.putIfAbsent(at.longInteger(), e.path());
        if (earlier != null) {
            throw at.problem("the audit line number " + at.node().asText() + " is used twice (also at " + earlier + ").");
        }
        e.at("time").instant();
        e.at("action").text();
        e.at("detail").text();
    }

    /** A nullable subgroup reference that, when set, must be a subgroup of {@code group}. */
    private void subgroupOf(JsonCursor at, String group) {
        String subgroup = subgroups.refOrNull(at);
        if (subgroup != null && !groupOfSubgroup.get(subgroup).equals(group)) {
            throw at.problem("subgroup " + subgroup + " (" + subgroups.pathOf(subgroup) + ") belongs to code group "
                    + groupOfSubgroup.get(subgroup) + ", not to " + group + ".");
        }
    }

    /** A list of ids with no id twice; each must refer to {@code target} (null: checked later). */
    private static void distinct(List<JsonCursor> refs, JsonIds target) {
        Map<String, String> seen = new HashMap<>();
        for (JsonCursor ref : refs) {
            String id = target == null ? ref.id() : target.ref(ref);
            String earlier = seen.putIfAbsent(id, ref.path());
            if (earlier != null) {
                throw ref.problem(id + " is listed twice (also at " + earlier + ").");
            }
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String asciiLowerCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return b.toString();
    }

    /** Where a meaning unit is, for the quotes chosen from it. */
    private record UnitPlace(String path, String transcriptId, int start, int end, Set<String> groups) {
    }
}
