package org.sectorscope.ui.main;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.sectorscope.session.Notice;
import org.sectorscope.session.ProjectDocument;

/**
 * The document's notices as ControlsFX {@link Notifications} in the window's bottom right corner, gone
 * after a few seconds: a popup that takes no focus, so typing goes on where it was. The status line says
 * the same and stays. {@link NoticeThrottle} keeps them few.
 */
final class NoticePopups {
    /** The style class of a notice's bar, beside ControlsFX's own "notification-bar". */
    static final String STYLE = "sectorscope-notice";
    private static final Duration SHOWN = Duration.seconds(4);
    /** A change on disk is told only if it lasts this long: our own save can look like one for a moment. */
    private static final Duration SETTLE = Duration.millis(800);
    private static final int LONGEST_TEXT = 160;

    private final ProjectDocument document;
    private final Stage stage;
    private final NoticeThrottle throttle = new NoticeThrottle(() -> System.nanoTime() / 1_000_000);

    private NoticePopups(ProjectDocument document, Stage stage) {
        this.document = document;
        this.stage = stage;
    }

    static void attach(ProjectDocument document, Stage stage) {
        NoticePopups popups = new NoticePopups(document, stage);
        document.addNoticeListener(popups::arrived);
    }

    private void arrived(Notice notice) {
        if (notice.kind() != Notice.Kind.CHANGED_ON_DISK) {
            show(notice);
            return;
        }
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            if (notice.text().equals(document.changedOnDiskProperty().get())) {
                show(notice);
            }
        });
        settle.play();
    }

    private void show(Notice notice) {
        if (!stage.isShowing() || !throttle.admit(notice)) {
            return;
        }
        String text = notice.text().length() <= LONGEST_TEXT ? notice.text()
                : notice.text().substring(0, LONGEST_TEXT - 1) + "\u2026";
        Notifications popup = Notifications.create().owner(stage).position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN)
                .title(notice.kind().title()).text(text).styleClass(STYLE);
        if (notice.kind() == Notice.Kind.CHANGED_ON_DISK) {
            popup.showWarning();
        } else {
            popup.showInformation();
        }
    }
}
