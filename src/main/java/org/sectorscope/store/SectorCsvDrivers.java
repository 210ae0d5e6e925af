package org.sectorscope.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Ids;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;

/**
 * The drivers a sectors import refers to: the project's own, matched by name (case aside) or id, and
 * the ones the rows name that the project lacks, planned once per name so every row naming it shares
 * one new driver. A planned driver gets a shape and a colour in turn; the analyst can change them later.
 */
final class SectorCsvDrivers {
    private static final List<String> COLORS = List.of("#2b6cb0", "#b7791f", "#6b46c1", "#c05621", "#2c7a7b",
            "#97266d", "#4a5568");
    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, Driver> planned = new LinkedHashMap<>();
    private final int existing;

    SectorCsvDrivers(Project project) {
        for (Driver d : project.drivers()) {
            idByKey.putIfAbsent(key(d.name()), d.id());
        }
        for (Driver d : project.drivers()) {
            idByKey.putIfAbsent(d.id(), d.id()); // ids are matched exactly, after names
        }
        existing = project.drivers().size();
    }

    /** The id of the project's driver the cell names, "" for a blank cell, or null when it has none. */
    String idOf(String cell) {
        if (cell.isEmpty()) {
            return "";
        }
        String id = idByKey.get(key(cell));
        return id != null ? id : idByKey.get(cell);
    }

    /** The id of the driver the import would add for {@code name}, planned on first use. */
    String plan(String name) {
        return planned.computeIfAbsent(key(name), k -> {
            int n = existing + planned.size();
            MarkerShape[] shapes = MarkerShape.values();
            return new Driver(Ids.newId("driver"), name, shapes[n % shapes.length], COLORS.get(n % COLORS.size()));
        }).id();
    }

    List<Driver> planned() {
        return new ArrayList<>(planned.values());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
