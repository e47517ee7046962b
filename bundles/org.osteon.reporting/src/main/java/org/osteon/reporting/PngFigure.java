package org.osteon.reporting;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.w3c.dom.Node;

/**
 * PNG figures that carry their caption in the file, as a PNG {@code tEXt} chunk with the registered
 * keyword {@code Description}: the HTML report reads it back for the figure's caption, so a PNG artifact
 * needs no side file.
 */
public final class PngFigure {

    public static final String MEDIA_TYPE = "image/png";

    private static final String FORMAT = "javax_imageio_png_1.0";
    private static final String KEYWORD = "Description";

    private PngFigure() {
    }

    /** Writes {@code image} as a PNG with {@code caption} (Latin-1 text; other characters become '?'). */
    public static void write(BufferedImage image, String caption, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this Java runtime for " + file);
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", KEYWORD);
            entry.setAttribute("value", latin1(caption));
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            text.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode(FORMAT);
            root.appendChild(text);
            meta.mergeTree(FORMAT, root);
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, meta));
        } finally {
            writer.dispose();
        }
    }

    /** The caption written by {@link #write}, if the file is a PNG that has one. */
    public static Optional<String> caption(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                IIOMetadata meta = reader.getImageMetadata(0);
                if (meta == null || !java.util.Arrays.asList(meta.getMetadataFormatNames()).contains(FORMAT)) {
                    return Optional.empty();
                }
                return find(meta.getAsTree(FORMAT));
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<String> find(Node node) {
        if ("tEXtEntry".equals(node.getNodeName()) && node instanceof IIOMetadataNode e
                && KEYWORD.equals(e.getAttribute("keyword"))) {
            return Optional.of(e.getAttribute("value"));
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Optional<String> found = find(c);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String latin1(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c <= 0xFF && (c < 0x7F || c > 0x9F) ? c : '?');
        }
        return out.toString();
    }
}
