package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the app's looks live in kondens.css. An inline style may set only a colour that comes
 * from the data, as a looked-up colour the stylesheet uses (-group-color, -heat-color).
 */
class StyleSourceTest {

    static final Path SOURCES = Path.of("src/main/java/org/kondens/app/gui");
    static final Path SHEET = Path.of("src/main/resources/org/kondens/app/gui/kondens.css");

    /** {@code setStyle("-group-color: " + color + ";")}: one data colour, nothing else. */
    static final Pattern DATA_COLOUR = Pattern.compile("setStyle\\(\"(-[a-z]+-color): \" \\+ [^;\"]+ \\+ \";\"\\);");

    @Test
    void noInlineStyleButADataColour() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.contains("setStyle(")) {
                        continue;
                    }
                    Matcher m = DATA_COLOUR.matcher(line.strip());
                    if (m.find() && m.start() == line.strip().indexOf("setStyle(") && !line.contains("-fx-")) {
                        variables.add(m.group(1));
                    } else {
                        found.add(f.getFileName() + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "inline styles: give them a style class in kondens.css");
        String sheet = Files.readString(SHEET);
        for (String v : variables) {
            assertTrue(Pattern.compile("[:,] " + v + "[;,]").matcher(sheet).find(), v + " is set inline but kondens.css uses it nowhere");
        }
    }

    @Test
    void theScanCatchesAStyleThatComesBack() {
        assertTrue(DATA_COLOUR.matcher("r.setStyle(\"-group-color: \" + color + \";\");").find());
        assertTrue(DATA_COLOUR.matcher("p.setStyle(\"-heat-color: \" + rgba(base, alpha) + \";\");").find());
        assertTrue(!DATA_COLOUR.matcher("box.setStyle(\"-fx-background-color: -color-bg-subtle;\");").find());
        assertTrue(!DATA_COLOUR.matcher("l.setStyle(\"-fx-text-fill: \" + (dark ? \"white\" : \"black\") + \";\");").find());
        assertTrue(!DATA_COLOUR.matcher("c.box.setStyle(COLUMN);").find());
        assertTrue(!DATA_COLOUR.matcher("setStyle(\"\");").find());
    }
}
