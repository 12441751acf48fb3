package org.disclosurewatch.parser.messaging;

import java.util.Optional;

/**
 * The version of the parser that reads a document, recorded on every parsed report: {@code dw.parser.version}
 * when set, else the build's project version ({@code quarkus.application.version}, set at build time from the
 * Maven project version), else the jar manifest's {@code Implementation-Version}, else {@value #UNKNOWN}.
 */
public final class ParserVersion {
    public static final String UNKNOWN = "unknown";

    private ParserVersion() {
    }

    static String resolve(Optional<String> configured, Optional<String> applicationVersion, String manifestVersion) {
        return configured.filter(v -> !v.isBlank())
                .or(() -> applicationVersion.filter(v -> !v.isBlank()))
                .or(() -> Optional.ofNullable(manifestVersion).filter(v -> !v.isBlank()))
                .map(String::trim)
                .orElse(UNKNOWN);
    }

    static String manifestVersion() {
        Package p = ParserVersion.class.getPackage();
        return p == null ? null : p.getImplementationVersion();
    }
}
