package org.disclosurewatch.parser.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.disclosurewatch.parser.isolation.WorkerProtocol.Request;
import org.disclosurewatch.parser.isolation.WorkerProtocol.Response;

/** One parse worker process: sends it a document, waits for the answer, kills it when it overruns. */
final class WorkerProcess {
    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private volatile boolean killedForTime;
    private int parses;

    private WorkerProcess(Process process) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    /** What became of one document. */
    sealed interface Outcome {
        /** The worker answered (a report or a refusal); it stays in service. */
        record Answered(Response response) implements Outcome {
        }

        /** The worker did not answer within the budget (the OCR budget when {@code ocr}) and was killed. */
        record Overran(boolean ocr) implements Outcome {
        }

        /** The worker ran out of memory and ended. */
        record OutOfMemory() implements Outcome {
        }

        /** The worker ended for another reason (killed from outside, crashed). */
        record Died(String how) implements Outcome {
        }
    }

    /** Starts a worker and waits until it is warmed up and reads requests. */
    static WorkerProcess start(List<String> command, Duration startTimeout, ScheduledExecutorService timer)
            throws IOException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        WorkerProcess w = new WorkerProcess(p);
        ScheduledFuture<?> kill = timer.schedule(p::destroyForcibly, startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            int ready = w.fromWorker.readInt();
            if (ready != WorkerProtocol.READY) {
                throw new IOException("it wrote " + Integer.toHexString(ready) + " instead of its ready mark");
            }
            return w;
        } catch (IOException e) {
            p.destroyForcibly();
            throw new IOException("the parse worker did not start (" + w.exitDescription() + "): " + e.getMessage(), e);
        } finally {
            kill.cancel(false);
        }
    }

    /**
     * Parses one document; the worker is killed if it has not answered within {@code budget}, or within
     * {@code ocrBudget} (from the start) once it has said that it reads the document by OCR.
     */
    Outcome parse(Request request, Duration budget, Duration ocrBudget, ScheduledExecutorService timer) {
        parses++;
        long start = System.nanoTime();
        ScheduledFuture<?> kill = killAfter(budget.toMillis(), timer);
        boolean ocr = false;
        try {
            WorkerProtocol.writeRequest(toWorker, request);
            Response response = WorkerProtocol.readResponse(fromWorker);
            if (response.isOcr()) {
                ocr = true;
                kill.cancel(false);
                long left = ocrBudget.toMillis() - (System.nanoTime() - start) / 1_000_000;
                kill = killAfter(Math.max(0, left), timer);
                response = WorkerProtocol.readResponse(fromWorker);
            }
            kill.cancel(false);
            if (response.isOcr()) {
                throw new IOException("the worker announced OCR twice for one document");
            }
            return new Outcome.Answered(response);
        } catch (IOException e) {
            kill.cancel(false);
            if (killedForTime) {
                return new Outcome.Overran(ocr);
            }
            awaitExit();
            if (process.isAlive()) {
                process.destroyForcibly(); // the stream broke but the worker lives on: it cannot be trusted
                awaitExit();
            }
            if (process.exitValue() == WorkerCommand.OUT_OF_MEMORY_EXIT) {
                return new Outcome.OutOfMemory();
            }
            return new Outcome.Died(exitDescription());
        }
    }

    private ScheduledFuture<?> killAfter(long millis, ScheduledExecutorService timer) {
        return timer.schedule(() -> {
            killedForTime = true;
            process.destroyForcibly();
        }, millis, TimeUnit.MILLISECONDS);
    }

    /** Whether the worker can take another document. */
    boolean usable() {
        return !killedForTime && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int parses() {
        return parses;
    }

    /** Ends the worker: closing its input ends it cleanly, a kill makes sure. */
    void stop() {
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    private void awaitExit() {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String exitDescription() {
        awaitExit();
        if (process.isAlive()) {
            return "still running";
        }
        int code = process.exitValue();
        return code > 128 ? "killed by signal " + (code - 128) : "exit status " + code;
    }
}
