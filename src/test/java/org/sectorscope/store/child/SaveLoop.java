package org.sectorscope.store.child;

import java.nio.file.Path;
import org.sectorscope.model.Project;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/**
 * Child JVM for SaveCrashTest: saves {@link #second()} and {@link #first()} alternately to the file
 * named by {@code args[0]} until it is killed, through the real {@link ProjectStore#save}. Prints
 * "READY" after the first save, when class loading is over and kills land inside the save loop.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** The small test project. */
    public static Project first() {
        return TestProjects.small();
    }

    /**
     * A variant of {@link #first()}, much larger (20 extra sectors with long summaries, about 400 KB) so
     * that writing it takes a while and a torn file could not pass for either version.
     */
    public static Project second() {
        Project p = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Solar PV (revised)"));
        StringBuilder summary = new StringBuilder();
        for (int i = 0; summary.length() < TextLimit.PROSE.max() - 100; i++) {
            summary.append("Line ").append(i).append(" of the revised summary.\n");
        }
        List<Sector> sectors = new ArrayList<>(p.sectors());
        for (int i = 0; i < 20; i++) {
            sectors.add(new Sector("sector-extra-" + i, "Extra " + i, "", summary.toString(), null, null,
                    List.of(), Extras.NONE));
        }
        return p.withSectors(sectors);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Project[] versions = {second(), first()};
        ProjectStore.save(versions[0], file);
        System.out.println("READY");
        System.out.flush();
        for (long i = 1; ; i++) {
            ProjectStore.save(versions[(int) (i % 2)], file);
        }
    }
}
