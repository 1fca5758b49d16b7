package io.docuelevate.infrastructure.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the document store lives, parsed from {@code DATABASE_URL}.
 *
 * <p>Accepted forms: unset or blank (embedded H2 file database under {@code WORKDIR/db}),
 * {@code postgresql://user:password@host:port/name} (also {@code postgres://} and SQLAlchemy's
 * {@code postgresql+driver://}, so existing DocuElevate settings keep working),
 * {@code jdbc:postgresql://host:port/name?user=..&password=..} and {@code jdbc:h2:file:/path}.
 * Every error message and {@link #toString()} mask the password.
 */
public final class DatabaseUrl {

    /** The database products the server runs on. */
    public enum Kind {
        H2("h2"),
        POSTGRESQL("postgresql");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int DEFAULT_POSTGRESQL_PORT = 5432;
    public static final String MASK = "****";
    /** Flags the embedded database needs with EclipseLink and Liberty's batch tables (see stack notes). */
    static final String H2_FLAGS = ";MODE=LEGACY;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE";

    private static final Pattern URL_SHAPE = Pattern.compile(
            "^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?:(?<userinfo>[^@/?#]*)@)?(?<host>\\[[0-9A-Fa-f:.]+]|[^:/?#\\[\\]]*)"
                    + "(?::(?<port>[^/?#]*))?(?:/(?<path>[^?#]*))?(?:\\?(?<query>[^#]*))?$");

    private final Kind kind;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;
    private final Path h2File;

    private DatabaseUrl(
            Kind kind,
            String host,
            int port,
            String database,
            String user,
            String password,
            Map<String, String> parameters,
            Path h2File) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.h2File = h2File;
    }

    /** The embedded database of a work directory: {@code WORKDIR/db/docuelevate}. */
    public static DatabaseUrl embedded(Path workdir) {
        return h2(workdir.resolve("db").resolve("docuelevate").toAbsolutePath().normalize());
    }

    private static DatabaseUrl h2(Path file) {
        return new DatabaseUrl(Kind.H2, null, 0, file.getFileName().toString(), "sa", "", Map.of(), file);
    }

    /**
     * Parses a {@code DATABASE_URL}.
     *
     * @throws InvalidConfigurationException with an operator-readable reason (password masked)
     */
    public static DatabaseUrl parse(String raw, Path workdir) {
        String value = raw == null ? "" : EnvironmentSettings.clean(raw);
        if (value.isEmpty()) {
            return embedded(workdir);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return parseH2(value);
        }
        String url = lower.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value;
        Matcher m = URL_SHAPE.matcher(url);
        if (!m.matches()) {
            throw invalid(value, "expected postgresql://user:password@host:port/name");
        }
        String scheme = m.group("scheme").toLowerCase(Locale.ROOT);
        if (!isPostgresScheme(scheme)) {
            throw invalid(value, unsupportedSchemeReason(scheme));
        }
        String host = m.group("host");
        if (host == null || host.isEmpty()) {
            throw invalid(value, "the host is missing");
        }
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = parsePort(value, m.group("port"));
        String path = m.group("path");
        if (path == null || path.isEmpty()) {
            throw invalid(value, "the database name is missing (…/name at the end)");
        }
        String database = decode(value, path);
        if (database.contains("/")) {
            throw invalid(value, "the database name must not contain '/'");
        }
        Map<String, String> parameters = parseQuery(value, m.group("query"));
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        String userinfo = m.group("userinfo");
        if (userinfo != null && !userinfo.isEmpty()) {
            int colon = userinfo.indexOf(':');
            user = decode(value, colon >= 0 ? userinfo.substring(0, colon) : userinfo);
            if (colon >= 0) {
                password = decode(value, userinfo.substring(colon + 1));
            }
        }
        if (user == null || user.isEmpty()) {
            throw invalid(value, "the user name is missing (postgresql://user:password@host/name)");
        }
        return new DatabaseUrl(
                Kind.POSTGRESQL, host, port, database, user, password == null ? "" : password, parameters, null);
    }

    private static DatabaseUrl parseH2(String value) {
        String rest = value.substring("jdbc:h2:".length());
        int flags = rest.indexOf(';');
        if (flags >= 0) {
            rest = rest.substring(0, flags);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            throw invalid(value, "only an H2 file database is supported (jdbc:h2:file:/absolute/path)");
        }
        return h2(Path.of(rest).toAbsolutePath().normalize());
    }

    private static boolean isPostgresScheme(String scheme) {
        return scheme.equals("postgresql")
                || scheme.equals("postgres")
                || scheme.startsWith("postgresql+")
                || scheme.startsWith("postgres+");
    }

    private static String unsupportedSchemeReason(String scheme) {
        if (scheme.startsWith("sqlite")) {
            return "SQLite is not supported; leave DATABASE_URL unset for the embedded database, or use postgresql://";
        }
        return "the scheme '" + scheme + "' is not supported; use postgresql://user:password@host:port/name";
    }

    private static int parsePort(String value, String port) {
        if (port == null || port.isEmpty()) {
            return DEFAULT_POSTGRESQL_PORT;
        }
        try {
            int number = Integer.parseInt(port);
            if (number < 1 || number > 65535) {
                throw invalid(value, "the port " + number + " is outside 1–65535");
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(value, "the port '" + port + "' is not a number");
        }
    }

    private static Map<String, String> parseQuery(String value, String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(value, eq >= 0 ? pair.substring(0, eq) : pair);
            String parameterValue = eq >= 0 ? decode(value, pair.substring(eq + 1)) : "";
            parameters.put(name, parameterValue);
        }
        return parameters;
    }

    private static String decode(String value, String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(value, "it contains a malformed %-escape");
        }
    }

    private static InvalidConfigurationException invalid(String value, String reason) {
        return new InvalidConfigurationException("DATABASE_URL '" + mask(value) + "' is invalid: " + reason);
    }

    /** Replaces the password in any form of database URL by {@value #MASK}. */
    public static String mask(String url) {
        if (url == null) {
            return "";
        }
        String masked = url.replaceAll("(://[^:/@?#]*:)[^@/?#]*@", "$1" + MASK + "@");
        return masked.replaceAll("(?i)([?&;]password=)[^&;#]*", "$1" + MASK);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isEmbedded() {
        return kind == Kind.H2;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** The password in clear; never log or return it. */
    public String password() {
        return password;
    }

    /** Extra driver parameters from the URL's query ({@code sslmode}, ...), without user and password. */
    public Map<String, String> parameters() {
        return parameters;
    }

    public Path h2File() {
        return h2File;
    }

    /** The JDBC URL without credentials. */
    public String jdbcUrl() {
        if (kind == Kind.H2) {
            return "jdbc:h2:file:" + h2File + H2_FLAGS;
        }
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(hostPart)
                .append(':')
                .append(port)
                .append('/')
                .append(database);
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        return url.toString();
    }

    /** A description safe for logs and responses: {@code postgresql://bob:****@db:5432/docs}. */
    @Override
    public String toString() {
        if (kind == Kind.H2) {
            return "h2:" + h2File;
        }
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + user + (password.isEmpty() ? "" : ":" + MASK) + "@" + hostPart + ":" + port + "/"
                + database;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseUrl that
                && kind == that.kind
                && port == that.port
                && Objects.equals(host, that.host)
                && Objects.equals(database, that.database)
                && Objects.equals(user, that.user)
                && Objects.equals(password, that.password)
                && parameters.equals(that.parameters)
                && Objects.equals(h2File, that.h2File);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, host, port, database, user, parameters, h2File);
    }
}
