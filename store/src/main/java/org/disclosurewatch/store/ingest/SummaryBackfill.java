package org.disclosurewatch.store.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.disclosurewatch.store.persistence.Report;
import org.jboss.logging.Logger;

/**
 * Computes, at start, the summary of reports stored before reports carried one (status null), a few hundred
 * per transaction; on a database where every report has its summary it does one query.
 */
@ApplicationScoped
public class SummaryBackfill {
    private static final Logger LOG = Logger.getLogger(SummaryBackfill.class);
    private static final int BATCH = 500;

    private final FilingSummaries summaries;

    public SummaryBackfill(FilingSummaries summaries) {
        this.summaries = summaries;
    }

    void onStart(@Observes StartupEvent event) {
        int total = 0;
        int done;
        while ((done = batch()) > 0) {
            total += done;
        }
        if (total > 0) {
            LOG.infof("computed the summary of %d reports stored before summaries were kept", total);
        }
    }

    @Transactional
    int batch() {
        List<Report> reports = Report.<Report>find("status is null order by id").page(0, BATCH).list();
        reports.forEach(summaries::refresh);
        return reports.size();
    }
}
