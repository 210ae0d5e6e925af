package org.sectorscope.bench;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.sectorscope.BuildPlatform;
import org.sectorscope.JavaFxModules;
import org.sectorscope.app.SectorscopeApp;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.common.FirstFrame;
import org.sectorscope.ui.main.WindowMemory;

/**
 * Rungs between the start-up floor and the app, none of them the app's code: what the platform itself costs
 * for each thing the app's first frame must have. Started like {@link StartupFloor} (JavaFX as modules from
 * the app jar's {@code lib/}), printing the same lines on the first painted frame. Arguments: the app jar,
 * then the rung, each rung holding the ones before it:
 * <ol>
 *   <li>{@code json}: the one label, once Jackson has read the bundled sample into a tree on a thread started
 *       in {@code init()} (as the app reads it), the label naming how many sectors it has;</li>
 *   <li>{@code theme}: and the app's theme (AtlantaFX's Primer Light) as the user-agent stylesheet;</li>
 *   <li>{@code plot}: and, for the label, a canvas drawing the 2x2 and each sector of the sample as a dot
 *       with its name at the position in the file;</li>
 *   <li>{@code menus}: and, round the canvas, a menu bar of seven menus of eight items with shortcuts, a
 *       toolbar of eight buttons and a status line.</li>
 * </ol>
 */
public final class StartupLadder {
    private static final String WINDOW = "org.sectorscope.bench.StartupLadder$Window";
    static final List<String> RUNGS = List.of("json", "theme", "plot", "menus");

    private StartupLadder() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        if (!RUNGS.contains(args[1])) {
            throw new IllegalArgumentException("no rung " + args[1] + "; the rungs are " + RUNGS);
        }
        String platform;
        try (JarFile file = new JarFile(jar.toFile())) {
            platform = file.getManifest().getMainAttributes().getValue(BuildPlatform.MANIFEST_ENTRY);
        }
        URL classes = StartupLadder.class.getProtectionDomain().getCodeSource().getLocation();
        if (!JavaFxModules.start(jar, platform, WINDOW, List.of(classes), new String[] {args[1]})) {
            throw new IllegalStateException("no JavaFX in " + jar.resolveSibling("lib"));
        }
    }

    private static JsonNode readSample() {
        try (InputStream in = ProjectStore.class.getResourceAsStream(ProjectStore.SAMPLE_RESOURCE)) {
            return new ObjectMapper().readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rung's window; loaded above the JavaFX module layer, like the app. */
    public static final class Window extends Application {
        private CompletableFuture<JsonNode> sample;

        public static void start(String[] args) {
            Application.launch(Window.class, args);
        }

        /** The sample is read from here on, on a thread of its own, while JavaFX starts, as the app does. */
        @Override
        public void init() {
            sample = CompletableFuture.supplyAsync(StartupLadder::readSample);
        }

        @Override
        public void start(Stage stage) {
            int rung = RUNGS.indexOf(getParameters().getRaw().get(0));
            if (rung >= RUNGS.indexOf("theme")) {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            }
            JsonNode project = sample.join();
            JsonNode sectors = project.path("sectors");
            Label label = new Label("Sectorscope: " + sectors.size() + " sectors");
            Node middle = rung >= RUNGS.indexOf("plot") ? plot(sectors) : label;
            Parent root = rung >= RUNGS.indexOf("menus") ? framed(middle) : new StackPane(middle);
            stage.setTitle("Start-up ladder: " + RUNGS.get(rung));
            stage.setScene(new Scene(root, WindowMemory.DEFAULT_WIDTH, WindowMemory.DEFAULT_HEIGHT));
            stage.show();
            FirstFrame.whenPainted(stage, CompletableFuture.completedFuture(null), () -> {
                System.out.println(SectorscopeApp.FIRST_FRAME + sectors.size() + " sectors");
                System.out.println(SectorscopeApp.ALL_PANES + sectors.size() + " sectors");
                Platform.exit();
            });
        }

        private static BorderPane framed(Node middle) {
            MenuBar menus = new MenuBar();
            for (int m = 0; m < 7; m++) {
                Menu menu = new Menu("Menu " + (m + 1));
                for (int i = 0; i < 8; i++) {
                    MenuItem item = new MenuItem("Item " + (m + 1) + "." + (i + 1));
                    item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+" + (char) ('A' + m * 3 + i % 3)));
                    item.setOnAction(e -> { });
                    menu.getItems().add(item);
                }
                menus.getMenus().add(menu);
            }
            ToolBar tools = new ToolBar();
            for (int b = 0; b < 8; b++) {
                tools.getItems().add(new Button("Tool " + (b + 1)));
            }
            return new BorderPane(new StackPane(middle), new VBox(menus, tools), null, new Label("Ready"), null);
        }

        /** The 2x2 and the sectors, from the tree: x is the outcome, y the effect, both in [-1, 1]. */
        private static Canvas plot(JsonNode sectors) {
            double w = WindowMemory.DEFAULT_WIDTH - 40;
            double h = WindowMemory.DEFAULT_HEIGHT - 140;
            Canvas canvas = new Canvas(w, h);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setStroke(Color.GRAY);
            g.strokeRect(10, 10, w - 20, h - 20);
            g.strokeLine(w / 2, 10, w / 2, h - 10);
            g.strokeLine(10, h / 2, w - 10, h / 2);
            for (JsonNode sector : sectors) {
                double x = w / 2 + sector.path("position").path("x").asDouble() * (w / 2 - 20);
                double y = h / 2 - sector.path("position").path("y").asDouble() * (h / 2 - 20);
                g.setFill(Color.STEELBLUE);
                g.fillOval(x - 6, y - 6, 12, 12);
                g.setFill(Color.BLACK);
                g.fillText(sector.path("name").asText(), x + 9, y + 4);
            }
            return canvas;
        }
    }
}
