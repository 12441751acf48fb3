package org.disclosurewatch.parser.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.disclosurewatch.parser.ParserLimits;

/** The parser service's settings (prefix {@code dw.parser}). */
@ConfigMapping(prefix = "dw.parser")
public interface ParserSettings {
    /** Largest document accepted, in bytes; larger ones are dead-lettered as too large. */
    @WithDefault("20971520")
    long maxBytes();

    /** Most pages a PDF may have. */
    @WithDefault("300")
    int maxPdfPages();

    /** Most bytes a DOCX may inflate to, summed over its parts (zip-bomb guard). */
    @WithDefault("104857600")
    long maxDocxUncompressedBytes();

    /** Longest time one document may take to parse. */
    @WithDefault("30s")
    Duration maxTime();

    default ParserLimits toLimits() {
        return new ParserLimits(maxBytes(), maxPdfPages(), maxDocxUncompressedBytes(), maxTime());
    }
}
