package org.sectorscope;

import java.util.Locale;
import java.util.Optional;

/**
 * Which system a build's JavaFX native libraries are for, and whether this computer is one. The build
 * writes the JavaFX platform it resolved ({@code linux}, {@code linux-aarch64}, {@code win},
 * {@code mac}, {@code mac-aarch64}) into the jar's manifest as {@code Sectorscope-Platform}; a window
 * started on another system is told so in a sentence instead of failing to load a native library.
 */
public final class BuildPlatform {
    /** The manifest entry naming the JavaFX platform the jar was built with. */
    public static final String MANIFEST_ENTRY = "Sectorscope-Platform";

    private BuildPlatform() {
    }

    /** The JavaFX platform name for a system, from {@code os.name} and {@code os.arch}; empty when JavaFX has none. */
    public static Optional<String> of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        if (os.startsWith("windows")) {
            return x64 ? Optional.of("win") : Optional.empty();
        }
        if (os.startsWith("mac")) {
            return arm ? Optional.of("mac-aarch64") : x64 ? Optional.of("mac") : Optional.empty();
        }
        if (os.startsWith("linux")) {
            return arm ? Optional.of("linux-aarch64") : x64 ? Optional.of("linux") : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Why the window cannot start here, or empty when it can: the build is for another system. A build
     * that does not say (classes run from an IDE) is taken to fit.
     */
    public static Optional<String> mismatch(String builtFor, String osName, String osArch) {
        if (builtFor == null || builtFor.isBlank()) {
            return Optional.empty();
        }
        Optional<String> here = of(osName, osArch);
        if (here.isPresent() && here.get().equals(builtFor)) {
            return Optional.empty();
        }
        String thisSystem = osName + " (" + osArch + ")";
        String build = here.map(p -> "build it on this computer with `mvn package`, or on any computer with"
                + " `mvn package -Djavafx.platform=" + p + "`").orElse("JavaFX has no build for this system");
        return Optional.of("This Sectorscope build is for " + describe(builtFor) + "; this computer runs "
                + thisSystem + ". To use the window here, " + build + ". The command-line forms work"
                + " anywhere ('sectorscope --help').");
    }

    /** "Linux (x86-64)" for "linux", and so on; an unknown name as it is. */
    static String describe(String platform) {
        return switch (platform) {
            case "linux" -> "Linux (x86-64)";
            case "linux-aarch64" -> "Linux (ARM64)";
            case "win" -> "Windows (x86-64)";
            case "mac" -> "macOS (Intel)";
            case "mac-aarch64" -> "macOS (Apple silicon)";
            default -> platform;
        };
    }
}
