package org.disclosurewatch.parser.extract.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators of a content stream, added to a text stripper so that one pass over a page collects
 * its glyphs and its table rulings together: straight stroked lines and the edges of stroked rectangles,
 * and thin filled rectangles (rules drawn as fills), in top-down page coordinates.
 */
final class PathOperators {
    private static final float THIN = 3f;

    private final PDFStreamEngine engine;
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rects = new ArrayList<>();
    private PDRectangle box;
    private List<Ruling> rulings = new ArrayList<>();
    private float cx;
    private float cy;

    PathOperators(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** Starts collecting the rulings of a page with this crop box; returns the list they go to. */
    List<Ruling> startPage(PDRectangle cropBox) {
        box = cropBox;
        rulings = new ArrayList<>();
        path.clear();
        rects.clear();
        return rulings;
    }

    /** The operators to register on the engine. */
    List<OperatorProcessor> operators() {
        return List.of(
                op("re", o -> rect(f(o, 0), f(o, 1), f(o, 2), f(o, 3))),
                op("m", o -> {
                    Point2D p = device(f(o, 0), f(o, 1));
                    cx = (float) p.getX();
                    cy = (float) p.getY();
                }),
                op("l", o -> {
                    Point2D p = device(f(o, 0), f(o, 1));
                    path.add(new float[] {tx(cx), ty(cy), tx((float) p.getX()), ty((float) p.getY())});
                    cx = (float) p.getX();
                    cy = (float) p.getY();
                }),
                op("c", o -> curveEnd(o, 4)), op("v", o -> curveEnd(o, 2)), op("y", o -> curveEnd(o, 2)),
                op("h", o -> {
                }),
                op("S", o -> stroke()), op("s", o -> stroke()),
                op("f", o -> fill()), op("F", o -> fill()), op("f*", o -> fill()),
                op("B", o -> stroke()), op("B*", o -> stroke()), op("b", o -> stroke()), op("b*", o -> stroke()),
                op("n", o -> end()));
    }

    private interface Action {
        void run(List<COSBase> operands);
    }

    private OperatorProcessor op(String name, Action action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (box != null) {
                    action.run(operands);
                }
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private static float f(List<COSBase> operands, int i) {
        return i < operands.size() && operands.get(i) instanceof COSNumber n ? n.floatValue() : 0f;
    }

    private Point2D device(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private void curveEnd(List<COSBase> o, int at) {
        Point2D p = device(f(o, at), f(o, at + 1));
        cx = (float) p.getX();
        cy = (float) p.getY();
    }

    private void rect(float x, float y, float w, float h) {
        Point2D p0 = device(x, y);
        Point2D p1 = device(x + w, y);
        Point2D p2 = device(x + w, y + h);
        Point2D p3 = device(x, y + h);
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rects.add(new float[] {tx(x0), ty(y1), tx(x1), ty(y0)});
        cx = (float) p0.getX();
        cy = (float) p0.getY();
    }

    private float tx(double x) {
        return (float) (x - box.getLowerLeftX());
    }

    private float ty(double y) {
        return (float) (box.getUpperRightY() - y);
    }

    private void stroke() {
        for (float[] s : path) {
            addLine(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rects) {
            addLine(r[0], r[1], r[2], r[1]);
            addLine(r[0], r[3], r[2], r[3]);
            addLine(r[0], r[1], r[0], r[3]);
            addLine(r[2], r[1], r[2], r[3]);
        }
        end();
    }

    private void fill() {
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
        end();
    }

    private void end() {
        path.clear();
        rects.clear();
    }

    private void addLine(float x0, float y0, float x1, float y1) {
        if (Math.abs(x0 - x1) < 1f && Math.abs(y0 - y1) > 2f) {
            rulings.add(new Ruling(x0, Math.min(y0, y1), x0, Math.max(y0, y1)));
        } else if (Math.abs(y0 - y1) < 1f && Math.abs(x0 - x1) > 2f) {
            rulings.add(new Ruling(Math.min(x0, x1), y0, Math.max(x0, x1), y0));
        }
    }
}
