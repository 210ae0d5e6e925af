package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.options.OptionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: a file opened in the main window reaches the panes one frame at a time, the canvas with the
 * session first, then the Sectors list, then the options matrix, then the first selection, and they end
 * up agreeing. Each frame's state is read after its layout pass.
 */
@ExtendWith(ApplicationExtension.class)
class OpenedProjectStaggerRobotTest {
    @TempDir
    Path dir;

    private ProjectSession session;
    private RobotFixtures.MainWindowUnderTest shown;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        shown = RobotFixtures.showMainWindow(stage, session, dir.resolve("home"));
    }

    @AfterEach
    void tearDown() {
        shown.files().close();
    }

    @Test
    void theCanvasTakesTheOpenedFileFirstThenTheListThenTheMatrixThenTheFirstSelectionEachInAFrame(FxRobot robot)
            throws Exception {
        Project generated = TestProjects.random(31, 300);
        Path file = dir.resolve("opened.sectorscope.json");
        ProjectStore.save(generated, file);
        Set<String> optionIds = generated.options().stream().map(PolicyOption::id).collect(Collectors.toSet());
        List<String> states = new ArrayList<>();
        Runnable afterLayout = () -> {
            ListView<?> list = robot.lookup("#sector-list").queryAs(ListView.class);
            @SuppressWarnings("unchecked")
            TableView<OptionRow> matrix = robot.lookup("#options-table").queryAs(TableView.class);
            String state = (session.project().sectors().size() == 300 ? "S" : "-")
                    + (list.getItems().size() == 300 ? "L" : "-")
                    + (matrix.getItems().stream().map(OptionRow::id).collect(Collectors.toSet()).equals(optionIds)
                            ? "M" : "-")
                    + (session.selection().sectorId() != null ? "F" : "-");
            if (!state.equals("----") && (states.isEmpty() || !states.get(states.size() - 1).equals(state))) {
                states.add(state);
            }
        };
        robot.interact(() -> {
            session.selection().clear();
            stage.getScene().addPostLayoutPulseListener(afterLayout);
            shown.window().requestOpen(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> states.contains("SLMF"));
        robot.interact(() -> stage.getScene().removePostLayoutPulseListener(afterLayout));

        assertEquals(List.of("S---", "SL--", "SLM-", "SLMF"), states,
                "the panes' states frame by frame, from the first frame that showed the opened file");
        assertEquals(session.project().sectors().get(0).id(), session.selection().sectorId(), "the first sector");
    }
}
