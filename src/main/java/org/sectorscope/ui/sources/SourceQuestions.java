package org.sectorscope.ui.sources;

import java.nio.file.Path;

/** What "Open source" asks the screen: the seam that lets tests answer without a window. */
public interface SourceQuestions {
    /** Whether to open a source's target that needs a yes; the folder is trusted for the rest of the session. */
    enum OpenChoice { OPEN, OPEN_AND_TRUST_FOLDER, CANCEL }

    /** Opens a file: or http(s): URI in the system's viewer; only with what "Open source" decided may open. */
    void openDocument(String uri);

    /**
     * "Open source" found a target that is not plainly a web page or a document in a known folder: shows
     * {@code target} whole and {@code reason}, with Cancel the default. {@code folder} is non-null for a
     * local file, whose folder may then be trusted.
     */
    OpenChoice confirmOpen(String target, String reason, Path folder);
}
