package org.sectorscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/**
 * Seeded projects for the benchmarks: every sector placed uniformly in [-0.95, 0.95] on both axes, a
 * name of one to four words, a driver, and zero to six evidence items with random Admiralty grades.
 * The same seed and size always give the same project.
 */
final class BenchProjects {
    static final String[] DRIVERS = {Driver.STATE_LED, Driver.MARKET, Driver.MIXED};
    private static final String[] WORDS = {"solar", "photovoltaics", "semiconductors", "batteries", "electric",
        "vehicles", "biotech", "pharmaceuticals", "commercial", "aircraft", "steel", "5G", "telecom", "robotics",
        "AI", "nuclear", "high-speed", "rail", "drones", "shipbuilding", "LNG", "machine", "tools", "software",
        "cloud", "quantum", "computing", "medical", "devices", "lithium", "rare", "earths", "wind", "turbines",
        "displays", "memory", "chips", "satellites", "agritech", "fintech", "payments", "new", "materials"};

    private BenchProjects() {
    }

    static Project generate(long seed, int sectors) {
        Random r = new Random(seed);
        ProjectInfo info = new ProjectInfo("bench-" + sectors, "Benchmark project, " + sectors + " sectors", null,
                null, null, Extras.NONE);
        List<Sector> list = new ArrayList<>(sectors);
        int evidenceNo = 0;
        for (int i = 0; i < sectors; i++) {
            int evidenceCount = r.nextInt(7);
            List<Evidence> evidence = new ArrayList<>(evidenceCount);
            for (int j = 0; j < evidenceCount; j++) {
                AxisId axis = AxisId.values()[r.nextInt(AxisId.values().length)];
                Bearing bearing = Bearing.of(axis, r.nextBoolean() ? Side.LOW : Side.HIGH);
                evidence.add(new Evidence("ev-" + evidenceNo++, "Quoted passage " + j + " about " + words(r, 2), null,
                        null, null, Reliability.values()[r.nextInt(Reliability.values().length)], 1 + r.nextInt(6),
                        bearing, List.of(), null, Extras.NONE));
            }
            Position at = new Position(uniform(r), uniform(r));
            list.add(new Sector("sector-" + i, words(r, 1 + r.nextInt(4)), DRIVERS[r.nextInt(DRIVERS.length)], null, at,
                    Placement.analyst(""), evidence, Extras.NONE));
        }
        return new Project(info, Framework.sectoralOutcomes(), List.of(), list, List.of(), List.of(), Extras.NONE);
    }

    private static double uniform(Random r) {
        return -0.95 + r.nextDouble() * 1.9;
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = WORDS[r.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return sb.toString();
    }
}
