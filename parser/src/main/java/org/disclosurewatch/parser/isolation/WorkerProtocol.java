package org.disclosurewatch.parser.isolation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frames a supervisor and a parse worker exchange over the worker's standard input and output. Every
 * field is length-prefixed (a 4-byte big-endian length, -1 for null), so one document costs two small
 * headers on top of its bytes:
 * <pre>
 *   worker → supervisor, once:  READY (int)
 *   supervisor → worker:        content type, source URL, charset hint, agency hint (UTF-8 strings), content (bytes)
 *   worker → supervisor:        status (byte: PARSED or REFUSED), body (bytes: report JSON or reason UTF-8),
 *                               once before it, for a document read by OCR: status OCR, body (its budget in ms)
 * </pre>
 */
final class WorkerProtocol {
    /** Written once by a worker when it is warmed up and reads requests ("DWWK"). */
    static final int READY = 0x4457574B;
    static final byte PARSED = 0;
    static final byte REFUSED = 1;
    /**
     * Sent by a worker before the answer when the document is a scan or an image it reads by OCR: the
     * supervisor then allows the parse the OCR budget instead of the time limit. Its body is the budget the
     * worker applies, in milliseconds (the supervisor applies its own).
     */
    static final byte OCR = 2;
    /** Largest field accepted from the other side (a report's JSON is far smaller; documents are capped). */
    static final int MAX_FIELD = 256 * 1024 * 1024;

    private WorkerProtocol() {
    }

    /** One document to parse. */
    record Request(byte[] content, String contentType, String sourceUrl, String charset, String agencyHint) {
        Request(byte[] content, String contentType, String sourceUrl) {
            this(content, contentType, sourceUrl, null, null);
        }
    }

    /** A worker's answer: the report's JSON, or the reason the document was refused. */
    record Response(byte status, byte[] body) {
        static Response parsed(byte[] json) {
            return new Response(PARSED, json);
        }

        static Response refused(String reason) {
            return new Response(REFUSED, reason.getBytes(StandardCharsets.UTF_8));
        }

        static Response ocr(java.time.Duration budget) {
            return new Response(OCR, Long.toString(budget.toMillis()).getBytes(StandardCharsets.UTF_8));
        }

        boolean isOcr() {
            return status == OCR;
        }

        boolean isParsed() {
            return status == PARSED;
        }

        String reason() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static void writeRequest(DataOutputStream out, Request r) throws IOException {
        writeString(out, r.contentType());
        writeString(out, r.sourceUrl());
        writeString(out, r.charset());
        writeString(out, r.agencyHint());
        writeBytes(out, r.content());
        out.flush();
    }

    /** The next request, or null when the supervisor closed the stream (the worker then ends). */
    static Request readRequest(DataInputStream in) throws IOException {
        int first;
        try {
            first = in.readInt();
        } catch (EOFException closed) {
            return null;
        }
        String type = stringOf(readBody(in, first));
        String url = stringOf(readBytes(in));
        String charset = stringOf(readBytes(in));
        String agencyHint = stringOf(readBytes(in));
        byte[] content = readBytes(in);
        return new Request(content == null ? new byte[0] : content, type, url, charset, agencyHint);
    }

    static void writeResponse(DataOutputStream out, Response r) throws IOException {
        out.writeByte(r.status());
        writeBytes(out, r.body());
        out.flush();
    }

    static Response readResponse(DataInputStream in) throws IOException {
        byte status = in.readByte();
        if (status != PARSED && status != REFUSED && status != OCR) {
            throw new IOException("the worker sent an unknown status " + status);
        }
        byte[] body = readBytes(in);
        return new Response(status, body == null ? new byte[0] : body);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        if (b == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        return readBody(in, in.readInt());
    }

    private static byte[] readBody(DataInputStream in, int length) throws IOException {
        if (length == -1) {
            return null;
        }
        if (length < -1 || length > MAX_FIELD) {
            throw new IOException("the other side sent a field of " + length + " bytes; the stream is out of step");
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return b;
    }

    private static String stringOf(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
