package org.sectorscope.ui.help;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.help.AboutInfo.Library;

/** Help > About: the name, version, licence, and every library Sectorscope runs with and its licence. */
public final class AboutView extends VBox {
    private static Stage open;

    public AboutView(AboutInfo info, Runnable close) {
        setId("about-view");
        Label name = new Label(info.name());
        name.getStyleClass().add("about-name");
        Label version = line("about-version", "Version " + info.version());
        Label description = line("about-description", info.description());
        Label licence = line("about-licence", "Licence: " + info.licence());
        Label heading = new Label("Built with these libraries:");
        heading.getStyleClass().add("pane-title");
        TableView<Library> libraries = new TableView<>();
        libraries.setId("about-libraries");
        libraries.setAccessibleText("Libraries");
        libraries.getItems().setAll(info.libraries());
        libraries.getColumns().addAll(Arrays.asList(HelpWindows.column("Library", Library::name, 220),
                HelpWindows.column("Version", Library::version, 90), HelpWindows.column("Licence", Library::licence, 300),
                HelpWindows.column("Maven coordinates", Library::coordinates, 300)));
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(libraries, Priority.ALWAYS);
        HBox bottom = new HBox(WindowSetup.closeButton("about-close", close));
        bottom.setAlignment(Pos.CENTER_RIGHT);
        setSpacing(6);
        setPadding(new Insets(16));
        getChildren().addAll(name, version, description, licence, heading, libraries, bottom);
    }

    private static Label line(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("about-line");
        return label;
    }

    /** Opens About (one at a time). */
    public static void show(Window owner) {
        open = HelpWindows.showOnce(open, owner, "About Sectorscope", 940, 620,
                stage -> new AboutView(AboutInfo.bundled(), stage::close));
    }
}
