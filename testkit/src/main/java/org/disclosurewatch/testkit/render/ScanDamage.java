package org.disclosurewatch.testkit.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * What a scanner does to a page: turns it by a small angle and sprinkles specks over it.
 *
 * @param degrees rotation, clockwise, in degrees (a page fed slightly askew: about one degree)
 * @param specks  share of the pixels turned black or white at random (dust, paper grain)
 * @param seed    for the specks
 */
public record ScanDamage(double degrees, double specks, long seed) {
    /** A clean, straight scan. */
    public static ScanDamage none() {
        return new ScanDamage(0, 0, 0);
    }

    /** The page image (PNG) damaged, as PNG. */
    public byte[] apply(byte[] png, int dpi) {
        if (degrees == 0 && specks == 0) {
            return png;
        }
        try {
            BufferedImage src = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
            g.drawImage(src, 0, 0, null);
            g.dispose();
            if (specks > 0) {
                Random random = new Random(seed);
                long n = Math.round(specks * out.getWidth() * out.getHeight());
                for (long i = 0; i < n; i++) {
                    out.setRGB(random.nextInt(out.getWidth()), random.nextInt(out.getHeight()),
                            random.nextBoolean() ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
