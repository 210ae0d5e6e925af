package org.sectorscope.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Tab content that joins the scene when its tab is first selected. A tab pane keeps every tab's content
 * in the scene, hidden or not, so each hidden tab would be styled, skinned and laid out before the
 * window's first frame; built but kept out until wanted, it costs nothing at start-up.
 */
public final class LazyTabContent {
    private LazyTabContent() {
    }

    /** {@code tab} shows {@code content} from its first selection on (at once when it is selected now). */
    public static Tab attachWhenSelected(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return tab;
        }
        ChangeListener<Boolean> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        };
        tab.selectedProperty().addListener(first);
        return tab;
    }
}
