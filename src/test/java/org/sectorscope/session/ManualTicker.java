package org.sectorscope.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A ticker the test drives: {@link #tick()} calls what is ticking now, as a second passing would. */
public final class ManualTicker implements Ticker {
    private final List<Runnable> ticking = new ArrayList<>();
    /** The periods asked for, in order. */
    public final List<Duration> periods = new ArrayList<>();

    @Override
    public Ticking every(Duration period, Runnable tick) {
        periods.add(period);
        ticking.add(tick);
        return () -> ticking.remove(tick);
    }

    public void tick() {
        List.copyOf(ticking).forEach(Runnable::run);
    }

    public boolean isTicking() {
        return !ticking.isEmpty();
    }
}
