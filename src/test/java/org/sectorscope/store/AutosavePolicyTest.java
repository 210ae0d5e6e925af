package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Hand-computed timelines, in milliseconds, for when the recovery copy is written. */
class AutosavePolicyTest {
    private final AutosavePolicy policy = new AutosavePolicy();

    /**
     * Plays edits at the given times and returns when writes happen, as an app does: a write runs when it
     * falls due, before an edit at the same instant, and then everything up to that instant is written.
     */
    private List<Long> writesFor(List<Long> edits) {
        List<Long> writes = new ArrayList<>();
        int next = 0;
        while (next < edits.size() || policy.hasUnwrittenEdits()) {
            long edit = next < edits.size() ? edits.get(next) : Long.MAX_VALUE;
            OptionalLong due = policy.dueAt();
            if (due.isPresent() && due.getAsLong() <= edit) {
                assertTrue(policy.shouldWrite(due.getAsLong()));
                assertFalse(policy.shouldWrite(due.getAsLong() - 1));
                writes.add(due.getAsLong());
                policy.written(due.getAsLong());
            } else {
                policy.onEdit(edit);
                next++;
            }
        }
        return writes;
    }

    @Test
    void nothingIsDueWithoutEdits() {
        assertEquals(OptionalLong.empty(), policy.dueAt());
        assertFalse(policy.shouldWrite(1_000_000));
        assertFalse(policy.hasUnwrittenEdits());
    }

    @Test
    void aSingleEditIsWrittenTwoSecondsLater() {
        policy.onEdit(10_000);
        assertEquals(OptionalLong.of(12_000), policy.dueAt());
        assertFalse(policy.shouldWrite(11_999));
        assertTrue(policy.shouldWrite(12_000));
        policy.written(12_000);
        assertEquals(OptionalLong.empty(), policy.dueAt());
        assertEquals(List.of(22_000L), writesFor(List.of(20_000L)));
    }

    @Test
    void eachEditRestartsTheQuietPeriod() {
        assertEquals(List.of(3_500L), writesFor(List.of(0L, 1_000L, 1_500L)));
    }

    @Test
    void separateBurstsAreWrittenSeparately() {
        assertEquals(List.of(2_000L, 12_500L), writesFor(List.of(0L, 10_000L, 10_500L)));
    }

    @Test
    void editsEverySecondForSeventySecondsAreWrittenEveryThirtySecondsAndAtTheEnd() {
        List<Long> edits = LongStream.rangeClosed(0, 70).map(s -> s * 1_000).boxed().toList();
        // 0..29 s: never quiet for 2 s, so the 30 s limit from the first edit (0) writes at 30 s;
        // the edit at 30 s starts the next period: 60 s; the last edit (70 s) is written 2 s later.
        assertEquals(List.of(30_000L, 60_000L, 72_000L), writesFor(edits));
    }

    @Test
    void noEditWaitsLongerThanThirtySecondsHoweverTheEditsCome() {
        List<Long> edits = LongStream.range(0, 400).map(i -> i * 1_700 + (i % 7) * 130).boxed().toList();
        List<Long> writes = writesFor(edits);
        for (long edit : edits) {
            long firstWriteAfter = writes.stream().filter(w -> w >= edit).findFirst().orElseThrow();
            assertTrue(firstWriteAfter - edit <= 30_000, "edit at " + edit + " waited until " + firstWriteAfter);
        }
        long lastEdit = edits.get(edits.size() - 1);
        long lastWrite = writes.get(writes.size() - 1);
        assertTrue(lastWrite >= lastEdit && lastWrite <= lastEdit + 2_000, "last write " + lastWrite);
    }

    @Test
    void editsMadeWhileASnapshotIsWrittenStayUnwritten() {
        policy.onEdit(0);
        // the snapshot is taken at 2 s; an edit arrives at 2.5 s while it is written in the background
        policy.onEdit(2_500);
        policy.written(2_000);
        assertTrue(policy.hasUnwrittenEdits());
        assertEquals(OptionalLong.of(4_500), policy.dueAt());
    }

    @Test
    void theLimitCountsFromTheSnapshotWhenEditsContinuedDuringTheWrite() {
        for (long t = 0; t <= 30_000; t += 1_000) {
            policy.onEdit(t);
        }
        policy.written(29_900); // taken just before the edit at 30 s
        assertEquals(OptionalLong.of(32_000), policy.dueAt());
        for (long t = 31_000; t <= 70_000; t += 1_000) {
            policy.onEdit(t);
        }
        assertEquals(OptionalLong.of(59_900), policy.dueAt());
    }

    @Test
    void aFailedWriteIsRetriedAfterAQuietPeriodNotAtOnce() {
        policy.onEdit(0);
        assertTrue(policy.shouldWrite(2_000));
        policy.writeFailed(2_000);
        assertFalse(policy.shouldWrite(3_999));
        assertTrue(policy.shouldWrite(4_000));
        policy.written(4_000);
        policy.onEdit(5_000);
        assertEquals(OptionalLong.of(7_000), policy.dueAt(), "a success ends the back-off");
    }

    @Test
    void customPeriodsAndTheirLimits() {
        AutosavePolicy fast = new AutosavePolicy(Duration.ofMillis(100), Duration.ofMillis(500));
        fast.onEdit(0);
        fast.onEdit(90);
        assertEquals(OptionalLong.of(190), fast.dueAt());
        assertThrows(IllegalArgumentException.class, () -> new AutosavePolicy(Duration.ofSeconds(5), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new AutosavePolicy(Duration.ofSeconds(-1), Duration.ofSeconds(1)));
    }
}
