package org.disclosurewatch.store.reparse;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.disclosurewatch.contracts.kafka.BrokerAck;
import org.disclosurewatch.contracts.events.FetchedDocument;
import org.disclosurewatch.contracts.events.Reread;
import org.disclosurewatch.contracts.events.RereadRequest;
import org.disclosurewatch.store.originals.Original;
import org.disclosurewatch.store.originals.OriginalStore;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends the originals of a run's versions to the re-read topic (channel {@code reparse}, key = canonical URL),
 * paced at the run's rate, in the background; each send waits for the broker before the next. The run's
 * {@code sent} counter follows.
 */
@ApplicationScoped
public class RereadSender {
    private static final Logger LOG = Logger.getLogger(RereadSender.class);
    private static final long ACK_WAIT_SECONDS = 60;

    @Inject
    @Channel("reparse")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 64)
    Emitter<RereadRequest> emitter;
    @Inject
    OriginalStore originals;
    @Inject
    ReparseRuns runs;
    @Inject
    ManagedExecutor executor;

    /** Starts sending in the background; returns at once. */
    public void sendInBackground(long runId, List<ReparseRuns.Selected> versions, double ratePerSecond) {
        executor.runAsync(() -> send(runId, versions, ratePerSecond));
    }

    void send(long runId, List<ReparseRuns.Selected> versions, double ratePerSecond) {
        long intervalNanos = (long) (1_000_000_000L / ratePerSecond);
        long next = System.nanoTime();
        int sent = 0;
        try {
            for (ReparseRuns.Selected v : versions) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                next = Math.max(next, System.nanoTime() - intervalNanos) + intervalNanos;
                Optional<Original> original = originals.find(v.sha256());
                if (original.isEmpty()) {
                    LOG.warnf("run %d: original of version %d (%s) no longer found, not re-read", runId,
                            v.versionId(), v.sha256());
                    continue;
                }
                if (sendOne(new Reread(runId, v.versionId()), document(v, original.get()))) {
                    runs.sent(runId, 1, false);
                    sent++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("run %d: sending interrupted after %d of %d", runId, sent, versions.size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "run %d: sending stopped after %d of %d", runId, sent, versions.size());
        } finally {
            runs.sent(runId, 0, true);
            LOG.infof("run %d: %d of %d originals sent to be re-read", runId, sent, versions.size());
        }
    }

    /** The document as first fetched: the version's URLs and dates, the original's bytes, type and charset. */
    static FetchedDocument document(ReparseRuns.Selected v, Original o) {
        return new FetchedDocument(FetchedDocument.SCHEMA, first(v.sourceUrl(), o.sourceUrl()),
                first(v.canonicalUrl(), o.canonicalUrl()), first(v.portalId(), o.portalId()), o.agencyHint(),
                v.publishedOn() != null ? v.publishedOn() : o.publishedOn(),
                v.fetchedAt() != null ? v.fetchedAt() : o.fetchedAt(), first(o.contentType(), v.contentType()),
                o.charset(), o.sha256(), o.content());
    }

    private boolean sendOne(Reread reread, FetchedDocument doc) throws InterruptedException {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        String key = doc.canonicalUrl() != null ? doc.canonicalUrl() : doc.sha256();
        Message<RereadRequest> m = BrokerAck.completing(Message.of(RereadRequest.of(reread, doc))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()), acked);
        try {
            emitter.send(m);
            acked.get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            LOG.warnf("run %d: version %d not sent: %s", reread.runId(), reread.versionId(), e.toString());
            return false;
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
