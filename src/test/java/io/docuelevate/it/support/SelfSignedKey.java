package io.docuelevate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A key pair for 127.0.0.1 and localhost made by the JDK's keytool, for TLS servers started by tests, and a trust
 * store holding only its certificate, so clients keep their certificate and host-name checks on.
 *
 * @param keystore PKCS12 key store with the key pair under the alias {@code server}
 * @param truststore PKCS12 trust store with only the certificate
 */
public record SelfSignedKey(Path keystore, Path truststore) {

    /** Makes {@code <name>-server.p12} and {@code <name>-trust.p12} in {@code folder}. */
    public static SelfSignedKey create(Path folder, String name, String keystorePassword, String truststorePassword)
            throws Exception {
        Path keystore = folder.resolve(name + "-server.p12");
        Path certificate = folder.resolve(name + "-server.pem");
        Path truststore = folder.resolve(name + "-trust.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                keystorePassword,
                "-keypass",
                keystorePassword);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "server",
                "-file",
                certificate.toString(),
                "-keystore",
                keystore.toString(),
                "-storepass",
                keystorePassword);
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "server",
                "-file",
                certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                truststore.toString(),
                "-storepass",
                truststorePassword);
        return new SelfSignedKey(keystore, truststore);
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
        assertEquals(0, process.exitValue(), "keytool " + command + ": " + output);
    }
}
