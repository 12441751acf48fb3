package org.disclosurewatch.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorTest {
    /** A part whose process "dies" on demand and can refuse to start a few times. */
    static final class FakePart implements StackPart {
        boolean alive = true;
        int refusals;
        int starts;
        long pid = 100;

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public long pid() {
            return alive ? pid : -1;
        }

        @Override
        public void restart() throws Exception {
            if (refusals > 0) {
                refusals--;
                throw new java.io.IOException("port still in use");
            }
            starts++;
            pid++;
            alive = true;
        }

        @Override
        public void close() {
            alive = false;
        }
    }

    @Test
    void aDeadPartIsStartedAgainAndItsPidFileRewritten(@TempDir Path work) throws Exception {
        List<String> log = new ArrayList<>();
        Supervisor s = new Supervisor(work, log::add);
        FakePart p = new FakePart();
        s.watch(p);
        assertEquals("100", Files.readString(work.resolve("fake.pid")));
        assertFalse(s.check(p), "a running part is left alone");
        p.alive = false;
        assertTrue(s.check(p));
        assertEquals(1, p.starts);
        assertEquals("101", Files.readString(work.resolve("fake.pid")));
        assertEquals(1, s.restarts().get("fake"));
    }

    @Test
    void aFailedStartIsTriedAgainLaterWithoutStoppingTheSupervisor(@TempDir Path work) {
        List<String> log = new ArrayList<>();
        Supervisor s = new Supervisor(work, log::add);
        FakePart p = new FakePart();
        s.watch(p);
        p.alive = false;
        p.refusals = 1;
        assertFalse(s.check(p));
        assertFalse(s.check(p), "waits before the next attempt");
        assertTrue(log.stream().anyMatch(l -> l.contains("failed") && l.contains("port still in use")), log.toString());
        assertEquals(0, p.starts);
    }
}
