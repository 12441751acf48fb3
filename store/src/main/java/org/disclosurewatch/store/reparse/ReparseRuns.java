package org.disclosurewatch.store.reparse;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosurewatch.store.domain.ParserVersions;
import org.disclosurewatch.store.persistence.ReparseRun;

/**
 * Selects the stored versions a reparse run re-reads and records the run. A version is selected when it
 * matches the filters (its parser older than {@code parserOlderThan}, a version not recorded counting as older
 * than any; its body's region equal to {@code region} or under it) and the store holds its original.
 */
@ApplicationScoped
public class ReparseRuns {
    private static final String SELECT = """
            select v.id, v.sha256, v.parser_version, v.source_url, v.canonical_url, v.portal_id, v.published_on,
                   v.fetched_at, v.content_type, a.region,
                   exists (select 1 from original o where o.sha256 = v.sha256) as has_original
            from document_version v join report r on r.id = v.report_id join agency a on a.id = r.agency_id
            where (cast(? as text) is null or a.region = ? or a.region like ? escape '\\')
            order by v.id""";

    private final AgroalDataSource db;
    private final Clock clock;

    public ReparseRuns(AgroalDataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a run asks for; null filters select everything. */
    public record Request(String parserOlderThan, String region, boolean dryRun, double ratePerSecond,
                          String requestedBy) {
    }

    /** A version to re-read, with what the parser needs besides the original's bytes. */
    public record Selected(long versionId, String sha256, String sourceUrl, String canonicalUrl, String portalId,
                           LocalDate publishedOn, Instant fetchedAt, String contentType) {
    }

    /** The run as recorded, with the versions it re-reads. */
    public record Started(ReparseRun run, List<Selected> versions) {
    }

    @Transactional
    public Started start(Request request, int maxVersions) {
        List<Selected> selected = new ArrayList<>();
        int withoutOriginal = 0;
        String region = request.region() == null || request.region().isBlank() ? null : request.region().trim();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setString(1, region);
            s.setString(2, region);
            s.setString(3, region == null ? null : likePrefix(region));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (request.parserOlderThan() != null
                            && !ParserVersions.olderThan(r.getString("parser_version"), request.parserOlderThan())) {
                        continue;
                    }
                    if (!r.getBoolean("has_original")) {
                        withoutOriginal++;
                        continue;
                    }
                    java.sql.Date published = r.getDate("published_on");
                    Timestamp fetched = r.getTimestamp("fetched_at");
                    selected.add(new Selected(r.getLong("id"), r.getString("sha256"), r.getString("source_url"),
                            r.getString("canonical_url"), r.getString("portal_id"),
                            published == null ? null : published.toLocalDate(),
                            fetched == null ? null : fetched.toInstant(), r.getString("content_type")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("selecting versions to re-read failed: " + e.getMessage(), e);
        }
        if (selected.size() > maxVersions) {
            throw new IllegalArgumentException(selected.size() + " versions match, more than the "
                    + maxVersions + " one run may re-read (dw.store.reparse.max-versions): narrow the filters");
        }
        ReparseRun run = new ReparseRun();
        run.requestedAt = clock.instant();
        run.requestedBy = request.requestedBy();
        run.parserOlderThan = request.parserOlderThan();
        run.region = region;
        run.dryRun = request.dryRun();
        run.ratePerSecond = request.ratePerSecond();
        run.selected = selected.size();
        run.withoutOriginal = withoutOriginal;
        if (request.dryRun() || selected.isEmpty()) {
            run.sendingDoneAt = run.requestedAt;
        }
        run.persist();
        return new Started(run, selected);
    }

    @Transactional
    public void sent(long runId, int count, boolean done) {
        ReparseRun run = ReparseRun.findById(runId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (run != null) {
            run.sent += count;
            if (done) {
                run.sendingDoneAt = clock.instant();
            }
        }
    }

    @Transactional
    public ReparseRun find(long runId) {
        return ReparseRun.findById(runId);
    }

    private static String likePrefix(String region) {
        return region.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
