package org.disclosurewatch.fetcher.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    private static final LocalDate MAR7 = LocalDate.of(2025, 3, 7);
    private static final LocalDate MAR10 = LocalDate.of(2025, 3, 10);

    @Test
    void theEarliestDateShownAsPublicationWinsOverTheUrl() {
        PublicationDate d = PublicationDates.decide(List.of(DateCandidate.listing(MAR7),
                new DateCandidate(MAR7, DateKind.PAGE, "时间"), DateCandidate.url(MAR10)));
        assertEquals(MAR7, d.date());
        assertEquals("listing", d.source(), "ties are named listing, then page, then meta");
        assertEquals("url 2025-03-10", d.conflict());
    }

    @Test
    void anUpdateTimeDoesNotMoveThePublication() {
        PublicationDate d = PublicationDates.decide(List.of(new DateCandidate(MAR10, DateKind.PAGE, "更新时间"),
                new DateCandidate(MAR7, DateKind.META, "PubDate")));
        assertEquals(MAR7, d.date());
        assertEquals("meta:PubDate", d.source());
        assertEquals("page:更新时间 2025-03-10", d.conflict());
    }

    @Test
    void theUrlServesOnlyWhenThePortalShowsNoDate() {
        PublicationDate d = PublicationDates.decide(List.of(new DateCandidate(LocalDate.of(2025, 2, 1), DateKind.WRITTEN, "成文日期"),
                DateCandidate.url(MAR10)));
        assertEquals(MAR10, d.date());
        assertEquals("url", d.source());
        assertNull(d.conflict(), "成文日期 is no publication date, so it is no disagreement either");
    }

    @Test
    void aWrittenDateAloneGivesNoPublicationDate() {
        PublicationDate d = PublicationDates.decide(List.of(new DateCandidate(MAR7, DateKind.WRITTEN, "成文日期")));
        assertNull(d.date());
        assertNull(d.source());
        assertNull(PublicationDates.decide(List.of()).date());
    }

    @Test
    void datesAreReadInThePortalsWritings() {
        assertEquals(MAR7, DateText.first("2025年3月7日 10:00").orElseThrow());
        assertEquals(MAR7, DateText.first("[2025/03/07]").orElseThrow());
        assertEquals(MAR7, DateText.first("2025.3.7").orElseThrow());
        assertEquals(MAR7, DateText.first("2025-03-07-09:45:00").orElseThrow());
        assertEquals(List.of(new DateCandidate(MAR7, DateKind.PAGE, "发布日期")),
                DateText.labelled("成文日期：2025-02-01 发布日期：【2025-03-07】", List.of("发布日期", "日期"), DateKind.PAGE));
        assertEquals(List.of(), DateText.labelled("2025-13-45", List.of("日期"), DateKind.PAGE));
    }
}
