package org.sectorscope.store.child;

import java.nio.file.Path;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
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
     * A variant of {@link #first()}, much larger (long notes) so that writing it takes a while and a
     * torn file could not pass for either version.
     */
    public static Project second() {
        Project p = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Solar PV (revised)"));
        ProjectInfo info = p.info();
        StringBuilder notes = new StringBuilder();
        for (int i = 0; notes.length() < 400_000; i++) {
            notes.append("Line ").append(i).append(" of the revised notes.\n");
        }
        return p.withInfo(new ProjectInfo(info.id(), info.title(), info.subtitle(), info.sourceLine(),
                notes.toString(), info.extras()));
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
