package org.disclosurewatch.contracts.kafka;

import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Ties an outgoing message to a future the broker's acknowledgement completes (its refusal fails it). */
public final class BrokerAck {
    private BrokerAck() {
    }

    /** {@code message}, completing {@code acked} when the broker took it and failing it when it did not. */
    public static <T> Message<T> completing(Message<T> message, CompletableFuture<Void> acked) {
        return message
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    acked.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                });
    }
}
