package org.sectorscope.ui.common;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * Lets a closed, non-editable combo box be set by typing, as native choosers do: the typed letters
 * pick the first item whose label contains them as a word start, so "fa" finds "Toward Failure".
 * A pause of a second starts a new search.
 */
public final class TypeAhead {
    private static final long RESET_NANOS = 1_000_000_000L;

    private TypeAhead() {
    }

    public static <T> void install(ComboBox<T> box, Function<T, String> label) {
        StringBuilder typed = new StringBuilder();
        long[] last = {0};
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            long now = System.nanoTime();
            if (now - last[0] > RESET_NANOS) {
                typed.setLength(0);
            }
            last[0] = now;
            typed.append(ch.toLowerCase(Locale.ROOT));
            String wanted = typed.toString();
            for (T item : box.getItems()) {
                if (matches(label.apply(item), wanted)) {
                    box.getSelectionModel().select(item);
                    break;
                }
            }
            e.consume();
        });
    }

    static boolean matches(String label, String wanted) {
        String l = label.toLowerCase(Locale.ROOT);
        for (int i = l.indexOf(wanted); i >= 0; i = l.indexOf(wanted, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(l.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
