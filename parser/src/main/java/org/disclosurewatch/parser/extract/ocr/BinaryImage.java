package org.disclosurewatch.parser.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page as dark and light pixels: thresholded by Otsu's method, lone dark pixels (specks) removed.
 */
public final class BinaryImage {
    /** Largest group of touching dark pixels taken for a speck. */
    static final int MAX_SPECK = 12;
    private final int width;
    private final int height;
    private final boolean[] dark;

    public BinaryImage(int width, int height, boolean[] dark) {
        if (dark.length != width * height) {
            throw new IllegalArgumentException("pixels do not match the size");
        }
        this.width = width;
        this.height = height;
        this.dark = dark;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && dark[y * width + x];
    }

    public void set(int x, int y, boolean value) {
        dark[y * width + x] = value;
    }

    /** A grayscale copy of any image (white background under transparency). */
    public static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, g.getWidth(), g.getHeight());
        gr.drawImage(image, 0, 0, null);
        gr.dispose();
        return g;
    }

    /** A grayscale image turned by {@code degrees} (clockwise) about its centre, on white. */
    public static BufferedImage rotate(BufferedImage gray, double degrees) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.drawImage(gray, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The grayscale image thresholded (Otsu) with specks removed. */
    public static BinaryImage of(BufferedImage grayImage) {
        BufferedImage gray = gray(grayImage);
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int threshold = otsu(px);
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = (px[i] & 0xff) < threshold;
        }
        BinaryImage b = new BinaryImage(w, h, dark);
        b.despeckle();
        return b;
    }

    /** Otsu's threshold of 8-bit gray levels, kept between 64 and 224 (a blank page has no real split). */
    static int otsu(byte[] px) {
        long[] hist = new long[256];
        for (byte p : px) {
            hist[p & 0xff]++;
        }
        long total = px.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return Math.max(64, Math.min(224, threshold));
    }

    /**
     * Clears every speck: a group of touching dark pixels no larger than {@link #MAX_SPECK} (a speck of a
     * low-resolution scan rendered at 300 dpi is a few pixels; the dot of a decimal point is some 30).
     */
    void despeckle() {
        java.util.BitSet seen = new java.util.BitSet(dark.length); // a bit a pixel: small beside the page
        int[] group = new int[MAX_SPECK + 1];
        int[] stack = new int[64];
        for (int start = 0; start < dark.length; start++) {
            if (!dark[start] || seen.get(start)) {
                continue;
            }
            int n = 0;
            int top = 0;
            stack[top++] = start;
            seen.set(start);
            while (top > 0) {
                int p = stack[--top];
                if (n <= MAX_SPECK) {
                    group[n] = p;
                }
                n++;
                int x = p % width;
                int y = p / width;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            int q = ny * width + nx;
                            if (dark[q] && !seen.get(q)) {
                                seen.set(q);
                                if (top == stack.length) {
                                    stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                                }
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
            if (n <= MAX_SPECK) {
                for (int i = 0; i < n; i++) {
                    dark[group[i]] = false;
                }
            }
        }
    }

    private boolean hasDarkNeighbour(int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx != 0 || dy != 0) && dark(x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dark pixels inside a rectangle. */
    public int count(int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark[y * width + x]) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The smallest rectangle {x0, y0, x1, y1} (exclusive ends) holding the dark pixels inside a rectangle,
     * or null when it has fewer than {@code minPixels}.
     */
    public int[] inkBox(int x0, int y0, int x1, int y1, int minPixels) {
        int ax = Integer.MAX_VALUE;
        int ay = Integer.MAX_VALUE;
        int bx = -1;
        int by = -1;
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark[y * width + x]) {
                    n++;
                    ax = Math.min(ax, x);
                    ay = Math.min(ay, y);
                    bx = Math.max(bx, x);
                    by = Math.max(by, y);
                }
            }
        }
        return n < minPixels ? null : new int[] {ax, ay, bx + 1, by + 1};
    }

    /**
     * The skew of the page's text lines and rulings in degrees (clockwise positive), searched within
     * ±{@code maxDegrees}: the angle whose projection of the dark pixels onto the vertical axis is sharpest.
     */
    public double skewDegrees(double maxDegrees) {
        int step = Math.max(1, (int) Math.sqrt((double) width * height / 2_000_000.0));
        int[] xs = new int[width * height / (step * step) + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                if (dark[y * width + x] && n < xs.length) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = score(xs, ys, n, 0);
        double angle = 0;
        for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, a);
            if (s > best) {
                best = s;
                angle = a;
            }
        }
        double coarse = angle;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.02) {
            double s = score(xs, ys, n, a);
            if (s > best) {
                best = s;
                angle = a;
            }
        }
        return Math.abs(angle) < 0.05 ? 0 : angle;
    }

    /** Sum of squares of the row histogram of the points seen turned back by {@code degrees}. */
    private double score(int[] xs, int[] ys, int n, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(t) * width) + 1;
        long[] rows = new long[height + 2 * pad];
        for (int i = 0; i < n; i++) {
            int y = (int) Math.round(ys[i] - (xs[i] - width / 2.0) * t) + pad;
            if (y >= 0 && y < rows.length) {
                rows[y]++;
            }
        }
        double s = 0;
        for (long r : rows) {
            s += (double) r * r;
        }
        return s;
    }
}
