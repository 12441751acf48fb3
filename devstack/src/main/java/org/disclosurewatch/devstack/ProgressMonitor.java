package org.disclosurewatch.devstack;

import java.util.ArrayList;
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
        this.admin = Admin.create(p);
    }

    /** Records on each stage's topic, by stage name, in pipeline order. */
    public Map<String, Long> counts() throws Exception {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("fetched", Topics.DOCUMENTS);
        stages.put("parsed", Topics.PARSED);
        stages.put("validated", Topics.VALIDATED);
        stages.put("alerts", Topics.ALERTS);
        stages.put("dead-lettered", null);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> s : stages.entrySet()) {
            if (s.getValue() == null) {
                counts.put(s.getKey(), records(Topics.DOCUMENTS_DLQ) + records(Topics.PARSED_DLQ)
                        + records(Topics.VALIDATED_DLQ));
            } else {
                counts.put(s.getKey(), records(s.getValue()));
            }
        }
        return counts;
    }

    /** The number of records a topic holds (end offset minus start offset, over its partitions). */
    public long records(String topic) throws Exception {
        TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
        List<TopicPartition> parts = new ArrayList<>();
        d.partitions().forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new LinkedHashMap<>();
        parts.forEach(tp -> {
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        });
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(latest).all()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = admin.listOffsets(earliest).all()
                .get(10, TimeUnit.SECONDS);
        long n = 0;
        for (TopicPartition tp : parts) {
            n += end.get(tp).offset() - start.get(tp).offset();
        }
        return n;
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
