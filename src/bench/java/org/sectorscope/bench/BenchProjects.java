package org.sectorscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;
import org.sectorscope.model.Targets;

/**
 * Seeded projects for the benchmarks: every sector placed uniformly in [-0.95, 0.95] on both axes, a
 * name of one to four words, a driver, and zero to six evidence items with random Admiralty grades.
 * The same seed and size always give the same project.
 */
final class BenchProjects {
    static final String[] DRIVERS = {Driver.STATE_LED, Driver.MARKET, Driver.MIXED};
    private static final String[] LETTERS = {"A", "B", "C", "D"};
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

    /**
     * A project as a briefing of {@code sectors} sectors would have it: {@link #generate}'s sectors with a
     * rationale each (one or two sentences) and evidence quoting one of three sources with a page (30 to 60
     * words a quote, zero to six items), six criteria and twelve policy options scored on them, each aimed
     * at a quadrant or two.
     */
    static Project briefing(long seed, int sectors) {
        Project base = generate(seed, sectors);
        Random r = new Random(seed + 1);
        List<Source> sources = List.of(
                new Source("src-kennedy", "Scott Kennedy", "China's uneven high-tech drive", null,
                        "Center for Strategic and International Studies (CSIS)", "2020-02", null, "1", null, null,
                        Extras.NONE),
                new Source("src-naughton", "Barry Naughton", "The rise of China's industrial policy", null, null,
                        "2021", null, null, null, null, Extras.NONE),
                new Source("src-notes", "Field notes", "Interviews, 2025", null, null, "2025", null, null, null,
                        null, Extras.NONE));
        List<Sector> list = new ArrayList<>(sectors);
        for (Sector s : base.sectors()) {
            List<Evidence> evidence = new ArrayList<>();
            for (Evidence e : s.evidence()) {
                evidence.add(new Evidence(e.id(), "The passage reads: " + words(r, 30 + r.nextInt(31)) + ".", null,
                        sources.get(r.nextInt(sources.size())).id(), Integer.toString(1 + r.nextInt(300)),
                        e.reliability(), e.credibility(), e.bearing(), List.of(), null, Extras.NONE));
            }
            Placement placement = r.nextInt(3) == 0
                    ? new Placement(Placement.Basis.REPORT, "src-kennedy", "Figure 1.2", null,
                            "The report places it here: " + words(r, 12 + r.nextInt(20)) + ".", Extras.NONE)
                    : Placement.analyst("The analyst's reading: " + words(r, 12 + r.nextInt(30)) + ".");
            list.add(s.withPlacement(placement).withEvidence(evidence));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            criteria.add(new Criterion("crit-" + i, words(r, 2 + r.nextInt(3)), null, 1 + r.nextInt(5), Extras.NONE));
        }
        List<PolicyOption> options = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<Score> scores = new ArrayList<>();
            for (Criterion c : criteria) {
                scores.add(new Score(c.id(), 1 + r.nextInt(5), null, Extras.NONE));
            }
            List<String> quadrants = r.nextBoolean() ? List.of(LETTERS[r.nextInt(LETTERS.length)]) : List.of("B", "D");
            options.add(new PolicyOption("opt-" + i, words(r, 3 + r.nextInt(4)), null, null,
                    new Targets(List.of(), quadrants, Extras.NONE), null, scores, Extras.NONE));
        }
        ProjectInfo info = new ProjectInfo(base.info().id(), "Briefing benchmark, " + sectors + " sectors",
                "Where the sectors stand", "Bench analyst", null, null, Extras.NONE);
        return new Project(info, base.framework(), sources, list, criteria, options, Extras.NONE);
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
