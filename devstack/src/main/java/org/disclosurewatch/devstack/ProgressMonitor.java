package org.disclosurewatch.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.disclosurewatch.contracts.Topics;

/**
 * Counts what has moved through each stage, from the end offsets of the pipeline's topics: documents
 * fetched, reports parsed, validated, alerts, and dead letters. One line, printed when it changes.
 */
public final class ProgressMonitor implements AutoCloseable {
    private final Admin admin;

    public ProgressMonitor(String bootstrapServers) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(p);
    }

    /** Records on each stage's topic, by stage name, in pipeline order (one round of requests to the broker). */
    public Map<String, Long> counts() throws Exception {
        Map<String, Long> byTopic = records(List.of(Topics.DOCUMENTS, Topics.PARSED, Topics.VALIDATED, Topics.ALERTS,
                Topics.DOCUMENTS_DLQ, Topics.PARSED_DLQ, Topics.VALIDATED_DLQ));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("fetched", byTopic.get(Topics.DOCUMENTS));
        counts.put("parsed", byTopic.get(Topics.PARSED));
        counts.put("validated", byTopic.get(Topics.VALIDATED));
        counts.put("alerts", byTopic.get(Topics.ALERTS));
        counts.put("dead-lettered", byTopic.get(Topics.DOCUMENTS_DLQ) + byTopic.get(Topics.PARSED_DLQ)
                + byTopic.get(Topics.VALIDATED_DLQ));
        return counts;
    }

    /** The number of records a topic holds (end offset minus start offset, over its partitions). */
    public long records(String topic) throws Exception {
        return records(List.of(topic)).get(topic);
    }

    /** The number of records each topic holds. */
    public Map<String, Long> records(List<String> topics) throws Exception {
        Map<String, TopicDescription> d = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new LinkedHashMap<>();
        for (TopicDescription t : d.values()) {
            t.partitions().forEach(p -> {
                TopicPartition tp = new TopicPartition(t.name(), p.partition());
                latest.put(tp, OffsetSpec.latest());
                earliest.put(tp, OffsetSpec.earliest());
            });
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(latest).all()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = admin.listOffsets(earliest).all()
                .get(10, TimeUnit.SECONDS);
        Map<String, Long> n = new LinkedHashMap<>();
        topics.forEach(t -> n.put(t, 0L));
        for (TopicPartition tp : latest.keySet()) {
            n.merge(tp.topic(), end.get(tp).offset() - start.get(tp).offset(), Long::sum);
        }
        return n;
    }

    /** The admin client, for lag queries. */
    public Admin admin() {
        return admin;
    }

    public static String line(Map<String, Long> counts, long stored) {
        StringBuilder sb = new StringBuilder("progress:");
        counts.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v).append(','));
        sb.append(" stored ").append(stored);
        return sb.toString();
    }

    @Override
    public void close() {
        admin.close();
    }
}
