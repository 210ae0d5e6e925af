package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which arguments go to the command line and which open the window. */
class CliDispatchTest {
    @Test
    void commandsAndOptionsGoToTheCommandLine() {
        assertTrue(Cli.handles(new String[] {"validate", "a.json"}));
        assertTrue(Cli.handles(new String[] {"list", "a.json"}));
        assertTrue(Cli.handles(new String[] {"sectors", "a.json"}));
        assertTrue(Cli.handles(new String[] {"--version"}));
        assertTrue(Cli.handles(new String[] {"-x"}));
    }

    @Test
    void everySubcommandIsKnownToTheDispatch() {
        var names = Cli.commands(System.out, System.err).getSubcommands().keySet();
        assertTrue(names.size() >= 6, names.toString());
        assertTrue(Cli.COMMANDS.containsAll(names), "Cli.COMMANDS lacks some of " + names);
    }

    @Test
    void aMistypedCommandIsNotOpenedAsAFile() {
        assertTrue(Cli.handles(new String[] {"valdate", "a.json"}));
        assertTrue(Cli.handles(new String[] {"bogus"}));
    }

    @Test
    void filesAndNothingOpenTheWindow() {
        assertFalse(Cli.handles(new String[] {}));
        assertFalse(Cli.handles(new String[] {"my.sectorscope.json"}));
        assertFalse(Cli.handles(new String[] {"projects/brief"}));
        assertFalse(Cli.handles(new String[] {"sample-data"}), "an existing folder or file name goes to the window");
    }
}
