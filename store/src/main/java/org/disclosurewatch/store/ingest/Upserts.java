package org.disclosurewatch.store.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Timestamp;
import java.time.Instant;
import org.disclosurewatch.store.persistence.Agency;
import org.disclosurewatch.store.persistence.Report;

/**
 * Creates a body or a filing if it does not exist yet, as one {@code INSERT … ON CONFLICT DO NOTHING}, so that
 * two writers creating the same one at once (two store replicas, the consumer and the missing-filing check)
 * both end up with the same row instead of one failing on the unique key. Must be called inside a transaction.
 */
public final class Upserts {
    private Upserts() {
    }

    /** The body named {@code name}, created when new. */
    public static Agency agency(String name, Instant now) {
        return agency(name, now, new boolean[1]);
    }

    /** The body named {@code name}, created when new; {@code created} tells whether this call made it. */
    public static Agency agency(String name, Instant now, boolean[] created) {
        Agency existing = Agency.byName(name);
        if (existing != null) {
            created[0] = false;
            return existing;
        }
        int rows = Panache.getEntityManager()
                .createNativeQuery("insert into agency (name, created_at) values (?1, ?2) on conflict (name) do nothing")
                .setParameter(1, name).setParameter(2, Timestamp.from(now))
                .executeUpdate();
        created[0] = rows == 1;
        return Agency.byName(name);
    }

    /** The filing of {@code agency} for {@code year}, created when new; {@code created} tells whether this call made it. */
    public static Report report(Agency agency, int year, Instant now, boolean[] created) {
        return report(agency, year, now, created, false);
    }

    /**
     * As {@link #report(Agency, int, Instant, boolean[])}; {@code agencyIsNew}: the body was created in this
     * transaction, so it has no filing yet and none is looked for before the insert.
     */
    public static Report report(Agency agency, int year, Instant now, boolean[] created, boolean agencyIsNew) {
        Report existing = agencyIsNew ? null : Report.of(agency, year);
        if (existing != null) {
            created[0] = false;
            return existing;
        }
        int rows = Panache.getEntityManager()
                .createNativeQuery("insert into report (agency_id, year, first_stored_at, updated_at) values (?1, ?2, ?3, ?3)"
                        + " on conflict (agency_id, year) do nothing")
                .setParameter(1, agency.id).setParameter(2, year).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        created[0] = rows == 1;
        return Report.of(agency, year);
    }
}
