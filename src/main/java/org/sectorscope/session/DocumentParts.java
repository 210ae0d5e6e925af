package org.sectorscope.session;

import java.util.concurrent.Executor;

/**
 * What the steps of a {@link ProjectDocument} share: the open project, the I/O threads and the FX
 * thread, the status line, the questions to the screen, the file's guard, its recovery copy and the
 * recent files.
 */
record DocumentParts(ProjectSession session, ProjectFiles files, Executor fx, BackgroundWork work, Dialogs dialogs,
                     OpenFileGuard guard, RecoveryCopy recovery, RecentFilesList recent) {
}
