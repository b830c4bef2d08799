package cn.liaocheng.jobs.sms;

import java.util.List;

/**
 * The {@code TemplateParam} JSON object: each of the template's variable names with the parameter in the same place
 * (missing ones empty). Written by hand, as JSON's string escaping is all it needs.
 */
final class TemplateParam {

    private TemplateParam() {
    }

    static String json(List<String> names, List<String> values) {
        var json = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, names.get(i));
            json.append(':');
            string(json, i < values.size() ? values.get(i) : "");
        }
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
