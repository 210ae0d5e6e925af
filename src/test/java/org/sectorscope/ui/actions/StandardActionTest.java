package org.sectorscope.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import org.junit.jupiter.api.Test;

/** The action table holds together: one id, one text and one action per key where they could clash. */
class StandardActionTest {
    @Test
    void idsAreUniqueAndMenuIdsLookLikeTheOldOnes() {
        Map<String, StandardAction> seen = new HashMap<>();
        for (StandardAction a : StandardAction.values()) {
            StandardAction before = seen.put(a.id(), a);
            assertEquals(null, before, a.id() + " is the id of " + before + " and " + a);
            assertEquals(a.place().isMenu(), a.id().startsWith("menu-"), a + " " + a.id());
            assertEquals(a, StandardAction.byId(a.id()).orElseThrow());
        }
    }

    @Test
    void noTwoWindowActionsShareAKey() {
        Map<KeyCombination, StandardAction> window = new HashMap<>();
        for (StandardAction a : StandardAction.values()) {
            if (a.place().isMenu()) {
                for (KeyCombination k : a.keys()) {
                    StandardAction before = window.put(k, a);
                    assertEquals(null, before, k.getName() + " runs both " + before + " and " + a);
                }
            }
        }
        assertTrue(window.size() > 20, "the menus have their shortcuts: " + window.size());
    }

    @Test
    void aPanesKeysAreItsOwnAndNeverAWindowShortcut() {
        List<KeyCombination> windowKeys = Arrays.stream(StandardAction.values()).filter(a -> a.place().isMenu())
                .flatMap(a -> a.keys().stream()).toList();
        for (ActionPlace place : ActionPlace.values()) {
            if (place.isMenu()) {
                continue;
            }
            Map<KeyCombination, StandardAction> keys = new HashMap<>();
            for (StandardAction a : StandardAction.in(place)) {
                assertFalse(a.keys().isEmpty(), a + " is listed for its keys and has none");
                assertEquals(List.of(), a.otherKeys(), a + ": a pane's keys are bound by the pane");
                for (KeyCombination k : a.keys()) {
                    StandardAction before = keys.put(k, a);
                    assertEquals(null, before, k.getName() + " in " + place + " runs both " + before + " and " + a);
                    // A window shortcut is taken before the pane sees the key, so the pane's binding would be dead.
                    assertTrue(place.ownWindow() || !windowKeys.contains(k), k.getName() + " of " + a
                            + " is also a menu shortcut");
                }
            }
        }
    }

    @Test
    void onlyAMenuItemsExtraKeysAreBoundOnTheWindow() {
        assertEquals(List.of(KeyCombination.keyCombination("Shortcut+Y")), StandardAction.REDO.otherKeys());
        assertEquals(List.of(KeyCombination.keyCombination("F1"), KeyCombination.keyCombination("Shortcut+Slash")),
                StandardAction.KEYBOARD_SHORTCUTS.keys());
        assertEquals(KeyCombination.keyCombination("F1"), StandardAction.KEYBOARD_SHORTCUTS.accelerator().orElseThrow());
        assertTrue(StandardAction.RESET_LAYOUT.accelerator().isEmpty());
    }

    /** Ctrl+Alt with a letter types the letter too where AltGr is Ctrl+Alt (ShortcutTypingRobotTest). */
    @Test
    void noWindowShortcutIsCtrlAltWithALetter() {
        List<String> offending = new ArrayList<>();
        for (StandardAction a : StandardAction.values()) {
            for (KeyCombination k : a.keys()) {
                if (a.place().isMenu() && k instanceof KeyCodeCombination c && c.getAlt() == ModifierValue.DOWN
                        && c.getCode().isLetterKey()) {
                    offending.add(a + " " + k.getName());
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void everyMenuHasItsOwnMnemonicAndEveryPlaceAnAction() {
        Map<Character, ActionPlace> letters = new HashMap<>();
        for (ActionPlace place : ActionPlace.values()) {
            assertFalse(StandardAction.in(place).isEmpty(), place + " has no action");
            if (place.isMenu()) {
                String title = place.menuTitle();
                int at = title.indexOf('_');
                assertTrue(at >= 0 && at + 1 < title.length(), title);
                char letter = Character.toLowerCase(title.charAt(at + 1));
                ActionPlace before = letters.put(letter, place);
                assertEquals(null, before, "Alt+" + letter + " opens both " + before + " and " + place);
                assertEquals("menu-" + title.replace("_", "").toLowerCase(Locale.ROOT), place.menuId());
            } else {
                assertEquals(null, place.menuTitle());
            }
        }
    }

    @Test
    void aPanesActionIsNoMenuItem() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ActionMenus.item(StandardAction.CANVAS_NUDGE, () -> { }));
    }
}
