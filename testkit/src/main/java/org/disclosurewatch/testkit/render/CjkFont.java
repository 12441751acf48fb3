package org.disclosurewatch.testkit.render;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK TrueType font PDFs are drawn with: WenQuanYi Zen Hei from the Debian package
 * {@code fonts-wqy-zenhei}, at {@value #DEFAULT_PATH} unless the system property
 * {@code disclosurewatch.cjk-font} names another .ttc/.ttf file. Parsed once per JVM.
 */
public final class CjkFont {
    public static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    private static final String FONT_NAME = "WenQuanYiZenHei";
    private static TrueTypeFont font;

    private CjkFont() {
    }

    /** The font embedded (as a subset) in {@code doc}. */
    public static synchronized PDType0Font load(PDDocument doc) {
        try {
            if (font == null) {
                font = read(new File(path()));
            }
            return PDType0Font.load(doc, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the CJK font " + path(), e);
        }
    }

    private static String path() {
        return System.getProperty("disclosurewatch.cjk-font", DEFAULT_PATH);
    }

    /** Reads the font file; a missing file is an {@link IllegalStateException} saying how to install it. */
    static TrueTypeFont read(File file) throws IOException {
        if (!file.isFile()) {
            throw new IllegalStateException("the CJK font for PDF rendering is missing: " + file
                    + " (install it with `apt-get install -y fonts-wqy-zenhei`, or set -Ddisclosurewatch.cjk-font=FILE)");
        }
        if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont named = collection.getFontByName(FONT_NAME);
            if (named != null) {
                return named;
            }
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return first[0];
        }
        return new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file));
    }
}
