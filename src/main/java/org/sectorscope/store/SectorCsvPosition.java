package org.sectorscope.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/**
 * Where a row of a sectors CSV puts its sector: at its {@code x} and {@code y}, or, with only a
 * {@code quadrant} letter, somewhere in that quadrant's centre, spread so that new rows do not sit on
 * each other. Empty cells keep a matched sector where it is, and leave a new one unplaced.
 */
final class SectorCsvPosition {
    /** A plain decimal as spreadsheets write one: no thousands separators, no NaN or infinity, no hex. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    /** Spread rows keep this far from the centre of their quadrant at most: clear of the dividing lines. */
    private static final double SPREAD_RADIUS = 0.4;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    /** The position a row gives, or null; or the quadrant it is to be spread in. */
    record Read(Position position, Quadrant spreadIn) {
    }

    private SectorCsvPosition() {
    }

    static Read read(Framework framework, SectorCsvHeader header, CsvParser.Record record, Sector existing,
                     List<String> errors) {
        Position kept = existing == null ? null : existing.position();
        String xCell = header.cell(record, SectorCsv.X).strip();
        String yCell = header.cell(record, SectorCsv.Y).strip();
        String letter = header.cell(record, SectorCsv.QUADRANT).strip();
        Quadrant quadrant = null;
        if (!letter.isEmpty()) {
            quadrant = framework.quadrants().stream().filter(q -> q.letter().equalsIgnoreCase(letter)).findFirst()
                    .orElse(null);
            if (quadrant == null) {
                errors.add("the quadrant " + EvidenceCsv.show(letter) + " is not one of "
                        + framework.quadrants().stream().map(Quadrant::letter).collect(Collectors.joining(", ")));
            }
        }
        if (xCell.isEmpty() && yCell.isEmpty()) {
            if (quadrant == null) {
                return new Read(kept, null);
            }
            boolean alreadyThere = kept != null && framework.quadrantOf(kept).equals(quadrant);
            return alreadyThere ? new Read(kept, null) : new Read(null, quadrant);
        }
        if (xCell.isEmpty() || yCell.isEmpty()) {
            errors.add((xCell.isEmpty() ? "y is given but x is empty" : "x is given but y is empty")
                    + "; give both, or neither and a quadrant");
            return new Read(kept, null);
        }
        Double x = coordinate("x", xCell, errors);
        Double y = coordinate("y", yCell, errors);
        if (x == null || y == null) {
            return new Read(kept, null);
        }
        Position p = new Position(x, y);
        Quadrant at = framework.quadrantOf(p);
        if (quadrant != null && !at.equals(quadrant)) {
            errors.add("x " + xCell + ", y " + yCell + " lie in quadrant " + at.letter() + ", not in quadrant "
                    + quadrant.letter() + " as the quadrant column says");
        }
        return new Read(p, null);
    }

    private static Double coordinate(String axis, String cell, List<String> errors) {
        Double v = number(cell);
        if (v == null) {
            errors.add(axis + " " + EvidenceCsv.show(cell) + " is not a number");
        } else if (v < Position.MIN || v > Position.MAX) {
            errors.add(axis + " " + cell + " is outside -1 to 1");
            return null;
        }
        return v;
    }

    /** The cell as a finite number, or null when it is not one. */
    static Double number(String cell) {
        String s = cell.strip();
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : null;
    }

    /**
     * {@code n} positions around the centre of {@code quadrant}, on a sunflower spiral (each the same
     * share of the disc, none on another), all at least {@code 0.5 - SPREAD_RADIUS} from a dividing line.
     */
    static List<Position> spread(Quadrant quadrant, int n) {
        double cx = quadrant.x() == Side.LOW ? -0.5 : 0.5;
        double cy = quadrant.y() == Side.LOW ? -0.5 : 0.5;
        List<Position> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double r = n == 1 ? 0 : SPREAD_RADIUS * Math.sqrt((k + 0.5) / n);
            double a = k * GOLDEN_ANGLE;
            out.add(new Position(cx + r * Math.cos(a), cy + r * Math.sin(a)));
        }
        return out;
    }
}
