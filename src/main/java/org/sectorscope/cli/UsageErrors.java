package org.sectorscope.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake in the arguments, told as one {@code error: ...} line in our words rather than picocli's
 * (which also prints the whole usage), with exit status {@link Cli#USAGE}. Every command but
 * {@code export} adds a line saying where the usage is; export's messages name what to use themselves.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    static final String RUN_HELP = "Run 'sectorscope --help' for usage.";

    private final PrintStream err;

    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        Cli.error(err, message(e, args));
        if (!(e.getCommandLine().getCommand() instanceof ExportCommand)) {
            err.println(RUN_HELP);
        }
        return Cli.USAGE;
    }

    static String message(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            if (where.getParent() == null) {
                return "unknown command or option '" + arg + "'";
            }
            return "unknown " + where.getCommandName() + " option '" + nameOf(arg)
                    + "'; run 'sectorscope --help' for the options";
        }
        if (e instanceof MissingParameterException missing) {
            for (ArgSpec spec : missing.getMissing()) {
                if (spec instanceof OptionSpec option) {
                    return option.longestName() + " needs a value" + ExportOptionValues.hint(option.longestName());
                }
            }
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return option.longestName() + " is given twice";
        }
        if (e instanceof MaxValuesExceededException) {
            String flag = flagGivenAValue(where, args);
            if (flag != null) {
                return flag + " takes no value";
            }
        }
        if (e.getCause() instanceof TypeConversionException refused) {
            return refused.getMessage(); // our converters' own words (ExportOptionValues)
        }
        return e.getMessage();
    }

    /** {@code --force=yes}: the option that takes no value but was given one. */
    private static String flagGivenAValue(CommandLine where, String[] args) {
        for (String arg : args) {
            OptionSpec option = where.getCommandSpec().findOption(nameOf(arg));
            if (arg.contains("=") && option != null && option.arity().max() == 0) {
                return option.longestName();
            }
        }
        return null;
    }

    /** {@code --name} of {@code --name=value}. */
    private static String nameOf(String arg) {
        int eq = arg.indexOf('=');
        return eq > 0 ? arg.substring(0, eq) : arg;
    }
}
