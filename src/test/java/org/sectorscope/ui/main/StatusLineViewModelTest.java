package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;

/** What the status bar's progress shows: a measured job's share, busy without a measure, or nothing. */
class StatusLineViewModelTest {
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final StatusLineViewModel vm = new StatusLineViewModel(busy);

    @Test
    void busyWorkWithoutAMeasureShowsAsIndeterminate() {
        assertEquals(0, vm.progressProperty().get(), "nothing running: no bar");
        busy.set(true);
        assertEquals(-1, vm.progressProperty().get());
        busy.set(false);
        assertEquals(0, vm.progressProperty().get());
    }

    @Test
    void anExportShowsItsShareUntilItEndsThenItIsForgotten() {
        SimpleBooleanProperty running = new SimpleBooleanProperty(true);
        SimpleDoubleProperty done = new SimpleDoubleProperty(0);
        vm.follow(running, done);
        assertEquals(-1, vm.progressProperty().get(), "started but not moved: busy, not hidden");
        done.set(0.4);
        assertEquals(0.4, vm.progressProperty().get());
        busy.set(true);
        assertEquals(0.4, vm.progressProperty().get(), "the measured job wins over an unmeasured one");

        done.set(1);
        running.set(false);
        assertEquals(-1, vm.progressProperty().get(), "the document's own work is still going");
        busy.set(false);
        assertEquals(0, vm.progressProperty().get());
        done.set(0.7);
        assertEquals(0, vm.progressProperty().get(), "an ended job is no longer followed");
    }

    @Test
    void aLargeFileOpenedOrSavedShowsTheShareItHasDone() {
        SimpleDoubleProperty documentDone = new SimpleDoubleProperty(-1);
        StatusLineViewModel measured = new StatusLineViewModel(busy, documentDone);
        busy.set(true);
        assertEquals(-1, measured.progressProperty().get(), "not measured yet: busy");
        documentDone.set(0.35);
        assertEquals(0.35, measured.progressProperty().get());
        documentDone.set(1);
        assertEquals(1, measured.progressProperty().get());
        busy.set(false);
        assertEquals(0, measured.progressProperty().get(), "done: no bar, whatever the last word was");
    }
}
