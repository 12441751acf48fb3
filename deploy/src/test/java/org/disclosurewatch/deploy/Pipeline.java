package org.disclosurewatch.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration the manifests must agree with: contracts' topic names and, per service, its configuration
 * and consumers.
 *
 * @param topics    contracts' dw.topics.* keys and topic names
 * @param services  service module name to its configuration
 * @param consumers every Kafka consumer group of the services
 * @param problems  what could not be read from the services' configuration
 */
record Pipeline(Map<String, String> topics, Map<String, ServiceConfig> services,
                List<ServiceConfig.Consumer> consumers, List<String> problems) {

    static final List<String> SERVICES = List.of("fetcher", "parser", "validator", "store");

    /**
     * Consumers that use a plain Kafka client rather than an incoming channel, so their group is not in
     * application.properties: service, group, topic key, offset reset, and the source text that must hold them.
     */
    private static final List<String[]> CLIENT_CONSUMERS = List.<String[]>of(
            new String[] {"fetcher", "dw-fetcher", "dw.topics.crawl-work", "earliest"});

    static Pipeline load(Path repo) {
        Map<String, String> topics = ServiceConfig.contractTopics(repo);
        Map<String, ServiceConfig> services = new LinkedHashMap<>();
        List<ServiceConfig.Consumer> consumers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String s : SERVICES) {
            ServiceConfig c = ServiceConfig.read(repo.resolve(s), topics);
            services.put(s, c);
            consumers.addAll(c.channelConsumers());
        }
        for (String[] cc : CLIENT_CONSUMERS) {
            ServiceConfig c = services.get(cc[0]);
            boolean declaredByChannel = consumers.stream().anyMatch(x -> x.group().equals(cc[1]));
            if (declaredByChannel) {
                continue;
            }
            if (c.sources().contains("\"" + cc[1] + "\"") && c.sources().contains("\"" + cc[2] + "\"")) {
                consumers.add(new ServiceConfig.Consumer(cc[0], cc[1], topics.get(cc[2]), cc[3]));
            } else {
                problems.add(cc[0] + ": consumer group " + cc[1] + " on " + cc[2]
                        + " is declared neither by an incoming channel nor in its sources");
            }
        }
        return new Pipeline(topics, services, consumers, problems);
    }
}
