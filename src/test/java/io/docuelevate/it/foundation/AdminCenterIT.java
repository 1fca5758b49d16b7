package io.docuelevate.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.LoopbackTls;
import io.docuelevate.it.support.Poll;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The opt-in Liberty admin center ({@code src/main/liberty/config/admin-center.xml} copied into
 * {@code configDropins/overrides/}, as operators enable it): its login page and the JMX REST connector its Explore
 * tool reads answer over HTTPS, only to the Liberty administrator, and show the docuelevate application STARTED,
 * while the application keeps authenticating its own users and never the admin center's. Without a password nobody
 * gets admin access and the server says why.
 */
class AdminCenterIT {

    private static final String APPLICATION_MBEAN =
            "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=docuelevate";
    private static final String ADMIN_USER = "libertyadmin";
    private static final Duration CONNECTOR_READY = Duration.ofSeconds(90);

    /** HTTPS to the server under test only: trusts its self-signed certificate, and refuses any other host. */
    private static final HttpClient HTTPS = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(LoopbackTls.trustAll())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void adminCenterShowsTheRunningApplicationToTheLibertyAdministratorOnly() {
        String adminPassword = "Lib-" + UUID.randomUUID();
        try (LibertyServer server = LibertyServer.war("it-admin-center")
                .withAuth()
                .withConfigOverride("admin-center.xml")
                .env("LIBERTY_ADMIN_PASSWORD", adminPassword)
                .start()) {
            String https = server.httpsBaseUrl();

            // Explore's view of the application, through the JMX REST connector, for the administrator.
            Http.Answer mbeans = Poll.until(CONNECTOR_READY, "the JMX REST connector to be deployed", () -> {
                Http.Answer answer = tryHttps(
                        https + "/IBMJMXConnectorREST/mbeans?objectName="
                                + URLEncoder.encode(APPLICATION_MBEAN, StandardCharsets.UTF_8),
                        ADMIN_USER,
                        adminPassword);
                return answer != null && answer.status() != 404 ? answer : null;
            });
            assertEquals(200, mbeans.status(), "the administrator reads the application's MBean: " + mbeans.body());
            JsonArray found = Json.createReader(new StringReader(mbeans.body())).readArray();
            assertEquals(1, found.size(), mbeans.body());
            JsonObject mbean = found.getJsonObject(0);
            assertEquals(APPLICATION_MBEAN, mbean.getString("objectName"));
            Http.Answer state = https(https + mbean.getString("URL") + "/attributes/State", ADMIN_USER, adminPassword);
            assertEquals(200, state.status(), state.body());
            assertEquals("STARTED", state.json().getString("value"), state.body());

            // Wrong or missing credentials, and DocuElevate's own admin, get nothing from the connector.
            String stateUrl = https + mbean.getString("URL") + "/attributes/State";
            assertEquals(401, https(stateUrl, ADMIN_USER, adminPassword + "x").status());
            assertEquals(401, https(stateUrl, "nobody", adminPassword).status());
            assertEquals(401, https(stateUrl, null, null).status());
            assertEquals(
                    401,
                    https(stateUrl, LibertyServer.ADMIN_USERNAME, server.adminPassword())
                            .status(),
                    "a DocuElevate user is not a Liberty administrator");

            // The admin center itself: its login page, over HTTPS only.
            Http.Answer adminCenter = https(https + "/adminCenter/", null, null);
            assertEquals(302, adminCenter.status(), adminCenter.body());
            // A path-only Location (server.xml: redirecttorelativeurl) or an absolute one, resolved as a browser would.
            String loginUrl = URI.create(https + "/adminCenter/")
                    .resolve(adminCenter.header("Location"))
                    .toString();
            assertEquals(https + "/adminCenter/login.jsp", loginUrl);
            Http.Answer loginPage = https(loginUrl, null, null);
            assertEquals(200, loginPage.status());
            assertTrue(
                    loginPage.body().contains("Liberty Admin Center")
                            && loginPage.body().contains("j_security_check"),
                    loginPage.body());
            // Plain HTTP (what a proxy or the Ingress forwards, claiming HTTPS in headers) is only redirected to the
            // HTTPS port.
            for (String path : new String[] {"/adminCenter/", "/IBMJMXConnectorREST/mbeans", "/ibm/api/config"}) {
                Http.Answer plain = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Authorization", basic(ADMIN_USER, adminPassword))
                        .header("X-Forwarded-Proto", "https")
                        .header("Forwarded", "proto=https")
                        .header("$WSIS", "true")
                        .GET()
                        .build());
                assertEquals(302, plain.status(), path + " over HTTP: " + plain.body());
                assertTrue(
                        plain.header("Location").startsWith(https + "/"),
                        path + " over HTTP is sent to HTTPS, not served: " + plain.header("Location"));
                assertFalse(plain.body().contains("ApplicationMBean"), plain.body());
            }

            // The application still authenticates its own users, and never the admin center's.
            assertEquals(200, Http.get(server.baseUrl() + "/api/health").status());
            assertEquals(
                    401, Http.get(server.baseUrl() + "/api/files").status(), "AUTH_ENABLED=true still closes the API");
            Http.Answer basicToApp = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/auth/whoami"))
                    .header("Authorization", basic(ADMIN_USER, adminPassword))
                    .GET()
                    .build());
            assertEquals(
                    401,
                    basicToApp.status(),
                    "the basic registry is not a way into the application: " + basicToApp.body());
            assertEquals(
                    401,
                    appLogin(server, new CookieManager(), ADMIN_USER, adminPassword)
                            .status(),
                    "the Liberty administrator is not a DocuElevate user");
            CookieManager cookies = new CookieManager();
            Http.Answer login = appLogin(server, cookies, LibertyServer.ADMIN_USERNAME, server.adminPassword());
            assertEquals(200, login.status(), login.body());
            HttpClient browser = Http.browser(cookies);
            Http.Answer whoami = send(
                    browser,
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/auth/whoami"))
                            .GET()
                            .build());
            assertEquals(200, whoami.status(), whoami.body());
            assertEquals(LibertyServer.ADMIN_USERNAME, whoami.json().getString("username"));
            assertTrue(whoami.json().getBoolean("is_admin"));
            Http.Answer users = send(
                    browser,
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/admin/users/local"))
                            .GET()
                            .build());
            assertEquals(200, users.status(), "DocuElevate's admin routes still work: " + users.body());
            Http.Answer adminPage = send(
                    browser,
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/"))
                            .GET()
                            .build());
            assertTrue(
                    adminPage.body().contains("id=\"link-admin-center\""),
                    "the admin overview links to the admin center when it is on: " + adminPage.body());

            assertFalse(server.messagesLog().contains(adminPassword), "the Liberty admin password is never logged");
            assertFalse(server.console().contains(adminPassword), "the Liberty admin password is never printed");
            assertTrue(server.messagesLog().contains("CWWKS1100A"), "failed admin sign-ins are audited by Liberty");
        }
    }

    @Test
    void withoutAPasswordNobodyIsAdministratorAndTheServerSaysWhy() {
        // The EAR (what application servers and the admin center deploy), with the harness default AUTH_ENABLED=false.
        try (LibertyServer server = LibertyServer.ear("it-admin-center-nopw")
                .withConfigOverride("admin-center.xml")
                .start()) {
            String https = server.httpsBaseUrl();
            String mbeans = https + "/IBMJMXConnectorREST/mbeans?objectName="
                    + URLEncoder.encode(APPLICATION_MBEAN, StandardCharsets.UTF_8);
            Poll.until(CONNECTOR_READY, "the JMX REST connector to ask for credentials", () -> {
                Http.Answer answer = tryHttps(mbeans, null, null);
                return answer != null && answer.status() == 401 ? answer : null;
            });
            // An unresolved ${LIBERTY_ADMIN_PASSWORD} would otherwise be the literal password; admin-center.xml
            // defaults it to empty.
            for (String password : new String[] {"", "${LIBERTY_ADMIN_PASSWORD}", "libertyadmin", "null"}) {
                assertEquals(401, https(mbeans, ADMIN_USER, password).status(), "password '" + password + "'");
            }
            String log = server.messagesLog();
            assertTrue(
                    log.contains("CWWKS3100E") && log.contains("'" + ADMIN_USER + "' must define a password"),
                    "messages.log names the user without a password:\n" + log);

            Http.Answer health = Http.get(server.baseUrl() + "/api/health");
            assertEquals(200, health.status(), health.body());
            assertEquals("ok", health.json().getString("status"));
            assertEquals(
                    200,
                    Http.get(server.baseUrl() + "/api/files").status(),
                    "the application works with AUTH_ENABLED=false");
        }
    }

    @Test
    void kubernetesComponentMountsTheSameSnippet() throws IOException {
        Path project = Path.of(System.getProperty("it.project.dir", "."));
        String shipped = Files.readString(project.resolve("src/main/liberty/config/admin-center.xml"));
        JsonNode configMap = new YAMLMapper()
                .readTree(project.resolve("kubernetes/components/admin-center/configmap.yaml")
                        .toFile());
        assertEquals(
                shipped,
                configMap.path("data").path("admin-center.xml").asString(),
                "kubernetes/components/admin-center/configmap.yaml must carry src/main/liberty/config/admin-center.xml unchanged");
    }

    private static Http.Answer appLogin(LibertyServer server, CookieManager cookies, String username, String password) {
        return send(
                Http.browser(cookies),
                Http.loginRequest(server.baseUrl(), username, password).build());
    }

    private static Http.Answer https(String url, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return send(HTTPS, request.build());
    }

    /** Like {@link #https} but {@code null} while the HTTPS port is not listening yet. */
    private static Http.Answer tryHttps(String url, String user, String password) {
        try {
            return https(url, user, password);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Http.Answer send(HttpClient client, HttpRequest request) {
        if (!"127.0.0.1".equals(request.uri().getHost())) {
            throw new IllegalArgumentException("only the loopback server under test: " + request.uri());
        }
        return Http.send(client, request);
    }
}
