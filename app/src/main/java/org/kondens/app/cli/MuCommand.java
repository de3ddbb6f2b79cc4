package org.kondens.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mu", description = "Step 2: meaning units.", subcommands = {MuCommand.Add.class, MuCommand.ListUnits.class})
final class MuCommand {

    @Command(name = "add", description = "Mark a passage of a transcript as a meaning unit in one or more code groups.")
    static final class Add extends ProjectCommand {

        @Option(names = "--transcript", required = true, paramLabel = "T", description = "transcript title, file name or id")
        String transcript;

        static final class Where {
            @ArgGroup(exclusive = false)
            Offsets offsets;

            @Option(names = "--quote", paramLabel = "TEXT", description = "the exact passage (line breaks may differ)")
            String quote;
        }

        static final class Offsets {
            @Option(names = "--start", required = true, paramLabel = "N", description = "first character (0-based, UTF-16 units)")
            int start;

            @Option(names = "--end", required = true, paramLabel = "N", description = "one past the last character")
            int end;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        @Option(names = "--group", required = true, paramLabel = "G", description = "code group (repeatable)")
        List<String> groups = new ArrayList<>();

        @Option(names = "--subgroup", paramLabel = "S", description = "subgroup (with a single --group)")
        String subgroup;

        @Override
        int run(StcProject project, Printer out) {
            if (subgroup != null && groups.size() != 1) {
                throw usage("--subgroup goes with exactly one --group.");
            }
            Transcript t = project.findTranscript(transcript);
            List<Membership> memberships = new ArrayList<>();
            for (String g : groups) {
                CodeGroup group = project.findCodeGroup(g);
                memberships.add(new Membership(group.id(), subgroup == null ? null : project.findSubgroup(group.id(), subgroup).id()));
            }
            MeaningUnit u = where.quote != null
                    ? project.addMeaningUnit(t.id(), where.quote, memberships)
                    : project.addMeaningUnit(t.id(), where.offsets.start, where.offsets.end, memberships);
            ProjectSnapshot s = project.snapshot();
            out.result("Added meaning unit " + Printer.shortId(u.id()) + " [" + u.start() + "–" + u.end() + "] in '" + t.title() + "'",
                    unitJson(s, u));
            return 0;
        }
    }

    @Command(name = "list", description = "List meaning units, optionally of one code group or subgroup.")
    static final class ListUnits extends ProjectCommand {

        @Override
        boolean readsOnly() {
            return true;
        }


        @Option(names = "--group", paramLabel = "G")
        String group;

        @Option(names = "--subgroup", paramLabel = "S")
        String subgroup;

        @Override
        int run(StcProject project, Printer out) {
            if (subgroup != null && group == null) {
                throw usage("--subgroup needs --group.");
            }
            ProjectSnapshot s = project.snapshot();
            CodeGroup g = group == null ? null : project.findCodeGroup(group);
            Subgroup sub = subgroup == null ? null : project.findSubgroup(g.id(), subgroup);
            List<MeaningUnit> units = s.meaningUnits().stream()
                    .filter(u -> g == null || (sub == null ? u.isIn(g.id()) : u.isIn(g.id(), sub.id()))).toList();
            StringBuilder text = new StringBuilder();
            for (MeaningUnit u : units) {
                Map<String, Object> j = unitJson(s, u);
                text.append(Printer.shortId(u.id())).append("  ").append(j.get("transcript")).append(" [").append(u.start()).append("–")
                        .append(u.end()).append("]  ").append(j.get("informant") == null ? "" : j.get("informant")).append("  ")
                        .append(j.get("groups")).append("\n    «").append(s.textOf(u).replaceAll("\\s+", " ").strip()).append("»\n");
            }
            text.append(units.size()).append(" meaning unit").append(units.size() == 1 ? "" : "s");
            out.result(text.toString(), units.stream().map(u -> unitJson(s, u)).toList());
            return 0;
        }
    }

    static Map<String, Object> unitJson(ProjectSnapshot s, MeaningUnit u) {
        List<String> groups = new ArrayList<>();
        for (Membership m : u.memberships()) {
            String g = s.codeGroups().stream().filter(x -> x.id().equals(m.codeGroupId())).map(CodeGroup::workingName).findFirst().orElse("?");
            String sub = m.subgroupId() == null ? null
                    : s.subgroups().stream().filter(x -> x.id().equals(m.subgroupId())).map(Subgroup::name).findFirst().orElse("?");
            groups.add(sub == null ? g : g + " / " + sub);
        }
        return Printer.obj("id", u.id(), "transcript", s.transcript(u.transcriptId()).map(Transcript::title).orElse("?"),
                "informant", u.informantId() == null ? null : s.informant(u.informantId()).map(i -> i.label()).orElse(null),
                "start", u.start(), "end", u.end(), "text", s.textOf(u), "groups", groups, "note", u.note());
    }
}
