package org.disclosurewatch.fetcher.availability;

import java.time.Instant;
import java.util.Objects;
import org.disclosurewatch.contracts.events.FilingAvailability;

/**
 * Decides, round by round, whether a report the fetcher found before is withdrawn from its portal or back.
 * Plain logic, no I/O: the crawler tells it what one round saw of the portal and of the report.
 *
 * <p>A report counts as <em>gone</em> in a round only when the portal's round was successful and either its
 * listing was read to its end without it ({@link Seen#UNLISTED}) or its page answered 404/410
 * ({@link Seen#GONE_STATUS}). It is <em>withdrawn</em> after {@link #ROUNDS} such rounds in a row; rounds in which
 * the portal or a listing could not be read, or the page failed otherwise, say nothing (they neither count nor
 * break the run). A withdrawn report listed and answering again ({@link Seen#ANSWERED}) is <em>restored</em>;
 * one that was withdrawn because it was unlisted is restored too when it is merely listed again
 * ({@link Seen#LISTED}: its page not asked this round).
 */
public final class WithdrawalRule {
    /** Consecutive successful rounds a report must be seen gone before it is withdrawn. */
    public static final int ROUNDS = 2;

    /** How the portal's round went, for all its listings on the host crawled. */
    public enum PortalRound {
        /** A listing's first page (or list endpoint) could not be read: the portal is down or failing. */
        UNREAD,
        /** Every listing was read, but not every one to its end (paging stopped early, a later page failed). */
        READ_PARTLY,
        /** Every listing was read to its end. */
        READ_FULLY
    }

    /** What a round saw of one report. */
    public enum Seen {
        /** Listed, and its page answered (200 or 304). */
        ANSWERED,
        /** Listed, its page not asked this round (resting dead link, older than the portal's watermark). */
        LISTED,
        /** Listed, and its page answered 404 or 410. */
        GONE_STATUS,
        /** Not on its listing. */
        UNLISTED,
        /** Listed, its page failed for another reason (5xx, timeout, refused). */
        FAILED
    }

    /** What a round tells about a report, once the portal's round is taken into account. */
    public enum Observation { PRESENT, PRESENT_IF_UNLISTED, GONE, NOTHING }

    /** What to do after a round. */
    public enum Action { NONE, WITHDRAW, RESTORE }

    /**
     * What is remembered of a report between rounds (kept in its fetch state).
     *
     * @param goneRounds consecutive successful rounds it was seen gone, up to {@link #ROUNDS}
     * @param goneSince  when the first of them saw it, or null
     * @param reason     why the last of them counted it gone ({@code unlisted}, {@code http_404}, …), or null
     * @param withdrawn  whether a withdrawal was announced and not yet ended by a restore
     */
    public record Track(int goneRounds, Instant goneSince, String reason, boolean withdrawn) {
        public static final Track AVAILABLE = new Track(0, null, null, false);
    }

    /** The track after a round and what to announce. */
    public record Decision(Track track, Action action) {
    }

    private WithdrawalRule() {
    }

    /** What a round says about a report, given how the portal's round went and what it saw of the report. */
    public static Observation observe(PortalRound round, Seen seen) {
        Objects.requireNonNull(round);
        Objects.requireNonNull(seen);
        if (round == PortalRound.UNREAD) {
            return Observation.NOTHING;
        }
        return switch (seen) {
            case ANSWERED -> Observation.PRESENT;
            case LISTED -> Observation.PRESENT_IF_UNLISTED;
            case GONE_STATUS -> Observation.GONE;
            case UNLISTED -> round == PortalRound.READ_FULLY ? Observation.GONE : Observation.NOTHING;
            case FAILED -> Observation.NOTHING;
        };
    }

    /**
     * The next track of a report and what to announce.
     *
     * @param prior       what was remembered (null: nothing yet, i.e. available)
     * @param observation what this round says ({@link #observe})
     * @param goneReason  the reason when the observation is {@link Observation#GONE}
     * @param now         when this round saw it
     */
    public static Decision decide(Track prior, Observation observation, String goneReason, Instant now) {
        Track t = prior == null ? Track.AVAILABLE : prior;
        switch (observation) {
            case NOTHING:
                return new Decision(t, Action.NONE);
            case PRESENT_IF_UNLISTED:
                if (!FilingAvailability.REASON_UNLISTED.equals(t.reason())) {
                    return new Decision(t, Action.NONE);
                }
                // listed again after it was counted gone for being unlisted: back
                return back(t);
            case PRESENT:
                return back(t);
            case GONE:
                // counted up to ROUNDS only: a report still gone after its withdrawal changes nothing more
                int rounds = Math.min(t.goneRounds() + 1, ROUNDS);
                Instant since = t.goneRounds() == 0 || t.goneSince() == null ? now : t.goneSince();
                boolean withdrawNow = !t.withdrawn() && rounds >= ROUNDS;
                Track next = new Track(rounds, since, goneReason, t.withdrawn() || withdrawNow);
                return new Decision(next, withdrawNow ? Action.WITHDRAW : Action.NONE);
            default:
                throw new IllegalStateException(observation.toString());
        }
    }

    private static Decision back(Track t) {
        return new Decision(Track.AVAILABLE, t.withdrawn() ? Action.RESTORE : Action.NONE);
    }
}
