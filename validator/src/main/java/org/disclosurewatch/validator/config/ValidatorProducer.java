package org.disclosurewatch.validator.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.disclosurewatch.contracts.form.DeadlineCalendar;
import org.disclosurewatch.contracts.form.DeadlineConfig;
import org.disclosurewatch.validator.ReportValidator;

/**
 * Builds the deadline calendar from the pipeline's deadline settings ({@link DeadlineConfig}, {@code dw.deadlines},
 * shared with the store) and the validator (one of each, unproxied).
 */
@ApplicationScoped
public class ValidatorProducer {

    @Produces
    @Singleton
    DeadlineCalendar deadlineCalendar(DeadlineConfig config) {
        return DeadlineCalendar.of(config);
    }

    @Produces
    @Singleton
    ReportValidator reportValidator(DeadlineCalendar deadlines) {
        return new ReportValidator(deadlines);
    }
}
