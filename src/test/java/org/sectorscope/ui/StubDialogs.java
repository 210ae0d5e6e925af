package org.sectorscope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.session.ScriptedDialogs;
import org.sectorscope.ui.main.MainWindowDialogs;

/** Scripted answers to the main window's questions (the document's and Open source's), and a record of what was asked. */
public final class StubDialogs extends ScriptedDialogs implements MainWindowDialogs {
    public final List<String> opened = new ArrayList<>();
    public OpenChoice confirmOpenAnswer = OpenChoice.CANCEL;
    /** Each confirmation asked: the target shown, then why. */
    public final List<String> confirmedTargets = new ArrayList<>();

    @Override
    public void openDocument(String uri) {
        opened.add(uri);
    }

    @Override
    public OpenChoice confirmOpen(String target, String reason, Path folder) {
        asked.add("confirm-open:" + target);
        confirmedTargets.add(target + " | " + reason);
        return confirmOpenAnswer;
    }
}
