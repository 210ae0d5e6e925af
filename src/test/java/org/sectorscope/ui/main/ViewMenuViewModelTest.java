package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sectorscope.store.WindowSettings;
import org.sectorscope.ui.common.AppLook.Theme;

/** The View menu's choices without a window: applied once each, saved and restored with the window settings. */
class ViewMenuViewModelTest {
    private final List<Object> applied = new ArrayList<>();
    private final PaneLayoutViewModel layout = new PaneLayoutViewModel();
    private final ViewMenuViewModel view = new ViewMenuViewModel(layout, Theme.LIGHT, 100, applied::add, applied::add);

    @Test
    void eachChoiceIsAppliedAndIsAMomentToSave() {
        List<String> saves = new ArrayList<>();
        view.setOnChanged(() -> saves.add("saved"));

        view.chooseTheme(Theme.DARK);
        view.chooseTextScale(125);
        view.chooseTextScale(125);

        assertEquals(List.of(Theme.DARK, 125), applied, "applied once each; choosing the same size again does nothing");
        assertEquals(2, saves.size());
        assertThrows(IllegalArgumentException.class, () -> view.chooseTextScale(133));
    }

    @Test
    void theChoicesGoIntoTheWindowSettingsAndComeBack() {
        view.chooseTheme(Theme.DARK);
        view.chooseTextScale(150);
        layout.shown("evidence").set(false);
        WindowSettings window = new WindowSettings(new WindowSettings.Area(0, 0, 1280, 720), false, Map.of());

        WindowSettings saved = view.into(window);

        assertEquals(List.of("dark", 150, Set.of("evidence")), List.of(saved.theme(), saved.textScale(),
                saved.hiddenPanes()));
        assertEquals(window.bounds(), saved.bounds());

        PaneLayoutViewModel otherLayout = new PaneLayoutViewModel();
        List<Object> otherApplied = new ArrayList<>();
        ViewMenuViewModel restarted = new ViewMenuViewModel(otherLayout, Theme.LIGHT, 100, otherApplied::add,
                otherApplied::add);
        restarted.restore(saved);
        assertEquals(Theme.DARK, restarted.themeProperty().get());
        assertEquals(150, restarted.textScaleProperty().get());
        assertEquals(Set.of("evidence"), otherLayout.hiddenPanes());
        assertEquals(List.of(Theme.DARK, 150), otherApplied, "a restored choice is applied like a chosen one");
    }
}
