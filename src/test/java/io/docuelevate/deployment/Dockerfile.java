package io.docuelevate.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile split into instructions the way BuildKit reads it: parser directives at the top,
 * comment lines dropped (also inside continuations), backslash continuations joined, the keyword
 * case-insensitive. Enough structure for the lint rules; it does not evaluate variables.
 */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments, int line) {

        /** COPY/ADD flags such as --chown=1001:0 (name without dashes to value; "true" for bare flags). */
        Map<String, String> flags() {
            return split().flags();
        }

        /** COPY/ADD sources, without flags and destination. */
        List<String> sources() {
            List<String> words = split().words();
            return words.subList(0, Math.max(0, words.size() - 1));
        }

        /** COPY/ADD destination. */
        String destination() {
            List<String> words = split().words();
            return words.isEmpty() ? "" : words.get(words.size() - 1);
        }

        private Split split() {
            List<String> words = words(arguments);
            Map<String, String> flags = new LinkedHashMap<>();
            int i = 0;
            while (i < words.size() && words.get(i).startsWith("--")) {
                String flag = words.get(i).substring(2);
                int eq = flag.indexOf('=');
                flags.put(eq < 0 ? flag : flag.substring(0, eq), eq < 0 ? "true" : flag.substring(eq + 1));
                i++;
            }
            return new Split(flags, words.subList(i, words.size()));
        }

        private record Split(Map<String, String> flags, List<String> words) {}

        /** ENV key=value pairs (both the key=value and the legacy "key value" forms). */
        Map<String, String> envPairs() {
            Map<String, String> pairs = new LinkedHashMap<>();
            List<String> words = words(arguments);
            if (!words.isEmpty() && !words.get(0).contains("=")) {
                pairs.put(
                        words.get(0),
                        arguments.trim().substring(words.get(0).length()).trim());
                return pairs;
            }
            for (String word : words) {
                int eq = word.indexOf('=');
                if (eq > 0) {
                    pairs.put(word.substring(0, eq), word.substring(eq + 1));
                }
            }
            return pairs;
        }
    }

    private static final Pattern DIRECTIVE =
            Pattern.compile("^#\\s*(syntax|escape|check)\\s*=.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_WORD = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        boolean directives = true;
        StringBuilder current = null;
        int start = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (directives && DIRECTIVE.matcher(trimmed).matches()) {
                continue;
            }
            directives = false;
            // Comment lines and empty lines are skipped, also inside a continuation (BuildKit does the same).
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                start = n + 1;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String joined = current.toString().strip();
            current = null;
            if (joined.isEmpty()) {
                continue;
            }
            int space = joined.indexOf(' ');
            String keyword = (space < 0 ? joined : joined.substring(0, space)).toUpperCase(Locale.ROOT);
            String arguments = space < 0 ? "" : joined.substring(space + 1).strip();
            instructions.add(new Instruction(keyword, arguments, start));
        }
        if (current != null) {
            throw new IllegalArgumentException("Dockerfile ends inside a line continuation");
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    int indexOf(Instruction instruction) {
        return instructions.indexOf(instruction);
    }

    /** Shell-like words of an argument string, or the elements of a JSON array form. */
    static List<String> words(String arguments) {
        String trimmed = arguments.strip();
        List<String> words = new ArrayList<>();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            Matcher m = JSON_WORD.matcher(trimmed);
            while (m.find()) {
                words.add(m.group(1).replace("\\\"", "\""));
            }
            return words;
        }
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : trimmed.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
