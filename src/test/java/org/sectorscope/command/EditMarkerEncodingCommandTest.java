package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sectorscope.model.Extras;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.MarkerFixtures;
import org.sectorscope.model.Project;
import java.util.Map;

class EditMarkerEncodingCommandTest {
    @Test
    void colourAndSizeAreEachOneUndoStep() {
        Project p = MarkerFixtures.fields();
        CommandStack stack = new CommandStack(p);
        stack.execute(EditMarkerEncodingCommand.colorBy(p, MarkerFixtures.REGION).orElseThrow());
        assertEquals("Colour markers by Region", stack.undoDescription().orElseThrow());
        stack.execute(EditMarkerEncodingCommand.sizeBy(stack.project(), MarkerFixtures.OUTPUT).orElseThrow());
        assertEquals("Size markers by Output", stack.undoDescription().orElseThrow());
        assertEquals(new MarkerEncoding(MarkerFixtures.REGION, MarkerFixtures.OUTPUT), stack.project().markerEncoding());
        stack.undo();
        assertEquals(new MarkerEncoding(MarkerFixtures.REGION, null), stack.project().markerEncoding());
        stack.undo();
        assertEquals(p, stack.project());
        assertFalse(stack.canUndo());
        stack.redo();
        stack.redo();
        assertEquals(MarkerFixtures.encoded(), stack.project());
    }

    @Test
    void backToTheDefaultAndNoOps() {
        Project p = MarkerFixtures.encoded();
        EditMarkerEncodingCommand c = EditMarkerEncodingCommand.colorBy(p, null).orElseThrow();
        assertEquals("Colour markers by driver", c.description());
        assertEquals(new MarkerEncoding(null, MarkerFixtures.OUTPUT), c.apply(p).markerEncoding());
        assertEquals(p, c.revert(c.apply(p)));
        assertEquals("Size markers alike", EditMarkerEncodingCommand.sizeBy(p, null).orElseThrow().description());
        assertTrue(EditMarkerEncodingCommand.colorBy(p, MarkerFixtures.REGION).isEmpty(), "already so");
        assertTrue(EditMarkerEncodingCommand.sizeBy(MarkerFixtures.fields(), null).isEmpty());
    }

    @Test
    void unknownKeysSurviveAChoice() {
        Project p = MarkerFixtures.fields().withMarkerEncoding(new MarkerEncoding(null, null,
                Extras.of(Map.of("future", true))));
        Project next = EditMarkerEncodingCommand.colorBy(p, MarkerFixtures.REGION).orElseThrow().apply(p);
        assertEquals(Map.of("future", true), next.markerEncoding().extras().fields());
    }

    @Test
    void onlyAFieldOfTheRightKindCanBeChosen() {
        Project p = MarkerFixtures.fields();
        assertThrows(IllegalArgumentException.class, () -> EditMarkerEncodingCommand.colorBy(p, MarkerFixtures.OUTPUT));
        assertThrows(IllegalArgumentException.class, () -> EditMarkerEncodingCommand.sizeBy(p, MarkerFixtures.REGION));
        assertThrows(IllegalArgumentException.class, () -> EditMarkerEncodingCommand.sizeBy(p, "field-gone"));
    }
}
