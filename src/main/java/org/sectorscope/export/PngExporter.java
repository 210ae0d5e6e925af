package org.sectorscope.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import org.sectorscope.model.Project;

/**
 * PNG: the figure drawn into an ARGB image of base size x scale (white or transparent background), with
 * the project embedded as an iTXt chunk ({@link PngProjectChunk}) so the image can be opened again, as
 * much of it as the {@link ProjectEmbedding} says (the whole project unless told otherwise), and the
 * request's dpi recorded ({@link PngDensity}).
 */
public final class PngExporter {
    /** 8000 x 8000 at most: four bytes a pixel is 256 MB already. */
    static final long MAX_PIXELS = 64_000_000L;

    private PngExporter() {
    }

    public static void write(Project project, ExportRequest request, OutputStream out, DoubleConsumer progress)
            throws IOException {
        write(project, request, ProjectEmbedding.FULL, out, progress);
    }

    public static void write(Project project, ExportRequest request, ProjectEmbedding embedding, OutputStream out,
                             DoubleConsumer progress) throws IOException {
        Figure figure = Figures.of(project, request);
        progress.accept(0.1);
        BufferedImage image = render(figure, request.scale(), Progress.range(progress, 0.1, 0.6));
        byte[] png = PngDensity.insert(encode(image), request.dpi());
        progress.accept(0.9);
        Optional<byte[]> json = embedding.json(project);
        out.write(json.isPresent() ? PngProjectChunk.embed(png, json.get()) : png);
    }

    /** The figure as an image of its size times {@code scale}; transparent where the figure paints nothing. */
    public static BufferedImage render(Figure figure, int scale) {
        return render(figure, scale, Progress.NONE);
    }

    static BufferedImage render(Figure figure, int scale, DoubleConsumer progress) {
        long w = (long) figure.width() * scale;
        long h = (long) figure.height() * scale;
        if (w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("the image would be " + w + " x " + h + " pixels, more than "
                    + MAX_PIXELS / 1_000_000 + " million; choose a smaller size or scale");
        }
        BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            figure.paint(g, progress);
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
        return bytes.toByteArray();
    }
}
