package io.docuelevate.domain.document;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File name rules shared by uploads and renaming, as the reference system applies them: a client's
 * name is reduced to a safe basename, a metadata-suggested name can never leave its folder.
 */
public final class Filenames {

    private static final Pattern UNSAFE = Pattern.compile("(?U)[^\\w\\-. ]");
    private static final Pattern REPEATED_UNDERSCORES = Pattern.compile("_{2,}");
    private static final Pattern REPEATED_SPACES = Pattern.compile(" {2,}");
    private static final DateTimeFormatter FALLBACK_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final int MAX_LENGTH = 200;

    private Filenames() {}

    /**
     * Makes any string a safe single file name: path separators and characters outside letters, digits,
     * {@code _ - . space} become {@code _}, {@code ..} is removed, repeats collapse and leading or
     * trailing dots, spaces and underscores go. An empty result becomes {@code document_<timestamp>}.
     */
    public static String sanitize(String name) {
        String value = name == null ? "" : name;
        value = value.replace("..", "_");
        value = value.replace('/', '_').replace('\\', '_');
        value = UNSAFE.matcher(value).replaceAll("_");
        value = REPEATED_UNDERSCORES.matcher(value).replaceAll("_");
        value = REPEATED_SPACES.matcher(value).replaceAll(" ");
        value = strip(value);
        if (value.length() > MAX_LENGTH) {
            String extension = extension(value);
            value = strip(value.substring(0, MAX_LENGTH - extension.length())) + extension;
        }
        if (value.isEmpty() || value.chars().allMatch(c -> c == '.')) {
            return "document_" + LocalDateTime.now().format(FALLBACK_STAMP);
        }
        return value;
    }

    /** The safe name of an uploaded file: the last {@code /} segment of what the client sent, sanitised. */
    public static String uploadName(String clientName) {
        String value = clientName == null ? "" : clientName;
        int slash = value.lastIndexOf('/');
        return sanitize(slash >= 0 ? value.substring(slash + 1) : value);
    }

    /** The extension including its dot, in lower case, or {@code ""}. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        String extension = name.substring(dot);
        return extension.length() > 10 ? "" : extension.toLowerCase(Locale.ROOT);
    }

    /** The name without its extension. */
    public static String stem(String name) {
        String extension = extension(name);
        return name.substring(0, name.length() - extension.length());
    }

    /**
     * Resolves a relative name inside a root folder and refuses anything that would leave it
     * (absolute paths, {@code ..}, symbolic tricks in the name).
     */
    public static Path resolveInside(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new IllegalArgumentException("path '" + relative + "' is outside " + base.getFileName());
        }
        return resolved;
    }

    /** The {@code .json} sidecar next to a processed {@code .pdf}: same folder, same stem. */
    public static Path sidecarOf(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ".json");
    }

    private static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isStrippable(value.charAt(start))) {
            start++;
        }
        while (end > start && isStrippable(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isStrippable(char c) {
        return c == '.' || c == '_' || c == ' ';
    }
}
