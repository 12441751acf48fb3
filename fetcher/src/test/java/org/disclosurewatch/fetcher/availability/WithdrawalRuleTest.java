package org.disclosurewatch.fetcher.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.fetcher.availability.WithdrawalRule.Action;
import org.disclosurewatch.fetcher.availability.WithdrawalRule.PortalRound;
import org.disclosurewatch.fetcher.availability.WithdrawalRule.Seen;
import org.disclosurewatch.fetcher.availability.WithdrawalRule.Track;
import org.junit.jupiter.api.Test;

class WithdrawalRuleTest {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    /** Plays rounds (portal round, what was seen of the report) and returns the actions, one per round. */
    private static List<Action> play(Object... rounds) {
        List<Action> actions = new ArrayList<>();
        Track track = null;
        for (int i = 0; i < rounds.length; i += 2) {
            PortalRound round = (PortalRound) rounds[i];
            Seen seen = (Seen) rounds[i + 1];
            WithdrawalRule.Decision d = WithdrawalRule.decide(track, WithdrawalRule.observe(round, seen),
                    seen == Seen.UNLISTED ? "unlisted" : "http_404", T0.plusSeconds(3600L * i));
            track = d.track();
            actions.add(d.action());
        }
        return actions;
    }

    @Test
    void unlistedOnTwoFullRoundsInARowIsWithdrawnOnTheSecondOnly() {
        assertEquals(List.of(Action.NONE, Action.WITHDRAW, Action.NONE, Action.NONE),
                play(PortalRound.READ_FULLY, Seen.UNLISTED, PortalRound.READ_FULLY, Seen.UNLISTED,
                        PortalRound.READ_FULLY, Seen.UNLISTED, PortalRound.READ_FULLY, Seen.UNLISTED));
    }

    @Test
    void aReportStillGoneAfterItsWithdrawalLeavesItsTrackAsItWas() {
        Track t = null;
        for (int i = 0; i < 2; i++) {
            t = WithdrawalRule.decide(t, WithdrawalRule.Observation.GONE, "unlisted", T0.plusSeconds(i)).track();
        }
        WithdrawalRule.Decision again = WithdrawalRule.decide(t, WithdrawalRule.Observation.GONE, "unlisted",
                T0.plusSeconds(99));
        assertEquals(t, again.track(), "nothing new to remember, so no state is written");
        assertEquals(Action.NONE, again.action());
    }

    @Test
    void oneRoundGoneIsNotEnough() {
        assertEquals(List.of(Action.NONE), play(PortalRound.READ_FULLY, Seen.UNLISTED));
        assertEquals(List.of(Action.NONE), play(PortalRound.READ_FULLY, Seen.GONE_STATUS));
        // gone, back, gone: never two in a row
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE),
                play(PortalRound.READ_FULLY, Seen.GONE_STATUS, PortalRound.READ_FULLY, Seen.ANSWERED,
                        PortalRound.READ_FULLY, Seen.GONE_STATUS));
    }

    @Test
    void aPortalThatIsDownSaysNothingEvenWhenTheReportIsMissingOrAnswers404() {
        assertEquals(WithdrawalRule.Observation.NOTHING, WithdrawalRule.observe(PortalRound.UNREAD, Seen.UNLISTED));
        assertEquals(WithdrawalRule.Observation.NOTHING, WithdrawalRule.observe(PortalRound.UNREAD, Seen.GONE_STATUS));
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE),
                play(PortalRound.UNREAD, Seen.UNLISTED, PortalRound.UNREAD, Seen.GONE_STATUS,
                        PortalRound.UNREAD, Seen.UNLISTED));
        // a down round between two gone rounds neither counts nor breaks the run
        assertEquals(List.of(Action.NONE, Action.NONE, Action.WITHDRAW),
                play(PortalRound.READ_FULLY, Seen.UNLISTED, PortalRound.UNREAD, Seen.UNLISTED,
                        PortalRound.READ_FULLY, Seen.UNLISTED));
    }

    @Test
    void aListingNotReadToItsEndDoesNotMakeAnAbsentReportGone() {
        assertEquals(WithdrawalRule.Observation.NOTHING, WithdrawalRule.observe(PortalRound.READ_PARTLY, Seen.UNLISTED));
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE),
                play(PortalRound.READ_PARTLY, Seen.UNLISTED, PortalRound.READ_PARTLY, Seen.UNLISTED,
                        PortalRound.READ_PARTLY, Seen.UNLISTED));
        // but the page itself answering 404 counts on a partly read round: the listing did carry the link
        assertEquals(List.of(Action.NONE, Action.WITHDRAW),
                play(PortalRound.READ_PARTLY, Seen.GONE_STATUS, PortalRound.READ_PARTLY, Seen.GONE_STATUS));
    }

    @Test
    void aPageThatFailsOtherwiseSaysNothing() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.WITHDRAW),
                play(PortalRound.READ_FULLY, Seen.GONE_STATUS, PortalRound.READ_FULLY, Seen.FAILED,
                        PortalRound.READ_FULLY, Seen.GONE_STATUS));
    }

    @Test
    void mixedReasonsCountTogetherAndTheFirstGoneRoundIsKept() {
        Track t = WithdrawalRule.decide(null, WithdrawalRule.Observation.GONE, "unlisted", T0).track();
        WithdrawalRule.Decision d = WithdrawalRule.decide(t, WithdrawalRule.Observation.GONE, "http_410",
                T0.plusSeconds(60));
        assertEquals(Action.WITHDRAW, d.action());
        assertEquals(T0, d.track().goneSince());
        assertEquals("http_410", d.track().reason());
        assertEquals(2, d.track().goneRounds());
        assertTrue(d.track().withdrawn());
    }

    @Test
    void aWithdrawnReportAnsweringAgainIsRestoredOnce() {
        assertEquals(List.of(Action.NONE, Action.WITHDRAW, Action.RESTORE, Action.NONE),
                play(PortalRound.READ_FULLY, Seen.GONE_STATUS, PortalRound.READ_FULLY, Seen.GONE_STATUS,
                        PortalRound.READ_FULLY, Seen.ANSWERED, PortalRound.READ_FULLY, Seen.ANSWERED));
        // a down portal does not restore it either
        assertEquals(List.of(Action.NONE, Action.WITHDRAW, Action.NONE),
                play(PortalRound.READ_FULLY, Seen.UNLISTED, PortalRound.READ_FULLY, Seen.UNLISTED,
                        PortalRound.UNREAD, Seen.ANSWERED));
    }

    @Test
    void listedAgainWithoutAskingThePageRestoresOnlyWhatWasUnlisted() {
        assertEquals(List.of(Action.NONE, Action.WITHDRAW, Action.RESTORE),
                play(PortalRound.READ_FULLY, Seen.UNLISTED, PortalRound.READ_FULLY, Seen.UNLISTED,
                        PortalRound.READ_PARTLY, Seen.LISTED));
        // a 404 page still listed (resting as a dead link) is not back just because the listing shows it
        assertEquals(List.of(Action.NONE, Action.WITHDRAW, Action.NONE),
                play(PortalRound.READ_FULLY, Seen.GONE_STATUS, PortalRound.READ_FULLY, Seen.GONE_STATUS,
                        PortalRound.READ_FULLY, Seen.LISTED));
        Track resting = WithdrawalRule.decide(null, WithdrawalRule.Observation.GONE, "http_404", T0).track();
        assertFalse(resting.withdrawn());
        assertEquals(resting, WithdrawalRule.decide(resting, WithdrawalRule.Observation.PRESENT_IF_UNLISTED, null,
                T0.plusSeconds(1)).track());
    }
}
