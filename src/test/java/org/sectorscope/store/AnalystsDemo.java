package org.sectorscope.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * A crowded demo for screenshots of "ghost markers with three analysts": the bundled sample with two more
 * analysts' layers (Lin Wei and Ngozi Okafor), each near the sample's placements with some sectors pulled
 * across a line, Okafor leaving a few unplaced, and Lin placing one sector the sample lacks (flagged in her
 * view). The same every time. Write it with
 * {@code mvn -q -o test-compile && java -cp "target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath
 * -Dmdep.outputFile=/dev/stdout)" org.sectorscope.store.AnalystsDemo /tmp/team.sectorscope.json}, open it, and
 * choose Analysts: Consensus on the canvas.
 */
public final class AnalystsDemo {
    public static final String LIN = "layer-demo-lin";
    public static final String OKAFOR = "layer-demo-okafor";
    public static final String LACKING = "sodium-ion-batteries";

    private AnalystsDemo() {
    }

    public static Project sampleWithTeam() throws ProjectFileException {
        Project sample = ProjectStore.loadSample();
        List<AnalystPlacement> lin = placements(sample, 11, 0.22, 4, 1.0);
        lin.add(new AnalystPlacement(LACKING, new Position(-0.35, 0.3), "Belongs in the next edition.", Extras.NONE));
        List<AnalystPlacement> okafor = placements(sample, 29, 0.3, 3, 0.8);
        return sample.withTeamwork(sample.teamwork().withAnalysts(List.of(
                new AnalystLayer(LIN, "Lin Wei", lin, Extras.NONE),
                new AnalystLayer(OKAFOR, "Ngozi Okafor", okafor, Extras.NONE))));
    }

    /**
     * Each placed sector moved by up to {@code jitter}, every {@code flipEvery}-th pulled across the vertical
     * line, and only a share {@code placedShare} of them placed at all.
     */
    private static List<AnalystPlacement> placements(Project p, long seed, double jitter, int flipEvery,
                                                     double placedShare) {
        Random random = new Random(seed);
        List<AnalystPlacement> out = new ArrayList<>();
        int i = 0;
        for (Sector s : p.sectors()) {
            if (!s.isPlaced() || random.nextDouble() > placedShare) {
                continue;
            }
            double x = s.position().x() + (random.nextDouble() * 2 - 1) * jitter;
            double y = s.position().y() + (random.nextDouble() * 2 - 1) * jitter;
            if (++i % flipEvery == 0) {
                x = -x * 0.6;
            }
            out.add(new AnalystPlacement(s.id(), Position.clamped(x, y), null, Extras.NONE));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AnalystsDemo OUTPUT.sectorscope.json");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        ProjectStore.save(sampleWithTeam(), out);
        System.out.println("wrote " + out.toAbsolutePath() + " (the sample with 2 more analysts' layers)");
    }
}
