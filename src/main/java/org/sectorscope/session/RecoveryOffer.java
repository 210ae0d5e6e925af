package org.sectorscope.session;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.RecoveryEntry;
import org.sectorscope.store.RecoveryJournal;

/**
 * After a crash, offers each project with unsaved work left in the recovery journal: what differs
 * from its saved file, then Restore, Discard, or Decide Later (asked again next launch). An entry is
 * removed only once restored or discarded, so nothing is lost by answering later.
 */
final class RecoveryOffer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final RecoveryJournal journal;
    private final ProjectFiles files;
    private final BackgroundWork work;
    private final Dialogs questions;

    RecoveryOffer(RecoveryJournal journal, ProjectFiles files, BackgroundWork work, Dialogs questions) {
        this.journal = journal;
        this.files = files;
        this.work = work;
        this.questions = questions;
    }

    /**
     * Reads the journal off the FX thread, then asks about each entry {@code which} accepts (it runs on the
     * reading thread); {@code restore} opens the chosen one.
     */
    CompletableFuture<Void> run(Predicate<RecoveryEntry> which, Consumer<Recovered> restore) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        files.runReading(() -> {
            List<Recovered> found = new ArrayList<>();
            try {
                for (RecoveryEntry entry : journal.pending()) {
                    if (which.test(entry)) {
                        found.add(Recovered.read(journal, entry));
                    }
                }
            } catch (ProjectFileException e) {
                work.fx().execute(() -> work.say("Could not read the recovery folder: " + e.getMessage()));
            }
            work.fx().execute(() -> {
                for (Recovered r : found) {
                    offer(r, restore);
                }
                done.complete(null);
            });
        });
        return done;
    }

    private void offer(Recovered r, Consumer<Recovered> restore) {
        if (r.restored() == null) {
            work.errors().show("Could not restore unsaved work", r.problem());
            files.run(() -> discardQuietly(r.entry()));
            return;
        }
        String name = r.entry().displayName();
        switch (questions.askRestore(name, WHEN.format(r.entry().recordedAt()), r.differences())) {
            case RESTORE -> {
                restore.accept(r);
                work.say("Restored unsaved work on " + name + "; save to keep it");
                work.notice(Notice.Kind.RECOVERED, "Restored unsaved work on " + name + "; save to keep it");
                files.run(() -> discardQuietly(r.entry()));
            }
            case DISCARD -> files.run(() -> discardQuietly(r.entry()));
            case LATER -> work.say("Unsaved work on " + name + " is kept for later");
        }
    }

    private void discardQuietly(RecoveryEntry entry) {
        try {
            journal.discard(entry);
        } catch (ProjectFileException e) {
            // it will be offered again next time; nothing is lost
        }
    }
}
