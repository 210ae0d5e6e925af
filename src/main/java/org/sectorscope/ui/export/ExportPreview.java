package org.sectorscope.ui.export;

import java.awt.image.BufferedImage;
import org.sectorscope.export.ExportRequest;

/**
 * A rendered export preview: the figure at scale 1, the size or page of the file in words ("PNG, 2400 x
 * 1600 px", "PDF, Letter landscape"), and the request it was rendered from.
 */
public record ExportPreview(BufferedImage image, String size, ExportRequest request) {
}
