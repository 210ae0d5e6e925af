package org.sectorscope.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;

/**
 * The export dialog's say in what a PNG carries besides the picture (issue 12, point 12): an editable
 * image (on by default) carries the project, so that it reopens as one, for the analyst and for anyone
 * the image reaches; notes and local file paths can be left out of it; off, the image is the figure only.
 * A summary says in words what will go, with counts from the open project. Used on the FX thread.
 */
public final class PngContentsChoice {
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final BooleanProperty leaveOutNotes = new SimpleBooleanProperty(this, "leaveOutNotes");
    private final BooleanProperty leaveOutPaths = new SimpleBooleanProperty(this, "leaveOutPaths");
    private final StringBinding summary;

    public PngContentsChoice(ProjectSession session) {
        summary = Bindings.createStringBinding(() -> summary(session.project(), embedding()),
                editable, leaveOutNotes, leaveOutPaths, session.projectProperty());
    }

    /** What the PNG will carry. */
    public ProjectEmbedding embedding() {
        if (!editable.get()) {
            return ProjectEmbedding.FIGURE_ONLY;
        }
        return ProjectEmbedding.FULL.withNotes(!leaveOutNotes.get()).withLocalPaths(!leaveOutPaths.get());
    }

    static String summary(Project p, ProjectEmbedding e) {
        if (!e.project()) {
            return "Figure only: the image carries the picture and nothing else, so it cannot be reopened as a project.";
        }
        String notes = count(ProjectEmbedding.noteCount(p), "note");
        String paths = count(ProjectEmbedding.localPathCount(p), "local file path");
        String carried = count(p.sectors().size(), "sector") + ", " + count(p.evidenceCount(), "evidence item")
                + (e.notes() ? ", " + notes : "") + (e.localPaths() ? ", " + paths : "");
        String leftOut = !e.notes() && !e.localPaths() ? notes + " and " + paths
                : !e.notes() ? notes : !e.localPaths() ? paths : "";
        return "The image carries " + e.describe() + " (" + carried + "): anyone you send it to can open it in "
                + "Sectorscope and read that." + (leftOut.isEmpty() ? ""
                : " Left out: " + leftOut + ", and fields this version does not know.");
    }

    private static String count(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    /** On (the default): the PNG carries the project. Off: the figure only. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    /** Leaves the project's and evidence items' notes out of the carried project. */
    public BooleanProperty leaveOutNotesProperty() {
        return leaveOutNotes;
    }

    /** Leaves the sources' local file paths out of the carried project. */
    public BooleanProperty leaveOutPathsProperty() {
        return leaveOutPaths;
    }

    /** What the PNG will carry, in a sentence for the dialog. */
    public StringBinding summaryBinding() {
        return summary;
    }
}
