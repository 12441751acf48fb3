package org.disclosurewatch.validator.narrative;

import java.util.List;

/**
 * A whole-year count stated in part 一.
 *
 * @param topics what it counts: one topic, or several outcome classes stated together
 * @param value  the count
 * @param quote  the words that state it, as printed ("全区共接收政府信息公开申请52件")
 */
public record StatedCount(List<Topic> topics, long value, String quote) {
    public StatedCount {
        topics = List.copyOf(topics);
    }

    public Topic.Family family() {
        return topics.get(0).family();
    }
}
