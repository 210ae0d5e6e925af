package org.sectorscope.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;

/**
 * How far the main window's long work has got, for its status bar: an export's share done while one
 * runs, the share of a large file opened or saved, "busy, no measure" (-1) while the document does other
 * work, and 0 (no bar) otherwise.
 * The status line's words are the document's own. Needs no toolkit.
 */
public final class StatusLineViewModel {
    /** A piece of long work that knows how far it is: while {@code running}, {@code done} goes 0 to 1. */
    private record Measured(ObservableBooleanValue running, ObservableDoubleValue done) {
    }

    private final ObservableBooleanValue busy;
    private final ObservableDoubleValue busyDone;
    private final List<Measured> measured = new ArrayList<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final InvalidationListener recompute = o -> recompute();

    public StatusLineViewModel(ObservableBooleanValue busy) {
        this(busy, new SimpleDoubleProperty(-1));
    }

    /** {@code busyDone}: how far the document's own work has got, 0 to 1, or -1 when it does not say. */
    public StatusLineViewModel(ObservableBooleanValue busy, ObservableDoubleValue busyDone) {
        this.busy = busy;
        this.busyDone = busyDone;
        busy.addListener(recompute);
        busyDone.addListener(recompute);
        recompute();
    }

    /** Shows {@code done} while {@code running} is true; forgotten once it ends. */
    public void follow(ObservableBooleanValue running, ObservableDoubleValue done) {
        Measured m = new Measured(running, done);
        measured.add(m);
        running.addListener(recompute);
        done.addListener(recompute);
        recompute();
    }

    private void recompute() {
        measured.removeIf(m -> {
            boolean ended = !m.running().get();
            if (ended) {
                m.running().removeListener(recompute);
                m.done().removeListener(recompute);
            }
            return ended;
        });
        if (!measured.isEmpty()) {
            double done = measured.get(0).done().get();
            // ControlsFX hides the bar at exactly 0: a measured job that has not moved yet shows as busy.
            progress.set(done > 0 ? Math.min(1, done) : -1);
        } else {
            double done = busyDone.get();
            progress.set(!busy.get() ? 0 : done > 0 ? Math.min(1, done) : -1);
        }
    }

    /** 0 to 1 while measured work runs, -1 while unmeasured work runs, 0 when there is none. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
