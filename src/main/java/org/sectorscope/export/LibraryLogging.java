package org.sectorscope.export;

/**
 * POI logs through the Log4j API, and so does PDFBox (commons-logging picks the Log4j API when present).
 * With no Log4j implementation on the class path, Log4j prints "ERROR Log4j API could not find a logging
 * provider" on first use, which reads like a failed export. Naming Log4j's
 * own simple provider (errors only, to stderr) behaves the same without that line. Nothing changes when
 * the application has chosen a provider or ships one (log4j-core, log4j-to-slf4j).
 */
final class LibraryLogging {
    private static final String PROVIDER_PROPERTY = "log4j.provider";
    private static final String SIMPLE_PROVIDER = "org.apache.logging.log4j.simple.internal.SimpleProvider";

    private LibraryLogging() {
    }

    static synchronized void quiet() {
        ClassLoader loader = LibraryLogging.class.getClassLoader();
        boolean chosen = System.getProperty(PROVIDER_PROPERTY) != null
                || System.getProperty("log4j2.loggerContextFactory") != null;
        boolean shipped = loader.getResource("META-INF/services/org.apache.logging.log4j.spi.Provider") != null
                || loader.getResource("META-INF/log4j-provider.properties") != null;
        if (!chosen && !shipped) {
            System.setProperty(PROVIDER_PROPERTY, SIMPLE_PROVIDER);
        }
    }
}
