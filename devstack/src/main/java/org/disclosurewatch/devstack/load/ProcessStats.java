package org.disclosurewatch.devstack.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU time and resident memory of a process, from {@code /proc} (Linux). */
public final class ProcessStats {
    /** Clock ticks per second of {@code /proc/<pid>/stat} times (USER_HZ, 100 on Linux). */
    static final double TICKS = 100.0;

    private ProcessStats() {
    }

    /**
     * User + system CPU seconds used so far by the process and the children it runs now (PostgreSQL's
     * backends); -1 when the process is gone.
     */
    public static double cpuSecondsWithChildren(long pid) {
        double own = cpuSeconds(pid);
        if (own < 0) {
            return -1;
        }
        double sum = own;
        for (ProcessHandle child : ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of())) {
            double c = cpuSeconds(child.pid());
            sum += Math.max(0, c);
        }
        return sum;
    }

    /** User + system CPU seconds used so far; -1 when the process is gone. */
    public static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return cpuSecondsOf(stat);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Parses {@code /proc/<pid>/stat}: fields 14 and 15 (utime, stime), after the parenthesised name. */
    static double cpuSecondsOf(String stat) {
        String rest = stat.substring(stat.lastIndexOf(')') + 2);
        String[] f = rest.trim().split("\\s+");
        // rest starts at field 3 (state): utime is field 14 → index 11, stime 15 → index 12
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
    }

    /** Resident set size in MB; -1 when the process is gone. */
    public static long rssMegabytes(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
            for (String l : lines) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
