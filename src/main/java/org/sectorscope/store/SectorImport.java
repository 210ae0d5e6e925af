package org.sectorscope.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Ids;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * The preview of a sectors import (docs/sectors-csv.md): every data row in order, valid or not,
 * warnings about the file as a whole, and the drivers the rows name that the project lacks, which the
 * import adds only when asked. Reading changes nothing; {@link #applyTo} makes the whole change at
 * once, and only when no row has a problem: an import is never partial.
 */
public record SectorImport(List<SectorImportRow> rows, List<String> warnings, List<Driver> newDrivers) {
    /** How many rows of each status. */
    public record Counts(int added, int updates, int unchanged, int errors) {
        /** How many sectors importing with {@code choice} adds or replaces. */
        public int changes(OnExisting choice) {
            return added + (choice == OnExisting.UPDATE ? updates : 0);
        }
    }

    public SectorImport {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        newDrivers = List.copyOf(newDrivers);
    }

    /** The rows that stop the import, with or without adding the missing drivers. */
    public List<SectorImportRow> problemRows(boolean addDrivers) {
        return rows.stream().filter(r -> r.problem(addDrivers) != null).toList();
    }

    public boolean canImport(boolean addDrivers) {
        return problemRows(addDrivers).isEmpty();
    }

    /** Counts with or without adding the missing drivers (rows needing one count as errors without). */
    public Counts counts(boolean addDrivers) {
        int[] n = new int[SectorImportRow.Status.values().length];
        for (SectorImportRow r : rows) {
            SectorImportRow.Status s = r.problem(addDrivers) != null ? SectorImportRow.Status.ERROR : r.status();
            n[s.ordinal()]++;
        }
        return new Counts(n[0], n[1], n[2], n[3]);
    }

    /**
     * A copy of {@code project} with the new sectors appended in file order, with UPDATE each differing
     * sector replaced in place (a move into another quadrant recorded in its history at {@code at}, as a
     * drag would), and the missing drivers those sectors use appended. With nothing to do, answers
     * {@code project} itself. Fails with IllegalStateException when a row has a problem, and with
     * IllegalArgumentException when the project changed since the preview was read.
     */
    public Project applyTo(Project project, OnExisting choice, boolean addDrivers, String at) {
        List<SectorImportRow> problems = problemRows(addDrivers);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() + " rows cannot be imported; the first, on line "
                    + problems.get(0).line() + ": " + problems.get(0).problem(addDrivers));
        }
        Map<String, Sector> replacements = new HashMap<>();
        List<Sector> added = new ArrayList<>();
        for (SectorImportRow row : rows) {
            switch (row.status()) {
                case NEW -> {
                    if (project.sector(row.sector().id()).isPresent()) {
                        throw new IllegalArgumentException("sector id " + row.sector().id() + " is already used");
                    }
                    added.add(row.sector());
                }
                case UPDATE -> {
                    if (choice == OnExisting.UPDATE) {
                        Sector now = project.sector(row.existing().id()).orElse(null);
                        if (!row.existing().equals(now)) {
                            throw new IllegalArgumentException("sector " + row.name() + " has changed since the"
                                    + " file was read");
                        }
                        replacements.put(now.id(), withMove(project, now, row.sector(), at));
                    }
                }
                default -> {
                }
            }
        }
        if (added.isEmpty() && replacements.isEmpty()) {
            return project;
        }
        Project next = replacements.isEmpty() ? project : project.withSectorsReplaced(replacements.values());
        if (!added.isEmpty()) {
            List<Sector> all = new ArrayList<>(next.sectors());
            all.addAll(added);
            next = next.withSectors(all);
        }
        // only the new drivers a sector the import makes or changes refers to (a skipped update adds none)
        Set<String> used = new HashSet<>();
        added.forEach(s -> used.add(s.driver()));
        replacements.values().forEach(s -> used.add(s.driver()));
        List<Driver> drivers = new ArrayList<>(next.drivers());
        newDrivers.stream().filter(d -> used.contains(d.id())).forEach(drivers::add);
        if (drivers.size() > next.drivers().size()) {
            next = next.withDrivers(drivers);
        }
        return next;
    }

    /** The largest change the import can make (UPDATE, drivers added): what the size check measures. */
    Project largest(Project project) {
        return applyTo(project, OnExisting.UPDATE, true, "1970-01-01T00:00:00Z");
    }

    private static Sector withMove(Project project, Sector before, Sector after, String at) {
        Quadrant from = project.quadrantOf(before).orElse(null);
        Quadrant to = project.quadrantOf(after).orElse(null);
        if (to == null || Objects.equals(from, to)) {
            return after;
        }
        return after.withChange(new PlacementChange(Ids.newId("move"), at, before.position(), after.position(),
                from == null ? null : from.letter(), to.letter(), null, null));
    }
}
