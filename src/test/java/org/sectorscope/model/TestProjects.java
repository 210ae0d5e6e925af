package org.sectorscope.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Projects for tests: one small hand-built project whose every number is known, and a seeded
 * generator of random but valid projects. Shared by model, store, logic, command, CLI and UI tests.
 *
 * <p>{@link #small()} uses {@link Framework#sectoralOutcomes()} (A: x low / y high, B: low / low,
 * C: high / high, D: high / low) and holds:
 * <ul>
 *   <li>sectors, in this order: {@link #SOLAR} in A, {@link #CHIPS} in B, {@link #BIOTECH} in C,
 *       {@link #AIRCRAFT} in D, with 2, 2, 1 and 0 evidence items (5 in all);</li>
 *   <li>sources {@link #KENNEDY} and {@link #NAUGHTON};</li>
 *   <li>criteria {@link #GROWTH} (weight 2), {@link #SECURITY} (1), {@link #COST} (1);</li>
 *   <li>options {@link #SUBSIDY} (targets sector CHIPS and quadrant B; scores 4, 5, 2; total 3.75)
 *       and {@link #OPENNESS} (targets quadrant D; scores 3, 2 and no COST score; total 2.0).</li>
 * </ul>
 */
public final class TestProjects {
    public static final String PROJECT_ID = "project-small";
    public static final String TITLE = "Small test project";

    public static final String KENNEDY = "src-kennedy";
    public static final String NAUGHTON = "src-naughton";

    public static final String SOLAR = "sector-solar";
    public static final String CHIPS = "sector-chips";
    public static final String BIOTECH = "sector-biotech";
    public static final String AIRCRAFT = "sector-aircraft";

    public static final String GROWTH = "crit-growth";
    public static final String SECURITY = "crit-security";
    public static final String COST = "crit-cost";

    public static final String SUBSIDY = "opt-subsidy";
    public static final String OPENNESS = "opt-openness";

    /** Evidence items in {@link #small()}. */
    public static final int SMALL_EVIDENCE = 5;

    private TestProjects() {
    }

    /** The small hand-built project described in the class comment. */
    public static Project small() {
        ProjectInfo info = new ProjectInfo(PROJECT_ID, TITLE, "Four sectors, one per quadrant",
                "Source: Test fixture.", null, Extras.NONE);
        List<Source> sources = List.of(
                new Source(KENNEDY, "Scott Kennedy", "China's uneven high-tech drive",
                        "China's Uneven High-Tech Drive", "CSIS", "2020-02", "https://example.org/kennedy",
                        "1", "1-12", null, Extras.NONE),
                new Source(NAUGHTON, "Barry Naughton", "Industrial policy notes", null, null, "2021", null, null,
                        null, null, Extras.NONE));
        List<Sector> sectors = List.of(
                new Sector(SOLAR, "Solar PV", Driver.STATE_LED, "World-leading manufacturing at low cost.",
                        new Position(-0.6, 0.5),
                        new Placement(Placement.Basis.REPORT, KENNEDY, "The report calls it a success.", Extras.NONE),
                        List.of(
                                new Evidence("ev-solar-1", "Chinese firms dominate every stage of the supply chain.",
                                        null, KENNEDY, "12", Reliability.B, 2, new Bearing(AxisId.X, Side.LOW),
                                        List.of("supply-chain"), "2024-01-10", Extras.NONE),
                                new Evidence("ev-solar-2", null, "Cheaper panels helped buyers everywhere.", null, null,
                                        Reliability.C, 3, new Bearing(AxisId.Y, Side.HIGH), List.of(), null,
                                        Extras.NONE)),
                        Extras.NONE),
                new Sector(CHIPS, "Semiconductors", Driver.STATE_LED, null, new Position(-0.4, -0.7),
                        Placement.analyst("Gains at home, overcapacity abroad."),
                        List.of(
                                new Evidence("ev-chips-1", "Mature-node capacity is expanding fast.",
                                        "Overcapacity risk.", NAUGHTON, null, Reliability.B, 3,
                                        new Bearing(AxisId.Y, Side.LOW), List.of("capacity", "prices"), null,
                                        Extras.NONE),
                                new Evidence("ev-chips-2", null, "Context only.", null, null, Reliability.F, 6,
                                        Bearing.NONE, List.of(), null, Extras.NONE)),
                        Extras.NONE),
                new Sector(BIOTECH, "Biotech", Driver.MARKET, null, new Position(0.5, 0.6),
                        Placement.analyst("Little global effect yet."),
                        List.of(new Evidence("ev-biotech-1", "Few novel drugs so far.", null, KENNEDY, "40",
                                Reliability.A, 1, new Bearing(AxisId.X, Side.HIGH), List.of(), null, Extras.NONE)),
                        Extras.NONE),
                new Sector(AIRCRAFT, "Commercial aircraft", Driver.STATE_LED, null, new Position(0.7, -0.3),
                        Placement.analyst("Costly and behind."), List.of(), Extras.NONE));
        List<Criterion> criteria = List.of(
                new Criterion(GROWTH, "Growth", "Adds to output", 2, Extras.NONE),
                new Criterion(SECURITY, "Security", null, 1, Extras.NONE),
                new Criterion(COST, "Fiscal cost", null, 1, Extras.NONE));
        List<PolicyOption> options = List.of(
                new PolicyOption(SUBSIDY, "Targeted subsidies", "Support for mature nodes", KENNEDY,
                        new Targets(List.of(CHIPS), List.of("B"), Extras.NONE), "move from B toward A",
                        List.of(new Score(GROWTH, 4, "More output", Extras.NONE),
                                new Score(SECURITY, 5, "Less dependence", Extras.NONE),
                                new Score(COST, 2, "Expensive", Extras.NONE)),
                        Extras.NONE),
                new PolicyOption(OPENNESS, "Open procurement", null, null,
                        new Targets(List.of(), List.of("D"), Extras.NONE), null,
                        List.of(new Score(GROWTH, 3, "", Extras.NONE),
                                new Score(SECURITY, 2, "Foreign suppliers", Extras.NONE)),
                        Extras.NONE));
        return new Project(info, Framework.sectoralOutcomes(), sources, sectors, criteria, options, Extras.NONE);
    }

    /** A random valid project with the given number of sectors; the same seed gives the same project. */
    public static Project random(long seed, int sectors) {
        return new Generator(new Random(seed)).project(sectors);
    }

    /** A random valid project with 0 to 12 sectors. */
    public static Project random(long seed) {
        Random r = new Random(seed);
        return new Generator(r).project(r.nextInt(13));
    }

    /**
     * Builds random projects. Optional strings are null or non-empty (the file format leaves out empty
     * optional strings, so "" would read back as null); required strings are non-empty; unknown fields
     * only hold the value types a JSON parser produces (Integer, Long, BigInteger, Double, Boolean,
     * String, List, Map, null), so a saved and re-read project is equal to the original.
     */
    private static final class Generator {
        private static final String[] WORDS = {"solar", "chips", "Batteries", "EV", "biotech", "aircraft",
            "steel", "5G", "robotics", "AI", "nuclear", "rail", "drones", "ships", "LNG"};
        private static final String[] ODD = {"é", "中国", "\"quoted\"", "back\\slash", "tab\there",
            "line\nbreak", "emoji \uD83D\uDE80", "</script>", "{not json}", "\u007Fdel", "  spaced  "};
        private static final String[] LETTER_SETS = {"ABCD", "WXYZ", "1234"};

        private final Random r;

        Generator(Random r) {
            this.r = r;
        }

        Project project(int sectorCount) {
            ProjectInfo info = new ProjectInfo("project-" + r.nextInt(1_000_000), text(), optional(), optional(),
                    optional(), extras());
            Framework framework = framework();
            List<Source> sources = new ArrayList<>();
            int sourceCount = r.nextInt(4);
            for (int i = 0; i < sourceCount; i++) {
                sources.add(new Source("src-" + i, r.nextBoolean() ? text() : "", text(), optional(), optional(),
                        optional(), optional(), optional(), optional(), optional(), extras()));
            }
            List<Driver> drivers = new ArrayList<>(Driver.defaults());
            if (r.nextBoolean()) {
                drivers.add(new Driver("driver-own", text(), MarkerShape.values()[r.nextInt(3)],
                        String.format("#%06x", r.nextInt(0x1000000)), extras()));
            }
            List<CustomField> fields = r.nextBoolean() ? List.of()
                    : List.of(new CustomField("field-output", text(), CustomField.Kind.NUMBER, optional(), extras()),
                            new CustomField("field-firm", text(), CustomField.Kind.TEXT, null, extras()));
            List<Sector> sectors = new ArrayList<>();
            int evidenceNo = 0;
            for (int i = 0; i < sectorCount; i++) {
                List<Evidence> evidence = new ArrayList<>();
                int n = r.nextInt(4);
                for (int j = 0; j < n; j++) {
                    evidence.add(evidence("ev-" + evidenceNo++, sources));
                }
                Placement placement = new Placement(r.nextBoolean() ? Placement.Basis.REPORT : Placement.Basis.ANALYST,
                        pickSource(sources), r.nextBoolean() ? text() : "", extras());
                String driver = r.nextBoolean() ? drivers.get(r.nextInt(drivers.size())).id() : "";
                sectors.add(new Sector("sector-" + i, text(), driver, optional(), position(), placement, evidence,
                        List.of(), tags(), fieldValues(fields), extras(), Extras.NONE));
            }
            List<Criterion> criteria = new ArrayList<>();
            int criterionCount = r.nextInt(5);
            for (int i = 0; i < criterionCount; i++) {
                criteria.add(new Criterion("crit-" + i, text(), optional(), weight(), extras()));
            }
            List<PolicyOption> options = new ArrayList<>();
            int optionCount = r.nextInt(5);
            for (int i = 0; i < optionCount; i++) {
                options.add(option("opt-" + i, sources, sectors, framework, criteria));
            }
            return new Project(info, framework, drivers, fields, sources, sectors, criteria, options, extras());
        }

        private List<String> tags() {
            Set<String> tags = new LinkedHashSet<>();
            for (int n = r.nextInt(3); n > 0; n--) {
                tags.add(WORDS[r.nextInt(WORDS.length)]);
            }
            return List.copyOf(tags);
        }

        private Map<String, FieldValue> fieldValues(List<CustomField> fields) {
            Map<String, FieldValue> values = new LinkedHashMap<>();
            for (CustomField f : fields) {
                if (r.nextBoolean()) {
                    values.put(f.id(), f.kind() == CustomField.Kind.NUMBER ? FieldValue.of(r.nextDouble() * 1e4 - 10)
                            : FieldValue.of(text()));
                }
            }
            return values;
        }

        private Framework framework() {
            if (r.nextInt(3) > 0) {
                Framework f = Framework.sectoralOutcomes();
                return new Framework(f.name(), f.xAxis(), f.yAxis(), f.quadrants(), extras());
            }
            String letters = LETTER_SETS[r.nextInt(LETTER_SETS.length)];
            List<Quadrant> quadrants = new ArrayList<>();
            Side[][] cells = {{Side.LOW, Side.HIGH}, {Side.LOW, Side.LOW}, {Side.HIGH, Side.HIGH}, {Side.HIGH, Side.LOW}};
            for (int i = 0; i < 4; i++) {
                quadrants.add(new Quadrant(cells[i][0], cells[i][1], String.valueOf(letters.charAt(i)), text(),
                        String.format("#%06X", r.nextInt(0x1000000)), extras()));
            }
            Collections.shuffle(quadrants, r);
            return new Framework(text(), new Axis(text(), text(), text(), extras()),
                    new Axis(text(), text(), text(), extras()), quadrants, extras());
        }

        private Evidence evidence(String id, List<Source> sources) {
            String quote = null;
            String note = null;
            switch (r.nextInt(3)) {
                case 0 -> quote = text();
                case 1 -> note = text();
                default -> {
                    quote = text();
                    note = text();
                }
            }
            AxisId axis = AxisId.values()[r.nextInt(3)];
            Bearing bearing = Bearing.of(axis, r.nextBoolean() ? Side.LOW : Side.HIGH);
            List<String> tags = new ArrayList<>();
            int n = r.nextInt(3);
            for (int i = 0; i < n; i++) {
                tags.add(WORDS[r.nextInt(WORDS.length)]);
            }
            return new Evidence(id, quote, note, pickSource(sources), optional(),
                    Reliability.values()[r.nextInt(6)], 1 + r.nextInt(6), bearing, tags,
                    r.nextBoolean() ? "2024-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) : null, extras());
        }

        private PolicyOption option(String id, List<Source> sources, List<Sector> sectors, Framework framework,
                                    List<Criterion> criteria) {
            List<String> sectorIds = new ArrayList<>();
            for (Sector s : sectors) {
                if (r.nextInt(3) == 0) {
                    sectorIds.add(s.id());
                }
            }
            List<String> letters = new ArrayList<>();
            for (Quadrant q : framework.quadrants()) {
                if (r.nextInt(3) == 0) {
                    letters.add(q.letter());
                }
            }
            List<Score> scores = new ArrayList<>();
            for (Criterion c : criteria) {
                if (r.nextInt(4) > 0) {
                    scores.add(new Score(c.id(), 1 + r.nextInt(5), r.nextBoolean() ? text() : "", extras()));
                }
            }
            return new PolicyOption(id, text(), optional(), pickSource(sources),
                    new Targets(sectorIds, letters, extras()), optional(), scores, extras());
        }

        private Position position() {
            return new Position(coordinate(), coordinate());
        }

        private double coordinate() {
            return switch (r.nextInt(8)) {
                case 0 -> -1.0;
                case 1 -> 1.0;
                case 2 -> 0.0;
                case 3 -> (r.nextBoolean() ? 1 : -1) * 1e-7;
                case 4 -> Math.round((r.nextDouble() * 2 - 1) * 100) / 100.0;
                default -> r.nextDouble() * 2 - 1;
            };
        }

        private double weight() {
            return switch (r.nextInt(4)) {
                case 0 -> 0.0;
                case 1 -> 1 + r.nextInt(5);
                default -> r.nextDouble() * 10;
            };
        }

        private String pickSource(List<Source> sources) {
            return sources.isEmpty() || r.nextBoolean() ? null : sources.get(r.nextInt(sources.size())).id();
        }

        /** A non-empty string, sometimes with characters that need escaping. */
        private String text() {
            StringBuilder sb = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
            int n = r.nextInt(3);
            for (int i = 0; i < n; i++) {
                sb.append(' ').append(r.nextInt(4) == 0 ? ODD[r.nextInt(ODD.length)] : WORDS[r.nextInt(WORDS.length)]);
            }
            return sb.toString();
        }

        private String optional() {
            return r.nextBoolean() ? null : text();
        }

        private Extras extras() {
            if (r.nextInt(4) > 0) {
                return Extras.NONE;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                fields.put("x-" + WORDS[r.nextInt(WORDS.length)].toLowerCase(Locale.ROOT) + i, value(0));
            }
            return Extras.of(fields);
        }

        private Object value(int depth) {
            int kind = r.nextInt(depth >= 3 ? 7 : 9);
            return switch (kind) {
                case 0 -> text();
                case 1 -> r.nextInt(2001) - 1000;
                case 2 -> (long) Integer.MAX_VALUE + 1 + r.nextInt(1000);
                case 3 -> BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(1 + r.nextInt(1000)));
                case 4 -> Math.round(r.nextDouble() * 1e6) / 1e3;
                case 5 -> r.nextBoolean();
                case 6 -> "";
                case 7 -> {
                    List<Object> list = new ArrayList<>();
                    int n = r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        list.add(value(depth + 1));
                    }
                    yield list;
                }
                default -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    int n = r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        map.put("k" + i, value(depth + 1));
                    }
                    yield map;
                }
            };
        }
    }
}
