package org.sectorscope.ui.help;

/** One line of the shortcut sheet: the action, its keys as the platform writes them, where, what it does. */
public record ShortcutRow(String id, String action, String keys, String where, String description) {
    /** Whether every word of {@code words} (lower case) is in one of the row's texts. */
    boolean matches(String[] words) {
        String all = (action + " " + keys + " " + where + " " + description).toLowerCase(java.util.Locale.ROOT);
        for (String w : words) {
            if (!all.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
