package org.disclosurewatch.contracts.kafka;

import org.apache.kafka.common.serialization.Serializer;
import org.disclosurewatch.contracts.json.Json;

/** Writes any pipeline record as JSON ({@code value.serializer} of outgoing channels). */
public class JsonRecordSerializer implements Serializer<Object> {
    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        return Json.write(data);
    }
}
