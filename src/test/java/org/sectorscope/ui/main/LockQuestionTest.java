package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.session.Dialogs.LockChoice;

/** Issue 12, point 15: the project-in-use question defaults to what its words recommend. */
class LockQuestionTest {
    @Test
    void whenTheHolderIsGoneTakeOverComesFirstAndIsTheDefault() {
        LockQuestion q = new LockQuestion("p.sectorscope.json", "Sectorscope on host (process 4242)", true);
        assertEquals(LockChoice.TAKE_OVER, q.defaultChoice());
        assertEquals(List.of(LockChoice.TAKE_OVER, LockChoice.READ_ONLY, LockChoice.COPY, LockChoice.CANCEL),
                q.choices());
        assertTrue(q.message().contains("no longer running, so you can take the project over"), q.message());
    }

    @Test
    void whileTheHolderRunsTakeOverIsNotOfferedAndReadOnlyIsTheDefault() {
        LockQuestion q = new LockQuestion("p.sectorscope.json", "Sectorscope on host (process 4242)", false);
        assertEquals(LockChoice.READ_ONLY, q.defaultChoice());
        assertFalse(q.choices().contains(LockChoice.TAKE_OVER));
        assertEquals(LockChoice.CANCEL, q.choices().get(q.choices().size() - 1));
    }
}
