package io.docuelevate.infrastructure.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Finds the largest image a page draws from the image dictionaries' {@code /Width} and
 * {@code /Height} alone, without decoding anything, so pixel bombs can be refused before rendering.
 *
 * <p>Looks at the page's image XObjects and their soft masks, and recursively into form XObjects,
 * tiling patterns, Type 3 fonts and soft-mask groups. Inline images (inside content streams) are not
 * seen: they cannot be found without parsing the content.
 */
public final class PdfImageSizes {

    /** Stops the walk through pathological resource graphs. */
    private static final int MAX_DICTIONARIES_VISITED = 10_000;

    /** An image's size in pixels as its dictionary declares it. */
    public record ImageSize(long width, long height) {
        public long pixels() {
            return width * height;
        }
    }

    private PdfImageSizes() {}

    public static Optional<ImageSize> largestImage(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return Optional.empty();
        }
        Walk walk = new Walk();
        walk.resources(resources.getCOSObject());
        walk.drain();
        return Optional.ofNullable(walk.largest);
    }

    private static final class Walk {
        private final Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Deque<COSDictionary> pendingResources = new ArrayDeque<>();
        private ImageSize largest;

        void resources(COSDictionary resources) {
            if (resources != null && visited.add(resources) && visited.size() < MAX_DICTIONARIES_VISITED) {
                pendingResources.add(resources);
            }
        }

        void drain() {
            while (!pendingResources.isEmpty()) {
                COSDictionary resources = pendingResources.poll();
                for (COSBase value : values(resources, COSName.XOBJECT)) {
                    xObject(value);
                }
                for (COSBase value : values(resources, COSName.PATTERN)) {
                    if (value instanceof COSDictionary pattern) {
                        resources(pattern.getCOSDictionary(COSName.RESOURCES));
                    }
                }
                for (COSBase value : values(resources, COSName.FONT)) {
                    if (value instanceof COSDictionary font && COSName.TYPE3.equals(font.getCOSName(COSName.SUBTYPE))) {
                        resources(font.getCOSDictionary(COSName.RESOURCES));
                    }
                }
                for (COSBase value : values(resources, COSName.EXT_G_STATE)) {
                    if (value instanceof COSDictionary state
                            && state.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask) {
                        xObject(mask.getDictionaryObject(COSName.G));
                    }
                }
            }
        }

        private void xObject(COSBase value) {
            if (!(value instanceof COSStream stream) || !visited.add(stream)) {
                return;
            }
            COSName subtype = stream.getCOSName(COSName.SUBTYPE);
            if (COSName.IMAGE.equals(subtype)) {
                image(stream);
                xObject(stream.getDictionaryObject(COSName.SMASK));
                xObject(stream.getDictionaryObject(COSName.MASK));
            } else if (COSName.FORM.equals(subtype)) {
                resources(stream.getCOSDictionary(COSName.RESOURCES));
            }
        }

        private void image(COSStream image) {
            long width = image.getLong(COSName.WIDTH, 0);
            long height = image.getLong(COSName.HEIGHT, 0);
            if (width > 0 && height > 0 && (largest == null || width * height > largest.pixels())) {
                largest = new ImageSize(width, height);
            }
        }

        private static Iterable<COSBase> values(COSDictionary resources, COSName category) {
            COSDictionary entries = resources.getCOSDictionary(category);
            if (entries == null) {
                return List.of();
            }
            List<COSBase> values = new ArrayList<>();
            for (COSBase value : entries.getValues()) {
                values.add(value instanceof COSObject indirect ? indirect.getObject() : value);
            }
            return values;
        }
    }
}
