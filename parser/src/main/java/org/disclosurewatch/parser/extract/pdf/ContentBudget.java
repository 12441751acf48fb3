package org.disclosurewatch.parser.extract.pdf;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.disclosurewatch.parser.Deadline;
import org.disclosurewatch.parser.DocumentParseException;

/**
 * Inflates every page's content streams (and the forms the page draws) once, counting bytes against a
 * budget, before anything interprets them: a compression bomb (gigabytes of operators in a few megabytes of
 * flate data) is refused in well under a second instead of being tokenised until the time limit.
 */
public final class ContentBudget {
    private static final int CHUNK = 1 << 16;

    private ContentBudget() {
    }

    /** Throws when the document's content streams inflate to more than {@code maxBytes} in all. */
    public static void check(PDDocument doc, long maxBytes, Deadline deadline)
            throws IOException, DocumentParseException {
        long[] total = {0};
        Buffers buf = new Buffers();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            deadline.check();
            PDPage page = doc.getPage(i);
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream) {
                count(stream, buf, total, maxBytes, i + 1);
            } else if (contents instanceof COSArray array) {
                for (int k = 0; k < array.size(); k++) {
                    if (array.getObject(k) instanceof COSStream stream) {
                        count(stream, buf, total, maxBytes, i + 1);
                    }
                }
            }
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    count(form.getCOSObject(), buf, total, maxBytes, i + 1);
                }
            }
        }
    }

    /**
     * Counts one stream's inflated bytes without holding them: PDFBox decodes a stream whole into memory, so a
     * flate stream is inflated here from its raw bytes, a chunk at a time. Streams under other filters are
     * counted by their raw length (flate is the filter of bombs; the others expand little).
     */
    private static void count(COSStream stream, Buffers buf, long[] total, long maxBytes, int page)
            throws IOException, DocumentParseException {
        COSBase filter = stream.getFilters();
        boolean flate = COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter)
                || filter instanceof COSArray a && a.size() == 1
                        && (COSName.FLATE_DECODE.equals(a.getObject(0)) || COSName.FLATE_DECODE_ABBREVIATION.equals(a.getObject(0)));
        if (!flate) {
            add(stream.getLength(), total, maxBytes, page);
            return;
        }
        Inflater inflater = new Inflater();
        try (InputStream in = stream.createRawInputStream()) {
            // an InflaterInputStream's reading, on buffers shared by the document's streams
            while (true) {
                int n = inflater.inflate(buf.out);
                if (n > 0) {
                    add(n, total, maxBytes, page);
                } else if (inflater.finished() || inflater.needsDictionary()) {
                    break;
                } else if (inflater.needsInput()) {
                    int raw = in.read(buf.in);
                    if (raw == -1) {
                        throw new EOFException("Unexpected end of ZLIB input stream");
                    }
                    inflater.setInput(buf.in, 0, raw);
                }
            }
        } catch (DataFormatException e) {
            // a damaged flate stream: PDFBox reads what it can of it, as it always did
        } finally {
            inflater.end();
        }
    }

    /** The raw bytes read and the bytes inflated, a chunk each. */
    private static final class Buffers {
        final byte[] in = new byte[CHUNK];
        final byte[] out = new byte[CHUNK];
    }

    private static void add(long n, long[] total, long maxBytes, int page) throws DocumentParseException {
        total[0] += n;
        if (total[0] > maxBytes) {
            throw new DocumentParseException("the PDF's content streams inflate beyond "
                    + (maxBytes >> 20) + " MB (a compression bomb) by page " + page
                    + "; an annual report's pages are a few hundred kilobytes");
        }
    }
}
