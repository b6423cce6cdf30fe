package org.eclipse.jetty.util.ajax;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jetty 9's {@code JSON.parse}, the one call of it that the Nu validator's language
 * detector (langdetect) makes while it loads its profiles. The tests' Jetty is S3Proxy's
 * Jetty 11, which has no such static method; this reads with Jackson and answers as Jetty
 * 9 did: objects as maps, arrays as {@code Object[]}, whole numbers as {@code Long}.
 */
public final class JSON {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private JSON() {
	}

	public static Object parse(String json) {
		return convert(mapper.readTree(json));
	}

	private static Object convert(JsonNode node) {
		if (node.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			node.properties().forEach((entry) -> map.put(entry.getKey(), convert(entry.getValue())));
			return map;
		}
		if (node.isArray()) {
			Object[] array = new Object[node.size()];
			for (int i = 0; i < array.length; i++) {
				array[i] = convert(node.get(i));
			}
			return array;
		}
		if (node.isIntegralNumber()) {
			return node.longValue();
		}
		if (node.isNumber()) {
			return node.doubleValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return node.isNull() ? null : node.asString();
	}

}
