package org.kondens.app.cli;

import java.nio.file.Path;
import org.kondens.core.export.ProjectJson;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export the project. Formats: json (the whole project, see docs/json-format.md).")
final class ExportCommand extends ProjectCommand {

    @Option(names = "--format", required = true, paramLabel = "F", description = "json")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path outFile;

    @Override
    int run(StcProject project, Printer out) {
        if (!format.equals("json")) {
            throw usage("Unknown --format '" + format + "'; available: json.");
        }
        ProjectJson.write(project.snapshot(), outFile);
        out.result("Exported " + projectFile.getFileName() + " as " + format + " to " + outFile,
                Printer.obj("format", format, "out", outFile.toString()));
        return 0;
    }
}
