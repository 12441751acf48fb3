package org.disclosurewatch.store.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosurewatch.contracts.form.AgencyLevel;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.contracts.form.DeadlineConfig;
import org.disclosurewatch.store.config.StoreConfig;
import org.disclosurewatch.store.domain.CrossFilingCheck;
import org.disclosurewatch.store.domain.ExpectedFiler;
import org.disclosurewatch.store.domain.MissingFilingFinder;
import org.disclosurewatch.store.domain.NarrativeSimilarity;

/** Builds the domain objects from {@link StoreConfig} and the pipeline's deadlines ({@link DeadlineConfig}). */
@ApplicationScoped
public class StoreSettings {
    private final StoreConfig config;

    public StoreSettings(StoreConfig config) {
        this.config = config;
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of(config.zone()));
    }

    @Produces
    @Singleton
    DeadlineCalendar deadlineCalendar(DeadlineConfig deadlines) {
        return DeadlineCalendar.of(deadlines);
    }

    @Produces
    @Singleton
    CrossFilingCheck crossFilingCheck() {
        StoreConfig.CopiedNarrative c = config.copiedNarrative();
        return new CrossFilingCheck(new NarrativeSimilarity(c.shingleSize(), c.minimumLength()), c.threshold());
    }

    @Produces
    @Singleton
    MissingFilingFinder missingFilingFinder(DeadlineCalendar calendar) {
        return new MissingFilingFinder(calendar, config.missingCheck().firstYear());
    }

    /** The configured registry of bodies expected to file. */
    public List<ExpectedFiler> registry() {
        List<ExpectedFiler> out = new ArrayList<>();
        for (StoreConfig.Filer f : config.expectedFilers().orElse(List.of())) {
            out.add(new ExpectedFiler(f.name().trim(), level(f.level()), f.region().trim(),
                    f.firstYear().orElse(config.missingCheck().firstYear())));
        }
        return out;
    }

    /** Parses a level id; null for blank or unknown text. */
    public static AgencyLevel level(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return AgencyLevel.valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
