package org.disclosurewatch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.disclosurewatch.contracts.json.Json;

/**
 * The real documents the project was specified from, each with its hand-checked answer key
 * ({@code fixtures/seeds}: text extractions; {@code fixtures/real}: portal pages exactly as served).
 */
public final class Fixtures {
    /** A fixture document and its answer key. */
    public record Fixture(String name, String resource, String keyResource) {
        public byte[] bytes() {
            return read(resource);
        }

        /** The answer key as JSON (answer-key schema of the fixtures README). */
        public JsonNode key() {
            try {
                return Json.mapper().readTree(read(keyResource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String keyJson() {
            return new String(read(keyResource), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static final List<String> SEED_NAMES = List.of(
            "000_5d02e7f79c582fbe", "001_647f3a0e7005f1c5", "002_446d20770044734b",
            "003_98b392332e9fbc59", "004_b06d21084f014798");
    public static final List<String> REAL_PAGE_NAMES = List.of("pingtan-2023", "pingtan-2025");

    private Fixtures() {
    }

    /** The five seed reports as text extractions. */
    public static List<Fixture> seeds() {
        return SEED_NAMES.stream()
                .map(n -> new Fixture(n, "fixtures/seeds/" + n + ".txt", "fixtures/seeds/" + n + ".expected.json"))
                .toList();
    }

    /** The two portal pages as served. */
    public static List<Fixture> realPages() {
        return REAL_PAGE_NAMES.stream()
                .map(n -> new Fixture(n, "fixtures/real/" + n + ".html", "fixtures/real/" + n + ".expected.json"))
                .toList();
    }

    public static byte[] read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
