package org.sectorscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forwarding of the desktop's open-file requests, with a queue standing in for the FX thread. */
class OpenFileRequestsTest {
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private final OpenFileRequests requests = new OpenFileRequests(fxQueue::add);

    private void runFxQueue() {
        List<Runnable> tasks = new ArrayList<>(fxQueue);
        fxQueue.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void aRequestWhileRunningOpensTheFirstFileOnTheFxThread() {
        requests.ready(opened::add);
        requests.request(List.of(new File("/p/a.sectorscope.json"), new File("/p/b.sectorscope.json")));
        assertTrue(opened.isEmpty(), "not on the desktop's thread");
        runFxQueue();
        assertEquals(List.of(Path.of("/p/a.sectorscope.json")), opened);
    }

    @Test
    void aRequestBeforeTheWindowIsReadyIsTakenAtLaunch() {
        requests.request(List.of(new File("/p/early.sectorscope.json")));
        assertEquals(Path.of("/p/early.sectorscope.json"), requests.takeWaiting());
        assertNull(requests.takeWaiting(), "taken once");
        requests.ready(opened::add);
        runFxQueue();
        assertTrue(opened.isEmpty(), "the launch opened it; ready does not open it again");
    }

    @Test
    void aRequestStillWaitingWhenTheWindowIsReadyOpensThen() {
        requests.request(List.of(new File("/p/one.sectorscope.json")));
        requests.request(List.of(new File("/p/two.sectorscope.json")));
        requests.ready(opened::add);
        runFxQueue();
        assertEquals(List.of(Path.of("/p/two.sectorscope.json")), opened, "the latest wins");
    }

    @Test
    void anEmptyRequestOpensNothing() {
        requests.ready(opened::add);
        requests.request(List.of());
        runFxQueue();
        assertTrue(opened.isEmpty());
    }

    @Test
    void theEventsAreListenedForOnMacOsOnly() {
        assertTrue(MacOpenFileEvents.needed("Mac OS X"));
        assertFalse(MacOpenFileEvents.needed("Linux"));
        assertFalse(MacOpenFileEvents.needed("Windows 11"));
    }
}
