package org.sectorscope.ui.common;

/**
 * Work a pane needs only while it is shown (a tab's rows, say): done at once while shown, otherwise once,
 * when the pane is next shown. Opening 10,000 sectors no longer rebuilds tabs nobody is looking at.
 */
public final class ShownGate {
    private final Runnable work;
    private boolean shown = true;
    private boolean stale;

    public ShownGate(Runnable work) {
        this.work = work;
    }

    /** The work is due: done now while shown, else when next shown. */
    public void request() {
        if (shown) {
            stale = false;
            work.run();
        } else {
            stale = true;
        }
    }

    /** Whether the pane is shown; becoming shown does the work left waiting. */
    public void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && stale) {
            stale = false;
            work.run();
        }
    }

    public boolean isShown() {
        return shown;
    }
}
