package org.disclosurewatch.testkit.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class InfraModeTest {
    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;

    @Test
    void anExternalInstanceWinsWithoutAskingDocker() {
        AtomicInteger asked = new AtomicInteger();
        assertEquals(InfraMode.EXTERNAL, InfraMode.choose("KAFKA_BOOTSTRAP_SERVERS",
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "DW_TEST_CONTAINERS", "always"),
                () -> asked.incrementAndGet() > 0));
        assertEquals(0, asked.get());
    }

    @Test
    void byDefaultTestcontainersWhenDockerAnswersEmbeddedOtherwise() {
        assertEquals(InfraMode.TESTCONTAINERS, InfraMode.choose("DW_TEST_JDBC_URL", Map.of(), DOCKER));
        assertEquals(InfraMode.EMBEDDED, InfraMode.choose("DW_TEST_JDBC_URL", Map.of(), NO_DOCKER));
        assertEquals(InfraMode.EMBEDDED, InfraMode.choose("DW_TEST_JDBC_URL", Map.of("DW_TEST_JDBC_URL", " "), NO_DOCKER));
    }

    @Test
    void theVariableForcesOneOrTheOther() {
        assertEquals(InfraMode.EMBEDDED, InfraMode.choose("X", Map.of("DW_TEST_CONTAINERS", "never"), DOCKER));
        assertEquals(InfraMode.TESTCONTAINERS, InfraMode.choose("X", Map.of("DW_TEST_CONTAINERS", "always"), DOCKER));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> InfraMode.choose("X", Map.of("DW_TEST_CONTAINERS", "always"), NO_DOCKER))
                .getMessage().contains("no Docker engine"));
        assertThrows(IllegalArgumentException.class, () -> InfraMode.choose("X", Map.of("DW_TEST_CONTAINERS", "maybe"), DOCKER));
    }

    @Test
    void dockerEndpointsComeFromDockerHostOrTheUsualSockets() {
        assertEquals(java.util.List.of(Path.of("/run/user/1000/podman.sock")),
                DockerProbe.endpoints(Map.of("DOCKER_HOST", "unix:///run/user/1000/podman.sock")));
        assertEquals(1, DockerProbe.endpoints(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2376")).size());
        // nothing listens on a socket path that does not exist
        assertEquals(false, DockerProbe.reachable(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock")));
    }
}
