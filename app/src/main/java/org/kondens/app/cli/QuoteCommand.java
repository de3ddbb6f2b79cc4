package org.kondens.app.cli;

import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Quote;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quote", description = "Steps 3–4: choose an illustrative quote from a meaning unit for a subgroup (or the whole code group).")
final class QuoteCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "GROUP")
    String group;

    @Parameters(index = "2", arity = "0..1", paramLabel = "SUBGROUP")
    String subgroup;

    @Option(names = "--mu", required = true, paramLabel = "ID", description = "the meaning unit (id or id prefix)")
    String unit;

    @Option(names = "--text", paramLabel = "EDITED", description = "the text as shown, e.g. with (…) omissions")
    String text;

    @Option(names = "--label", paramLabel = "L", description = "label after the quote (default: the informant's label)")
    String label;

    @Option(names = "--start", paramLabel = "N", description = "narrow the quote to part of the unit")
    Integer start;

    @Option(names = "--end", paramLabel = "N")
    Integer end;

    @Override
    int run(StcProject project, Printer out) {
        CodeGroup g = project.findCodeGroup(group);
        MeaningUnit u = project.findMeaningUnit(unit);
        Quote q = project.addQuote(u.id(), g.id(), subgroup == null ? null : project.findSubgroup(g.id(), subgroup).id(),
                start, end, text, label);
        out.result("«" + q.displayText() + "» (" + project.snapshot().labelOf(q) + ")", q);
        return 0;
    }
}
