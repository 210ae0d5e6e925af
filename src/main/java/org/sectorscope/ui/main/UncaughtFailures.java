package org.sectorscope.ui.main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * What happens to an exception nothing caught, on the FX thread or any other: it is logged with its stack
 * trace, and the user sees one dialog in a plain sentence with the details to copy and the log's folder
 * (ADR 0016). While that dialog is open, further failures are logged only, so a failure repeated on every
 * frame cannot stack up windows.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    /** What the dialog says: the sentence, the details to copy, and where the log is (null: no log). */
    public record Report(String sentence, String details, Path logFolder) {
    }

    private static final System.Logger LOG = System.getLogger("org.sectorscope.failures");

    private final Path logFolder;
    private final Consumer<Report> show;
    private final AtomicBoolean showing = new AtomicBoolean();

    /** {@code show} runs on the FX thread and returns when the user has closed the dialog. */
    public UncaughtFailures(Path logFolder, Consumer<Report> show) {
        this.logFolder = logFolder;
        this.show = show;
    }

    /** Makes this the handler of every thread without one of its own, the FX thread included. */
    public UncaughtFailures install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        return this;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught on thread \"" + thread.getName() + "\"", failure);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Report report = report(thread, failure, logFolder);
        Runnable dialog = () -> {
            try {
                show.accept(report);
            } finally {
                showing.set(false);
            }
        };
        if (Platform.isFxApplicationThread()) {
            dialog.run();
        } else {
            try {
                Platform.runLater(dialog);
            } catch (IllegalStateException toolkitGone) {
                showing.set(false); // the window is closing; the log has it
            }
        }
    }

    static Report report(Thread thread, Throwable failure, Path logFolder) {
        String what = failure instanceof OutOfMemoryError
                ? "Sectorscope ran out of memory (Java may use at most " + Runtime.getRuntime().maxMemory() / 1048576
                        + " MB here)."
                : "Sectorscope hit a problem it did not expect (" + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + ").";
        String sentence = what + " What it was doing may not have finished; the open project is still there."
                + " Save it under a new name if in doubt, and send the details to whoever supports you.";
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String details = "Sectorscope " + version() + ", Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "Thread: " + thread.getName() + "\n" + trace;
        return new Report(sentence, details, logFolder);
    }

    private static String version() {
        String v = UncaughtFailures.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
