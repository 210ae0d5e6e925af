package org.sectorscope.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.help.GuideText.Block;
import org.sectorscope.ui.help.GuideText.Span;

/**
 * Help > User Guide: the README's "Using the window" section, bundled in the jar at build time, shown
 * as headings, paragraphs, lists, tables and code in the window's own fonts.
 */
public final class UserGuideView extends VBox {
    /** Where the build puts the README (pom.xml, resources). */
    static final String README = "/org/sectorscope/help/README.md";
    static final String FIRST_HEADING = "## Using the window";
    private static Stage open;

    public UserGuideView(List<Block> blocks, Runnable close) {
        setId("user-guide");
        VBox page = new VBox(10);
        page.getStyleClass().add("guide-page");
        page.setPadding(new Insets(16, 20, 16, 20));
        for (Block b : blocks) {
            page.getChildren().add(node(b));
        }
        if (blocks.isEmpty()) {
            page.getChildren().add(new Label("The guide was not bundled with this build; README.md in the source has it."));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("user-guide-scroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox bottom = new HBox(WindowSetup.closeButton("user-guide-close", close));
        bottom.setAlignment(Pos.CENTER_RIGHT);
        setSpacing(8);
        setPadding(new Insets(0, 0, 12, 0));
        bottom.setPadding(new Insets(0, 12, 0, 12));
        getChildren().addAll(scroll, bottom);
    }

    private static Node node(Block block) {
        if (block instanceof GuideText.Heading h) {
            return styled(flow(h.text()), "guide-heading", "guide-h" + h.level());
        } else if (block instanceof GuideText.Paragraph p) {
            return flow(p.text());
        } else if (block instanceof GuideText.Bullets b) {
            return bullets(b);
        } else if (block instanceof GuideText.Table t) {
            return table(t);
        }
        return styled(new Label(((GuideText.Code) block).text()), "guide-code-block");
    }

    private static TextFlow flow(List<Span> spans) {
        TextFlow flow = new TextFlow();
        for (Span s : spans) {
            Text text = new Text(s.text());
            text.getStyleClass().addAll("guide-text", "guide-" + s.style().name().toLowerCase(java.util.Locale.ROOT));
            flow.getChildren().add(text);
        }
        return flow;
    }

    private static Node bullets(GuideText.Bullets b) {
        VBox list = new VBox(4);
        for (List<Span> item : b.items()) {
            TextFlow text = flow(item);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label dot = new Label("\u2022");
            dot.setMinWidth(14);
            list.getChildren().add(new HBox(4, dot, text));
        }
        return list;
    }

    private static Node table(GuideText.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        int columns = t.header().size();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            // The first column names the thing and the last says it: the saying gets the room left.
            boolean fewColumns = columns >= 2 && columns <= 4;
            double middle = 20;
            cc.setPercentWidth(!fewColumns ? 100.0 / columns : c == 0 ? 30
                    : c < columns - 1 ? middle : 70 - middle * (columns - 2));
            grid.getColumnConstraints().add(cc);
        }
        for (int c = 0; c < columns; c++) {
            grid.add(styled(flow(t.header().get(c)), "guide-cell", "guide-header-cell"), c, 0);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Span>> row = t.rows().get(r);
            for (int c = 0; c < Math.min(columns, row.size()); c++) {
                grid.add(styled(flow(row.get(c)), "guide-cell"), c, r + 1);
            }
        }
        return grid;
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }

    /** The guide's blocks from the bundled README; none when it is missing. */
    static List<Block> bundledGuide() {
        try (InputStream in = UserGuideView.class.getResourceAsStream(README)) {
            return in == null ? List.of()
                    : GuideText.section(new String(in.readAllBytes(), StandardCharsets.UTF_8), FIRST_HEADING);
        } catch (IOException e) {
            return List.of(); // the window then says the guide is missing
        }
    }

    /** Opens the guide (one at a time). */
    public static void show(Window owner) {
        open = HelpWindows.showOnce(open, owner, "User Guide", 900, 760,
                stage -> new UserGuideView(bundledGuide(), stage::close));
    }
}
