package org.sectorscope.model;

import java.util.List;

/**
 * The small test project ({@link TestProjects#small()}, no author, so its own analyst is "Project") with two
 * more analysts' layers:
 * <ul>
 *   <li>Lin Wei: Solar (-0.5, 0.4) A, Semiconductors (0.3, -0.6) D, Biotech (0.4, 0.7) C, and a sector the
 *       project lacks, {@link #BATTERIES} (0.2, 0.2);</li>
 *   <li>Ngozi Okafor: Solar (-0.7, 0.6) A, Semiconductors (0.2, -0.2) D; nothing else.</li>
 * </ul>
 * So Semiconductors is contested (the project says B, both others D), Solar agreed by three, Biotech by two,
 * Commercial aircraft placed by the project alone.
 */
public final class TestTeams {
    public static final String LIN = "layer-lin";
    public static final String OKAFOR = "layer-okafor";
    public static final String BATTERIES = "sector-batteries";

    private TestTeams() {
    }

    public static AnalystLayer lin() {
        return new AnalystLayer(LIN, "Lin Wei", List.of(
                placement(TestProjects.SOLAR, -0.5, 0.4, "Cost leadership is a global gain."),
                placement(TestProjects.CHIPS, 0.3, -0.6, "Behind at the frontier."),
                placement(TestProjects.BIOTECH, 0.4, 0.7, null),
                placement(BATTERIES, 0.2, 0.2, "Kept from an older version of the project.")), Extras.NONE);
    }

    public static AnalystLayer okafor() {
        return new AnalystLayer(OKAFOR, "Ngozi Okafor", List.of(
                placement(TestProjects.SOLAR, -0.7, 0.6, null),
                placement(TestProjects.CHIPS, 0.2, -0.2, null)), Extras.NONE);
    }

    /** The small project with both layers: three analysts in all. */
    public static Project threeAnalysts() {
        Project p = TestProjects.small();
        return p.withTeamwork(p.teamwork().withAnalysts(List.of(lin(), okafor())));
    }

    public static AnalystPlacement placement(String sectorId, double x, double y, String rationale) {
        return new AnalystPlacement(sectorId, new Position(x, y), rationale, Extras.NONE);
    }
}
