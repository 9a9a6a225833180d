package fr.allervers.geo;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A feature's properties kept exactly as imported (JSON text), so the layer API returns them unchanged. */
public final class FeatureProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private FeatureProperties() {
    }

    public static String write(Map<String, Object> properties) {
        return JSON.writeValueAsString(properties);
    }

    public static Map<String, Object> read(String json) {
        return json == null ? new LinkedHashMap<>() : JSON.readValue(json, MAP);
    }
}
