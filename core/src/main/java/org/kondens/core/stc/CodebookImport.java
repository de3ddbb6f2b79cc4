package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.PALETTE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.exchange.QdcReader;
import org.kondens.core.model.ImportRecord;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Subgroup;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Adds a REFI-QDA codebook (.qdc) to the project as one undo step: its code groups with their
 * descriptions and colours, and their subgroups. A group whose name is taken is merged into the
 * group already there (new subgroups added, a subgroup already there left alone, colour kept,
 * description filled in only where there was none), with a notice, so importing the same
 * codebook twice adds nothing.
 */
final class CodebookImport extends StcService {

    CodebookImport(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    QdcReader.Report importCodebook(Path qdc) {
        QdcReader.Codebook book = QdcReader.read(qdc);
        for (QdcReader.Group g : book.groups()) {
            Names.checkName(g.name(), Term.CODE_GROUP_NAME);
            Names.checkText(g.description(), Term.CODE_GROUP_DESCRIPTION);
            g.subgroups().forEach(s -> Names.checkName(s, Term.SUBGROUP_NAME));
        }
        // A dry run first: a codebook that adds nothing (imported before) makes no undo step.
        Added dry = read(r -> add(r, book, false));
        if (dry.changes() == 0) {
            return report(book, dry);
        }
        return change("Import codebook", book.file(), r -> {
            QdcReader.Report report = report(book, add(r, book, true));
            // Kept in the import log, in the project's language; undoing the import takes it out too.
            r.insertImportRecord(new ImportRecord(UUID.randomUUID(), db.clock().instant(), book.file(), "qdc",
                    report.lines(org.kondens.core.Messages.locale(r.project().language()))));
            return report;
        });
    }

    private static QdcReader.Report report(QdcReader.Codebook book, Added done) {
        List<Message> noticed = new ArrayList<>(book.noticed());
        noticed.addAll(done.noticed());
        return new QdcReader.Report(book.file(), done.codeGroups(), done.subgroups(), noticed);
    }

    private record Added(int codeGroups, int subgroups, int changes, List<Message> noticed) {
    }

    /** Adds {@code book} to the project (or, when {@code write} is false, only counts what it would add). */
    private static Added add(ProjectRepository r, QdcReader.Codebook book, boolean write) {
        List<Message> noticed = new ArrayList<>();
        int groupsAdded = 0;
        int subgroupsAdded = 0;
        int changes = 0;
        List<CodeGroup> groups = new ArrayList<>(r.codeGroups());
        for (QdcReader.Group g : book.groups()) {
            CodeGroup there = groups.stream().filter(x -> x.workingName().equalsIgnoreCase(g.name().strip())).findFirst().orElse(null);
            List<Subgroup> subs = new ArrayList<>();
            if (there == null) {
                there = new CodeGroup(UUID.randomUUID(), g.name().strip(), null, g.description(),
                        g.color() != null ? g.color() : PALETTE.get(groups.size() % PALETTE.size()), groups.size(), "", List.of());
                if (write) {
                    r.insertCodeGroup(there);
                }
                groups.add(there);
                groupsAdded++;
            } else {
                noticed.add(Message.of(Problem.QDC_GROUP_MERGED, there.workingName()));
                subs.addAll(r.subgroupsOf(there.id()));
                if (there.description().isBlank() && !g.description().isBlank()) {
                    CodeGroup t = there;
                    there = new CodeGroup(t.id(), t.workingName(), t.finalName(), g.description(), t.color(), t.order(),
                            t.analyticIntro(), t.grewFrom());
                    if (write) {
                        r.updateCodeGroup(there);
                    }
                    groups.set(groups.indexOf(t), there);
                    changes++;
                }
            }
            for (String name : g.subgroups()) {
                if (subs.stream().anyMatch(s -> s.name().equalsIgnoreCase(name.strip()))) {
                    noticed.add(Message.of(Problem.QDC_SUBGROUP_THERE, there.workingName(), name.strip()));
                    continue;
                }
                Subgroup s = new Subgroup(UUID.randomUUID(), there.id(), name.strip(), subs.size(), "", List.of(), "", List.of());
                if (write) {
                    r.insertSubgroup(s);
                }
                subs.add(s);
                subgroupsAdded++;
            }
        }
        return new Added(groupsAdded, subgroupsAdded, changes + groupsAdded + subgroupsAdded, noticed);
    }
}
