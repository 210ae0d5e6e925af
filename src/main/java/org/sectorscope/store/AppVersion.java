package org.sectorscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Sectorscope's version as the build wrote it into the jar (the pom's version, filtered into a resource). */
public final class AppVersion {
    private static final String CURRENT = read();

    private AppVersion() {
    }

    /** "0.1.0-SNAPSHOT", or "unknown" when the classes run without the build's resources. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/sectorscope/version.properties")) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                String version = props.getProperty("version");
                if (version != null && !version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // A missing version is only a detail: the lock file, --version and About say "unknown".
        }
        return "unknown";
    }
}
