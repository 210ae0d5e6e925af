package org.sectorscope.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sectorscope.model.Project;

/**
 * Work the panes do for a project before it is shown, done off the FX thread while the file is opened:
 * at 10,000 sectors the rows of the Sectors list and the canvas's cards took most of the window's freeze
 * when they were made on the FX thread as the project arrived. A pane registers a {@link Preparation};
 * when a file is opened, each is asked on the FX thread for the job its settings call for, the jobs run
 * on the reading thread once the project is read, and the pane takes its result as the project reaches
 * it, for that very project only. A pane that finds nothing (another project, or none was prepared)
 * makes its rows itself, as before.
 */
public final class OpenPreparations {
    /** A pane's preparation; the object itself is the key its result is filed under. */
    public interface Preparation {
        /**
         * On the FX thread as an open begins: the work to do for the project read, with the pane's settings
         * as they are now; null when there is nothing to prepare. It runs off the FX thread and may only read
         * the project and what it captured.
         */
        Function<Project, Object> begin();
    }

    private final List<Preparation> preparations = new ArrayList<>();
    /** The project the results were made for, and the results; read and written under this object's lock. */
    private Project preparedFor;
    private Map<Preparation, Object> results = new IdentityHashMap<>();

    /** FX thread. */
    public void add(Preparation preparation) {
        preparations.add(preparation);
    }

    /** FX thread: the jobs for a project about to be read, as one function to run on the reading thread. */
    Consumer<Project> begin() {
        Map<Preparation, Function<Project, Object>> jobs = new IdentityHashMap<>();
        for (Preparation p : preparations) {
            Function<Project, Object> job = p.begin();
            if (job != null) {
                jobs.put(p, job);
            }
        }
        return project -> {
            Map<Preparation, Object> made = new IdentityHashMap<>();
            jobs.forEach((key, job) -> {
                try {
                    made.put(key, job.apply(project));
                } catch (RuntimeException e) {
                    // Not the open's failure: that pane makes its rows itself when the project arrives.
                }
            });
            synchronized (this) {
                preparedFor = project;
                results = made;
            }
        };
    }

    /** The result {@code key} was prepared as for {@code project}, handed over once; null when there is none. */
    public synchronized Object take(Preparation key, Project project) {
        return project == preparedFor ? results.remove(key) : null;
    }

    /** Lets go of what was prepared and not taken (a pane not shown, an open cancelled at a question). */
    synchronized void clear() {
        preparedFor = null;
        results = new IdentityHashMap<>();
    }

    /**
     * Keeps what was prepared for {@code project}, the one just opened, for the panes that take it a frame or
     * two later; lets go of anything prepared for another.
     */
    synchronized void keepOnlyFor(Project project) {
        if (preparedFor != project) {
            clear();
        }
    }
}
