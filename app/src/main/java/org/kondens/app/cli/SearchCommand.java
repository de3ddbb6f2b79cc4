package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchHit;
import org.kondens.core.search.IndexKeeper;
import org.kondens.core.search.SearchResult;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {
    "Search the transcripts: words find every inflection, \"exact phrase\", =exact, prefix*, \"a b\"~5,",
    "AND/OR/NOT (og/eller/ikke in Norwegian projects), brackets. Hits give offsets for 'mu add --start --end'."})
final class SearchCommand extends ProjectCommand {

    @Override
    boolean readsOnly() {
        return true;
    }

    @Parameters(index = "1", paramLabel = "QUERY", description = "what to look for; may start with - (\"-bolig jobb\": jobb, not bolig)")
    String query;

    @Option(names = "--informant", paramLabel = "LABEL", description = "only this informant (repeatable)")
    List<String> informants = new ArrayList<>();

    @Option(names = "--transcript", paramLabel = "T", description = "only this transcript (repeatable)")
    List<String> transcripts = new ArrayList<>();

    @Option(names = "--role", paramLabel = "informant|interviewer", description = "only what informants or interviewers say")
    String role;

    @Option(names = "--group", paramLabel = "G", description = "only inside meaning units of this code group")
    String group;

    @Option(names = "--subgroup", paramLabel = "S", description = "only inside meaning units of this subgroup (with --group)")
    String subgroup;

    @Option(names = "--code-path", paramLabel = "PATH", description = "only inside meaning units whose kept code path (a code "
            + "another tool had below the subgroup) names PATH, e.g. 'Hjelp › Fra ansatte' or 'Fra ansatte'")
    String codePath;

    @Option(names = "--uncoded", description = "only text outside every meaning unit")
    boolean uncoded;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "show hits of the first N passages (default 50)")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N",
            description = "skip the first N passages: with --limit, one page (--offset 50 --limit 50 is the second page of 50)")
    int offset;

    @Option(names = "--cache", paramLabel = "DIR", description = "index cache folder (default: the user's cache folder)")
    Path cache;

    @Override
    int run(StcProject project, Printer out) {
        if (limit < 0 || offset < 0) {
            throw usage("--limit and --offset are 0 or more.");
        }
        ProjectSnapshot s = project.snapshot();
        SearchFilter filter = filter(project);
        java.io.PrintWriter err = spec.commandLine().getErr();
        int[] indexed = {0};
        long t0 = System.nanoTime();
        try (IndexKeeper index = new IndexKeeper(cache != null ? cache : org.kondens.core.CacheFolder.root(),
                st -> indexed[0] = st.state() == IndexKeeper.State.BUILDING ? st.done() : indexed[0])) {
            IndexKeeper.Status st = index.keepUp(s);
            if (st.notice() != null) {
                err.println("kondens: " + st.notice());
            }
            if (indexed[0] > 0) {
                err.println("Indexed " + indexed[0] + " transcripts in " + (System.nanoTime() - t0) / 1_000_000 + " ms.");
            }
            SearchResult result = index.search(s, query, filter, offset, limit);
            out.result(text(result), json(result));
        }
        return 0;
    }

    private SearchFilter filter(StcProject project) {
        Set<UUID> informantIds = new HashSet<>();
        informants.forEach(l -> informantIds.add(project.findInformant(l).id()));
        Set<UUID> transcriptIds = new HashSet<>();
        transcripts.forEach(t -> transcriptIds.add(project.findTranscript(t).id()));
        SpeakerRole speakerRole = null;
        if (role != null) {
            speakerRole = switch (role.toLowerCase(java.util.Locale.ROOT)) {
                case "informant", "informants" -> SpeakerRole.INFORMANT;
                case "interviewer", "interviewers", "moderator" -> SpeakerRole.INTERVIEWER;
                default -> throw usage("--role is 'informant' or 'interviewer', not '" + role + "'.");
            };
        }
        if (subgroup != null && group == null) {
            throw usage("--subgroup goes with --group.");
        }
        CodeGroup g = group == null ? null : project.findCodeGroup(group);
        UUID sub = subgroup == null ? null : project.findSubgroup(g.id(), subgroup).id();
        if (codePath != null && uncoded) {
            throw usage("--code-path and --uncoded exclude each other.");
        }
        return new SearchFilter(informantIds, transcriptIds, speakerRole, g == null ? null : g.id(), sub, uncoded).withCodePath(codePath);
    }

    private static String text(SearchResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.passages()).append(r.passages() == 1 ? " passage" : " passages").append(" with hits");
        if (!r.perInformant().isEmpty()) {
            s.append(" — ").append(counts(r.perInformant()));
        }
        s.append('\n');
        for (SearchHit h : r.hits()) {
            s.append(String.format("%-14s %-12s %7d  …%s[%s]%s…%n", shorten(h.transcriptTitle(), 14),
                    shorten(h.speaker() == null ? "" : h.speaker(), 12), h.start(), h.left(), h.match(), h.right()));
        }
        if (r.truncated()) {
            s.append(String.format("(hits of passages %d–%d only; --offset %d for the next, or --limit N for more)%n",
                    r.offset() + 1, r.nextOffset(), r.nextOffset()));
        }
        s.append("Per transcript: ").append(counts(r.perTranscript()));
        return s.toString();
    }

    private static String counts(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k + " (" + v + ")"));
        return String.join(", ", parts);
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static Map<String, Object> json(SearchResult r) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            hits.add(Printer.obj("transcript", h.transcriptTitle(), "transcriptId", h.transcriptId().toString(),
                    "speaker", h.speaker(), "informantId", h.informantId() == null ? null : h.informantId().toString(),
                    "role", h.role() == null ? null : h.role().name().toLowerCase(java.util.Locale.ROOT),
                    "start", h.start(), "end", h.end(), "sentenceStart", h.sentenceStart(), "sentenceEnd", h.sentenceEnd(),
                    "left", h.left(), "match", h.match(), "right", h.right()));
        }
        return Printer.obj("query", r.query(), "passages", r.passages(), "perInformant", r.perInformant(),
                "perTranscript", r.perTranscript(), "truncated", r.truncated(), "offset", r.offset(), "nextOffset", r.nextOffset(),
                "hits", hits);
    }
}
