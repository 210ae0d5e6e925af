package org.sectorscope.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Starting the JavaFX toolkit from a plain main and running work on its thread. */
final class Fx {
    /** Nothing the benchmark waits for should take this long; if it does, something hangs. */
    static final long TIMEOUT_SECONDS = 180;

    private Fx() {
    }

    static void start() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        if (!started.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 60 s");
        }
    }

    /**
     * A benchmark's main: runs {@code body}, stops the toolkit and exits, with status 1 and the stack trace
     * if it failed (the toolkit's threads would otherwise keep a failed run alive).
     */
    static void runMain(ThrowingRunnable body) {
        int status = 0;
        try {
            body.run();
        } catch (Throwable t) {
            System.err.println("bench: failed");
            t.printStackTrace();
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return await(result);
    }

    static void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + TIMEOUT_SECONDS + " s waiting for the FX thread", e);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
