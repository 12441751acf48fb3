package org.disclosurewatch.fetcher.state;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The fetch state this replica knows, by canonical URL; writes go to the durable {@link FetchStateLog} first. */
public final class FetchStateStore {
    private final Map<String, FetchState> byUrl = new ConcurrentHashMap<>();
    private final FetchStateLog log;

    public FetchStateStore(FetchStateLog log) {
        this.log = log;
    }

    public Optional<FetchState> get(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public boolean knows(String url) {
        return byUrl.containsKey(url);
    }

    /** Records a state durably, then makes it visible here. */
    public void record(FetchState state) throws InterruptedException {
        log.append(state);
        byUrl.put(state.url(), state);
    }

    /** Applies a state read back from the log (start-up, or written by another replica). */
    public void apply(FetchState state) {
        byUrl.merge(state.url(), state, (old, incoming) ->
                old.fetchedAt() != null && incoming.fetchedAt() != null && old.fetchedAt().isAfter(incoming.fetchedAt())
                        ? old : incoming);
    }

    /** Every state this replica knows (a snapshot). */
    public java.util.List<FetchState> all() {
        return java.util.List.copyOf(byUrl.values());
    }

    public int size() {
        return byUrl.size();
    }

    public FetchStateLog log() {
        return log;
    }
}
