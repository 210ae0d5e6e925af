package org.sectorscope.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Writes sectors in the format {@link SectorCsvReader} reads (docs/sectors-csv.md): a CSV file, or the
 * tab-separated rows a spreadsheet pastes. Text cells are formula-guarded ({@link CsvCells}), so a
 * sector named "=HYPERLINK(...)" opens in a spreadsheet as text. Reading the output back against the
 * same project changes nothing.
 */
public final class SectorCsvWriter {
    private SectorCsvWriter() {
    }

    /** The rows of {@code sectors} (of {@code project}) with their header, separated by {@code separator}. */
    public static String text(Project project, List<Sector> sectors, char separator) {
        List<CustomField> fields = writtenFields(project);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(SectorCsv.COLUMNS);
        fields.forEach(f -> header.add(f.name()));
        out.append(CsvCells.row(header.stream().map(h -> CsvCells.text(h, separator)).toList(), separator));
        for (Sector s : sectors) {
            out.append(CsvCells.row(cells(project, s, fields, separator), separator));
        }
        return out.toString();
    }

    /** A CSV file's bytes: UTF-8 with a byte order mark, so Excel reads it as UTF-8. */
    public static byte[] csvBytes(Project project, List<Sector> sectors) {
        return (CsvCells.BYTE_ORDER_MARK + text(project, sectors, SectorCsv.COMMA)).getBytes(StandardCharsets.UTF_8);
    }

    /** The custom fields that get a column: all but one named like a built-in column, which could not be read back. */
    private static List<CustomField> writtenFields(Project project) {
        Set<String> builtIn = new HashSet<>();
        SectorCsv.COLUMNS.forEach(c -> builtIn.add(c.toLowerCase(Locale.ROOT)));
        Set<String> seen = new HashSet<>();
        return project.fields().stream()
                .filter(f -> !builtIn.contains(f.name().strip().toLowerCase(Locale.ROOT))
                        && seen.add(f.name().strip().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static List<String> cells(Project project, Sector s, List<CustomField> fields, char sep) {
        Placement p = s.placement();
        List<String> cells = new ArrayList<>(List.of(
                CsvCells.text(s.id(), sep),
                CsvCells.text(s.name(), sep),
                CsvCells.text(project.driverNameOf(s), sep),
                s.isPlaced() ? CsvCells.number(Position.text(s.position().x())) : "",
                s.isPlaced() ? CsvCells.number(Position.text(s.position().y())) : "",
                CsvCells.text(project.quadrantOf(s).map(q -> q.letter()).orElse(""), sep),
                CsvCells.text(s.summary(), sep),
                CsvCells.text(p.rationale(), sep),
                CsvCells.text(p.basis().key(), sep),
                CsvCells.text(p.sourceId(), sep),
                CsvCells.text(p.locator(), sep),
                CsvCells.text(p.quote(), sep),
                CsvCells.text(String.join(EvidenceCsv.TAG_SEPARATOR, s.tags()), sep)));
        for (CustomField f : fields) {
            FieldValue v = s.fields().get(f.id());
            cells.add(v == null ? "" : v.isNumber() ? CsvCells.number(number(v.number())) : CsvCells.text(v.text(), sep));
        }
        return cells;
    }

    /** A number as it reads back exactly: the shortest decimal of the double, without exponent or ".0". */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
