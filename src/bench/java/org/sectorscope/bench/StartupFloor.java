package org.sectorscope.bench;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sectorscope.BuildPlatform;
import org.sectorscope.JavaFxModules;
import org.sectorscope.app.SectorscopeApp;
import org.sectorscope.ui.common.FirstFrame;
import org.sectorscope.ui.main.WindowMemory;

/**
 * The floor of the start-up benchmark: one label in a window of the app's default size, started as the
 * app starts ({@link JavaFxModules}: JavaFX as modules from the app jar's {@code lib/}), printing the same
 * line on its first painted frame ({@link FirstFrame}) and quitting. Argument: the app jar, or
 * {@link #BOOT_LAYER} when the runtime has JavaFX in its boot layer already (the app image's, {@link PackagedStartup}).
 */
public final class StartupFloor {
    /** By name: naming the class would load JavaFX's Application from the class path here. */
    private static final String WINDOW = "org.sectorscope.bench.StartupFloor$Window";

    private StartupFloor() {
    }

    /** The argument that starts the window at once: JavaFX is a module of the runtime itself. */
    static final String BOOT_LAYER = "--boot-layer";

    public static void main(String[] args) throws Exception {
        if (args[0].equals(BOOT_LAYER)) {
            Class.forName(WINDOW).getMethod("start", String[].class).invoke(null, (Object) new String[0]);
            return;
        }
        Path jar = Path.of(args[0]);
        String platform;
        try (JarFile file = new JarFile(jar.toFile())) {
            platform = file.getManifest().getMainAttributes().getValue(BuildPlatform.MANIFEST_ENTRY);
        }
        URL classes = StartupFloor.class.getProtectionDomain().getCodeSource().getLocation();
        if (!JavaFxModules.start(jar, platform, WINDOW, List.of(classes), new String[0])) {
            throw new IllegalStateException("no JavaFX in " + jar.resolveSibling("lib"));
        }
    }

    /** The one-label application; loaded above the JavaFX module layer, like the app. */
    public static final class Window extends Application {
        public static void start(String[] args) {
            Application.launch(Window.class, args);
        }

        @Override
        public void start(Stage stage) {
            stage.setTitle("Start-up floor");
            stage.setScene(new Scene(new StackPane(new Label("Sectorscope")),
                    WindowMemory.DEFAULT_WIDTH, WindowMemory.DEFAULT_HEIGHT));
            stage.show();
            FirstFrame.whenPainted(stage, CompletableFuture.completedFuture(null), () -> {
                System.out.println(SectorscopeApp.FIRST_FRAME + "0 sectors");
                // Its one frame is also its frame with everything built.
                System.out.println(SectorscopeApp.ALL_PANES + "0 sectors");
                Platform.exit();
            });
        }
    }
}
