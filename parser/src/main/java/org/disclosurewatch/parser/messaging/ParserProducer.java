package org.disclosurewatch.parser.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.ReportParser;

/** Makes the one {@link ReportParser} of the service from its configured limits. */
@ApplicationScoped
public class ParserProducer {
    @Produces
    @ApplicationScoped
    ReportParser reportParser(ParserSettings settings) {
        return new ReportParser(settings.toLimits());
    }
}
