package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sector's label made while the plot is laid out is drawn with its box in the very frame it first
 * appears: the plot makes cards in its layout pass, after that pulse's styling, so without styling them
 * at once a frame showed bare text where the label's box belongs.
 */
@ExtendWith(ApplicationExtension.class)
class NewCardsStyledRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private RobotFixtures.MainWindowUnderTest shown;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(Project.empty("Untitled project"), null, "Untitled");
        shown = RobotFixtures.showMainWindow(stage, session, home);
    }

    @AfterEach
    void tearDown() {
        shown.files().close();
    }

    @Test
    void cardsMadeForANewProjectHaveTheirBoxInTheFrameTheyFirstAppearIn(FxRobot robot) throws Exception {
        Project sample = ProjectStore.loadSample();
        CompletableFuture<List<String>> bare = new CompletableFuture<>();
        CompletableFuture<Integer> seen = new CompletableFuture<>();
        robot.interact(() -> {
            var scene = stage.getScene();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                List<Node> cards = new ArrayList<>(scene.getRoot().lookupAll(".sector-card"));
                if (cards.isEmpty()) {
                    return; // a pulse before the plot's layout with the project
                }
                scene.removePostLayoutPulseListener(check[0]);
                List<String> unstyled = new ArrayList<>();
                for (Node n : cards) {
                    if (((Region) n).getBackground() == null || ((Region) n).getBorder() == null) {
                        unstyled.add(n.getId());
                    }
                }
                seen.complete(cards.size());
                bare.complete(unstyled);
            };
            // After the layout pass, before the frame is drawn: what this frame will show.
            scene.addPostLayoutPulseListener(check[0]);
            session.open(sample, null, "sample");
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertTrue(seen.get(10, TimeUnit.SECONDS) > 5, "the sample's labels were made");
        assertEquals(List.of(), bare.get(10, TimeUnit.SECONDS), "labels drawn without their box in their first frame");
    }
}
