package io.docuelevate.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * .dockerignore semantics as the Docker CLI and BuildKit apply them: patterns in order, the last
 * matching one decides, "!" re-includes, a pattern matching a parent directory matches everything
 * below it, "**" spans directories and "*" does not.
 */
final class DockerIgnore {

    private record Rule(Pattern pattern, boolean include) {}

    private final List<Rule> rules = new ArrayList<>();

    DockerIgnore(String text) {
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean include = line.startsWith("!");
            String pattern = (include ? line.substring(1) : line).strip();
            while (pattern.startsWith("/")) {
                pattern = pattern.substring(1);
            }
            while (pattern.endsWith("/")) {
                pattern = pattern.substring(0, pattern.length() - 1);
            }
            rules.add(new Rule(Pattern.compile(toRegex(pattern)), include));
        }
    }

    /** Whether a file (path relative to the build context, with '/') is sent to the builder. */
    boolean isIncluded(String path) {
        boolean excluded = false;
        for (Rule rule : rules) {
            if (matchesOrParentMatches(rule.pattern(), path)) {
                excluded = !rule.include();
            }
        }
        return !excluded;
    }

    private static boolean matchesOrParentMatches(Pattern pattern, String path) {
        String candidate = path;
        while (true) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                    i++;
                    regex.append("(?:.*/)?");
                } else {
                    regex.append(".*");
                }
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
