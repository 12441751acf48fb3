package org.disclosurewatch.testkit.infra;

import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Which broker or database the tests use, and how that is decided (plain logic, unit-tested):
 * <ol>
 *   <li>an external one when its variable is set ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code DW_TEST_JDBC_URL});</li>
 *   <li>otherwise {@code DW_TEST_CONTAINERS}: {@code auto} (the default) starts it with Testcontainers when a
 *   Docker engine answers, embedded in the test JVM when none does; {@code always} insists on Testcontainers,
 *   {@code never} on embedded.</li>
 * </ol>
 */
public enum InfraMode {
    EXTERNAL, TESTCONTAINERS, EMBEDDED;

    public static final String CONTAINERS_VARIABLE = "DW_TEST_CONTAINERS";

    /**
     * @param externalVariable the variable that names an external instance
     * @param env              the environment
     * @param dockerReachable  asked only when the choice depends on it
     */
    public static InfraMode choose(String externalVariable, Map<String, String> env, BooleanSupplier dockerReachable) {
        String external = env.get(externalVariable);
        if (external != null && !external.isBlank()) {
            return EXTERNAL;
        }
        String wish = env.getOrDefault(CONTAINERS_VARIABLE, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (wish) {
            case "never", "false", "no", "embedded" -> EMBEDDED;
            case "always", "true", "yes" -> {
                if (!dockerReachable.getAsBoolean()) {
                    throw new IllegalStateException(CONTAINERS_VARIABLE + "=" + wish
                            + " but no Docker engine answers (DOCKER_HOST or /var/run/docker.sock)");
                }
                yield TESTCONTAINERS;
            }
            case "auto", "" -> dockerReachable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
            default -> throw new IllegalArgumentException(CONTAINERS_VARIABLE + " must be auto, always or never, not " + wish);
        };
    }
}
