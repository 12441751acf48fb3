package org.disclosurewatch.parser.isolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkerProtocolTest {
    @Test
    void requestsAndResponsesSurviveTheTripIncludingNulls() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buf);
        WorkerProtocol.writeRequest(out, new WorkerProtocol.Request(new byte[] {1, 2, 3}, "text/html; charset=utf-8", null));
        WorkerProtocol.writeRequest(out, new WorkerProtocol.Request(new byte[0], null, "http://x/年报.pdf"));
        WorkerProtocol.writeResponse(out, WorkerProtocol.Response.refused("parse exceeded 30 s"));
        WorkerProtocol.writeResponse(out, WorkerProtocol.Response.parsed("{}".getBytes(StandardCharsets.UTF_8)));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf.toByteArray()));
        WorkerProtocol.Request a = WorkerProtocol.readRequest(in);
        assertArrayEquals(new byte[] {1, 2, 3}, a.content());
        assertEquals("text/html; charset=utf-8", a.contentType());
        assertNull(a.sourceUrl());
        WorkerProtocol.Request b = WorkerProtocol.readRequest(in);
        assertEquals(0, b.content().length);
        assertEquals("http://x/年报.pdf", b.sourceUrl());
        WorkerProtocol.Response refused = WorkerProtocol.readResponse(in);
        assertFalse(refused.isParsed());
        assertEquals("parse exceeded 30 s", refused.reason());
        assertTrue(WorkerProtocol.readResponse(in).isParsed());
        assertNull(WorkerProtocol.readRequest(in), "end of stream ends the worker's loop");
    }

    @Test
    void aStreamOutOfStepIsRefusedNotAllocated() {
        byte[] lie = {0x7f, 0x7f, 0x7f, 0x7f};
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(lie));
        assertThrows(IOException.class, () -> WorkerProtocol.readRequest(in));
    }

    @Test
    void aPackagedApplicationGivesItsOwnLibrariesAsTheWorkerClassPath() {
        String cp = WorkerCommand.classPath("/srv/parser/quarkus-app/quarkus-run.jar");
        assertEquals("/srv/parser/quarkus-app/app/*:/srv/parser/quarkus-app/lib/main/*:/srv/parser/quarkus-app/lib/boot/*", cp);
        assertEquals("/a.jar:/b/classes", WorkerCommand.classPath("/a.jar:/b/classes"));
    }
}
