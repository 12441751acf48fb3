package org.disclosurewatch.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The narrative rules build on the table rules, never the other way round. */
class PackageDependencyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/disclosurewatch/validator");

    @Test
    void rulesDoNotDependOnNarrative() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(SOURCES.resolve("rules"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("org.disclosurewatch.validator.narrative")).toList();
        }
        assertTrue(Files.isDirectory(SOURCES.resolve("narrative")));
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
