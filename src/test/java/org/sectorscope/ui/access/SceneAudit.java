package org.sectorscope.ui.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Walks a window's scene graph and reads what a screen reader would be told of each node, through the
 * same public accessibility queries the platform's bridge makes ({@code queryAccessibleAttribute}).
 */
final class SceneAudit {
    /** Roles whose TEXT attribute is the value typed or chosen, not a name: they need a label or their own name. */
    private static final Set<AccessibleRole> VALUE_ROLES = Set.of(AccessibleRole.TEXT_FIELD, AccessibleRole.TEXT_AREA,
            AccessibleRole.PASSWORD_FIELD, AccessibleRole.COMBO_BOX, AccessibleRole.SPINNER, AccessibleRole.DATE_PICKER,
            AccessibleRole.SLIDER);
    private static final Set<AccessibleRole> NO_ROLE = Set.of(AccessibleRole.NODE, AccessibleRole.PARENT);

    private SceneAudit() {
    }

    /** Every node under {@code root} shown on screen: visible itself and all its ancestors up to the root. */
    static List<Node> shownNodes(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** Whether the node can be used from the keyboard: Tab reaches it. */
    static boolean interactive(Node node) {
        return node.isFocusTraversable();
    }

    /** The list or tree cell a node is drawn in, or the node itself when it is in none. */
    static Node cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.IndexedCell<?>) {
                return n;
            }
        }
        return node;
    }

    /** What a screen reader announces as the node's name, or null for none. */
    static String accessibleName(Node node) {
        String own = node.getAccessibleText();
        if (notBlank(own)) {
            return own;
        }
        if (node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) instanceof Node label
                && label.queryAccessibleAttribute(AccessibleAttribute.TEXT) instanceof String text && notBlank(text)) {
            return text;
        }
        if (VALUE_ROLES.contains(role(node))) {
            return null;
        }
        return node.queryAccessibleAttribute(AccessibleAttribute.TEXT) instanceof String text && notBlank(text)
                ? text : null;
    }

    static AccessibleRole role(Node node) {
        return node.queryAccessibleAttribute(AccessibleAttribute.ROLE) instanceof AccessibleRole r ? r : AccessibleRole.NODE;
    }

    /** Whether the role says what the node is (a bare node or group says nothing). */
    static boolean hasRole(Node node) {
        return !NO_ROLE.contains(role(node));
    }

    /** A node as a failure names it: its id, else its class and style classes, with the ids around it. */
    static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        if (!node.getStyleClass().isEmpty()) {
            s.append('.').append(String.join(".", node.getStyleClass()));
        }
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                s.append(" in #").append(p.getId());
                break;
            }
        }
        return s.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
