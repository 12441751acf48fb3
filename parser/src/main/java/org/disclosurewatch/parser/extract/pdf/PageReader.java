package org.disclosurewatch.parser.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;

/** Collects the glyphs and the table rulings of one page. */
final class PageReader {
    private PageReader() {
    }

    /**
     * The glyphs of every page in top-down coordinates, in one pass over the document that also collects each
     * page's table rulings into {@code rulings} ({@link PathOperators}). Only the glyphs' positions are
     * collected: the stripper's own text building (sorting, line assembly) is skipped.
     */
    static List<List<Glyph>> glyphs(PDDocument doc, Deadline deadline, List<List<Ruling>> rulings)
            throws IOException, DocumentParseException {
        List<List<Glyph>> pages = new ArrayList<>();
        DocumentParseException[] late = new DocumentParseException[1];
        PDFTextStripper stripper = new PDFTextStripper() {
            private List<Glyph> out = new ArrayList<>();
            private final PathOperators paths = new PathOperators(this);

            {
                paths.operators().forEach(this::addOperator);
            }

            @Override
            protected void startPage(PDPage page) throws IOException {
                try {
                    deadline.check();
                } catch (DocumentParseException e) {
                    late[0] = e;
                    throw new IOException(e.getMessage(), e);
                }
                out = new ArrayList<>();
                pages.add(out);
                rulings.add(paths.startPage(page.getCropBox()));
            }

            @Override
            protected void writePage() {
                // positions are all that is needed
            }

            @Override
            protected void processTextPosition(TextPosition t) {
                String u = t.getUnicode();
                if (u == null || u.isBlank()) {
                    return;
                }
                float h = t.getHeightDir() > 0 ? t.getHeightDir() : t.getFontSizeInPt();
                float top = t.getYDirAdj() - h;
                for (Glyph g : recent(out)) {
                    if (g.text().equals(u) && Math.abs(g.x() - t.getXDirAdj()) < 0.5f && Math.abs(g.top() - top) < 0.5f) {
                        return; // fake bold: the same glyph drawn twice
                    }
                }
                out.add(new Glyph(u, t.getXDirAdj(), top, t.getWidthDirAdj(), h));
            }
        };
        ResourceCache cache = doc.getResourceCache();
        doc.setResourceCache(new KeptResources()); // each shared font loaded once, not once a page
        try {
            stripper.getText(doc);
        } catch (IOException e) {
            if (late[0] != null) {
                throw late[0];
            }
            throw e;
        } finally {
            doc.setResourceCache(cache);
        }
        while (pages.size() < doc.getNumberOfPages()) {
            pages.add(new ArrayList<>());
            rulings.add(new ArrayList<>());
        }
        return pages;
    }

    private static List<Glyph> recent(List<Glyph> all) {
        return all.subList(Math.max(0, all.size() - 3), all.size());
    }

    /** The straight lines and thin filled rectangles of a page, in top-down coordinates. */
    static Graphics graphics(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        Collector c = new Collector(page, box);
        c.processPage(page);
        return new Graphics(c.rulings, c.images);
    }

    /** What a page draws besides text. */
    record Graphics(List<Ruling> rulings, int images) {
    }

    private static final class Collector extends PDFGraphicsStreamEngine {
        private static final float THIN = 3f;
        final List<Ruling> rulings = new ArrayList<>();
        final List<float[]> path = new ArrayList<>();
        final List<float[]> rects = new ArrayList<>();
        final PDRectangle box;
        int images;
        float cx;
        float cy;

        Collector(PDPage page, PDRectangle box) {
            super(page);
            this.box = box;
        }

        private float tx(double x) {
            return (float) (x - box.getLowerLeftX());
        }

        private float ty(double y) {
            return (float) (box.getUpperRightY() - y);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rects.add(new float[] {tx(x0), ty(y1), tx(x1), ty(y0)});
        }

        @Override
        public void drawImage(PDImage pdImage) {
            images++;
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            cx = x;
            cy = y;
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new float[] {tx(cx), ty(cy), tx(x), ty(y)});
            cx = x;
            cy = y;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            cx = x3;
            cy = y3;
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float(cx, cy);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
            rects.clear();
        }

        @Override
        public void strokePath() {
            for (float[] s : path) {
                addLine(s[0], s[1], s[2], s[3]);
            }
            for (float[] r : rects) {
                addLine(r[0], r[1], r[2], r[1]);
                addLine(r[0], r[3], r[2], r[3]);
                addLine(r[0], r[1], r[0], r[3]);
                addLine(r[2], r[1], r[2], r[3]);
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] r : rects) {
                float w = r[2] - r[0];
                float h = r[3] - r[1];
                if (w <= THIN && h > THIN) {
                    float x = (r[0] + r[2]) / 2;
                    addLine(x, r[1], x, r[3]);
                } else if (h <= THIN && w > THIN) {
                    float y = (r[1] + r[3]) / 2;
                    addLine(r[0], y, r[2], y);
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void addLine(float x0, float y0, float x1, float y1) {
            if (Math.abs(x0 - x1) < 1f && Math.abs(y0 - y1) > 2f) {
                rulings.add(new Ruling(x0, Math.min(y0, y1), x0, Math.max(y0, y1)));
            } else if (Math.abs(y0 - y1) < 1f && Math.abs(x0 - x1) > 2f) {
                rulings.add(new Ruling(Math.min(x0, x1), y0, Math.max(x0, x1), y0));
            }
        }
    }
}
