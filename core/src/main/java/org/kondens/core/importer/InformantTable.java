package org.kondens.core.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;

/**
 * Informant attributes from a CSV file, as Excel saves it: a header row whose first column is
 * the informant label ("Informant", "label", "Pseudonym" …) and whose other columns are
 * attributes (age band, profession …). Separator: comma, or semicolon (Norwegian Excel);
 * quoted cells may hold separators, quotes ("") and line breaks. Encoding as for transcripts.
 */
public final class InformantTable {

    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private InformantTable() {
    }

    public static List<InformantRow> read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new KondensException(Problem.TABLE_TOO_LARGE, name);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KondensException(e, Problem.IMPORT_CANNOT_READ, name, e.getMessage());
        }
        String text = TextNormalizer.normalize(TextFileImporter.decode(bytes, new ArrayList<>()));
        if (text.indexOf('\0') >= 0) {
            throw new KondensException(Problem.TABLE_NOT_CSV, name);
        }
        List<List<String>> rows = parse(text, separator(text), name);
        if (rows.size() < 2) {
            throw new KondensException(Problem.TABLE_TOO_SHORT, name);
        }
        List<String> header = rows.get(0);
        for (int c = 1; c < header.size(); c++) {
            if (header.get(c).isBlank()) {
                throw new KondensException(Problem.TABLE_COLUMN_UNNAMED, name, c + 1);
            }
        }
        List<InformantRow> result = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.get(0).isBlank()) {
                throw new KondensException(Problem.TABLE_ROW_UNLABELLED, name, r + 1);
            }
            if (row.size() > header.size()) {
                throw new KondensException(Problem.TABLE_ROW_TOO_LONG, name, r + 1, row.size(), header.size());
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int c = 1; c < header.size(); c++) {
                attributes.put(header.get(c).strip(), c < row.size() ? row.get(c).strip() : "");
            }
            result.add(new InformantRow(row.get(0).strip(), attributes));
        }
        return result;
    }

    /** Semicolon if the header row has more semicolons than commas (Excel in Norway writes those). */
    private static char separator(String text) {
        int eol = text.indexOf('\n');
        String header = eol < 0 ? text : text.substring(0, eol);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : header.indexOf('\t') >= 0 && commas == 0 ? '\t' : ',';
    }

    static List<List<String>> parse(String text, char sep, String name) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new KondensException(Problem.TABLE_OPEN_QUOTE, name);
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
