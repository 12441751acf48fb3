package org.disclosurewatch.parser.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.parser.DocumentHints;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.ReportParser;
import org.disclosurewatch.parser.isolation.WorkerProtocol.Request;
import org.disclosurewatch.parser.isolation.WorkerProtocol.Response;

/**
 * The main class of a parse worker process: reads requests from standard input, parses each with
 * {@link ReportParser} and answers on standard output, one document after the other, until standard input
 * closes. It is started and watched by {@link WorkerProcess}; its heap is small and it exits on the first
 * {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}), so a document that needs too much memory
 * costs this process, never the service. Anything the libraries print goes to standard error.
 *
 * <p>Arguments: max bytes, max PDF pages, max inflated DOCX bytes, max time in milliseconds, max OCR time in
 * milliseconds, max pages read by OCR. Before it reads a document by OCR it tells the supervisor
 * ({@link WorkerProtocol#OCR}), which then allows the parse the OCR budget.
 */
public final class ParseWorker {
    private ParseWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err); // standard output carries frames only
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        watchParent();
        ReportParser parser = new ReportParser(limits(args), budget -> announceOcr(out, budget));
        warmUp(parser);
        out.writeInt(WorkerProtocol.READY);
        out.flush();
        Request request;
        while ((request = WorkerProtocol.readRequest(in)) != null) {
            WorkerProtocol.writeResponse(out, answer(parser, request));
        }
    }

    /** Tells the supervisor that OCR starts, so that it allows this parse the OCR budget. */
    private static void announceOcr(DataOutputStream out, Duration budget) {
        try {
            WorkerProtocol.writeResponse(out, Response.ocr(budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends this worker when its supervisor is gone (killed without closing our input), even mid-parse. */
    private static void watchParent() {
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                boolean alive = ProcessHandle.current().parent().map(p -> p.pid() == parent && p.isAlive()).orElse(false);
                if (!alive) {
                    Runtime.getRuntime().halt(0);
                }
            }
        }, "dw-parse-worker-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    static ParserLimits limits(String[] args) {
        if (args.length == 4) {
            return new ParserLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
                    Duration.ofMillis(Long.parseLong(args[3])));
        }
        if (args.length != 6) {
            return ParserLimits.defaults();
        }
        return new ParserLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
                Duration.ofMillis(Long.parseLong(args[3])), Duration.ofMillis(Long.parseLong(args[4])),
                Integer.parseInt(args[5]));
    }

    /** The answer to one request; a failure that is not the document's fault is reported, not thrown. */
    static Response answer(ReportParser parser, Request request) {
        try {
            return Response.parsed(Json.write(parser.parse(request.content(), request.contentType(),
                    request.sourceUrl(), new DocumentHints(request.charset(), request.agencyHint()))));
        } catch (DocumentParseException e) {
            return Response.refused(e.reason());
        } catch (OutOfMemoryError e) {
            throw e; // the JVM ends here; the supervisor reports the memory budget
        } catch (RuntimeException | Error e) {
            return Response.refused("the document cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** Loads and compiles the common paths once, so the first real document is not slow. */
    private static void warmUp(ReportParser parser) {
        StringBuilder html = new StringBuilder("<html><body><h1>政府信息公开工作年度报告</h1><table>");
        for (int i = 0; i < 20; i++) {
            html.append("<tr><td>行").append(i).append("</td><td>").append(i).append("</td></tr>");
        }
        html.append("</table><p>一、总体情况</p></body></html>");
        try {
            parser.parse(html.toString().getBytes(StandardCharsets.UTF_8), "text/html", null);
            parser.parse("一、总体情况\n\t本年新制作数量\t3\n".getBytes(StandardCharsets.UTF_8), "text/plain", null);
            parser.parse(samplePdf(), "application/pdf", null);
        } catch (DocumentParseException | IOException | RuntimeException expected) {
            // warm-up documents are not reports; only the code paths matter
        }
    }

    private static byte[] samplePdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Annual report 2024");
                cs.endText();
                cs.addRect(72, 500, 200, 100);
                cs.stroke();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
