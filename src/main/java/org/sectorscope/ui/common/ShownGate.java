package org.sectorscope.ui.common;

/**
 * Work a pane needs only while it is shown (a tab's rows, say): done at once while shown, otherwise once,
 * when the pane is next shown, what it made meanwhile dropped. Opening 10,000 sectors no longer rebuilds
 * tabs nobody is looking at, and a hidden tab holds nothing of a project no longer open.
 */
public final class ShownGate {
    private final Runnable work;
    private final Runnable forget;
    private boolean shown = true;
    private boolean stale;

    /**
     * @param forget runs when the work is put off: it drops what the last work made, so a hidden pane holds
     *        nothing of a project that is no longer open
     */
    public ShownGate(Runnable work, Runnable forget) {
        this.work = work;
        this.forget = forget;
    }

    /** The work is due: done now while shown, else when next shown. */
    public void request() {
        if (shown) {
            stale = false;
            work.run();
        } else if (!stale) {
            stale = true;
            forget.run();
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
