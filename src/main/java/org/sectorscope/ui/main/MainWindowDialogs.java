package org.sectorscope.ui.main;

import org.sectorscope.session.Dialogs;
import org.sectorscope.ui.sources.SourceQuestions;

/** Everything the main window's screen answers: the document's questions and those of "Open source". */
public interface MainWindowDialogs extends Dialogs, SourceQuestions {
}
