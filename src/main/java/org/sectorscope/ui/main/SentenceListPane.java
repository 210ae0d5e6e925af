package org.sectorscope.ui.main;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * A dialog's list of sentences, whatever their number: an introduction, a summary line when there are
 * many ({@link SentenceSummary}), then the sentences in a scrolling list of bounded height. The list is
 * virtualised, so ten thousand sentences cost what a screenful does, and the dialog keeps its size and
 * its buttons on the screen (one label holding them all made a window 32,767 px tall).
 */
final class SentenceListPane {
    /** About ten one-line sentences; more scroll. */
    static final double LIST_HEIGHT = 260;
    private static final double ROW_HEIGHT = 24;

    private SentenceListPane() {
    }

    /** @param noun what the sentences are, plural, for the summary ("fixes", "differences") */
    static VBox of(String intro, List<String> sentences, String noun, double width) {
        VBox box = new VBox(8, wrapped(intro, width));
        String summary = SentenceSummary.of(sentences, noun);
        if (!summary.isEmpty()) {
            Label line = wrapped(summary, width);
            line.setId("sentence-summary");
            box.getChildren().add(line);
        }
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(sentences));
        list.setId("sentence-list");
        list.setFocusTraversable(false); // the dialog's buttons keep the keyboard
        list.setPrefWidth(width);
        list.setMaxWidth(width);
        list.setPrefHeight(Math.min(LIST_HEIGHT, sentences.size() * ROW_HEIGHT + 8));
        list.setMaxHeight(LIST_HEIGHT);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of widening it
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "\u2022 " + item);
            }
        });
        box.getChildren().add(list);
        return box;
    }

    static Label wrapped(String message, double width) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(width);
        return text;
    }
}
