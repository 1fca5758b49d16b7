package io.docuelevate.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away server certificate made with the JDK's keytool, and a trust store holding only that certificate:
 * test servers on loopback speak real TLS while the client keeps host-name checks on and trusts nothing else.
 */
public final class TestCertificates {

    /** The server's PKCS12 key store (key password = store password) and the client's PKCS12 trust store. */
    public record Stores(Path keystore, String keystorePassword, Path truststore, String truststorePassword) {}

    private TestCertificates() {}

    /**
     * A key pair for {@code CN=127.0.0.1} valid for 2 days, with the subject alternative names {@code san}
     * (keytool syntax, e.g. {@code ip:127.0.0.1,dns:localhost}), stored in {@code directory}.
     */
    public static Stores create(Path directory, String alias, String san, String keystorePassword, String trustPassword)
            throws IOException, InterruptedException {
        Path keystore = directory.resolve(alias + "-server.p12");
        Path certificate = directory.resolve(alias + "-server.pem");
        Path truststore = directory.resolve(alias + "-trust.p12");
        keytool(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=" + san,
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
                alias,
                "-keystore",
                keystore.toString(),
                "-storepass",
                keystorePassword,
                "-file",
                certificate.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                alias,
                "-file",
                certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                truststore.toString(),
                "-storepass",
                trustPassword);
        return new Stores(keystore, keystorePassword, truststore, trustPassword);
    }

    /** Makes GreenMail's SMTPS/IMAPS servers (started afterwards in this JVM) present the certificate of {@code stores}. */
    public static void useForGreenMail(Stores stores) {
        System.setProperty("greenmail.tls.keystore.file", stores.keystore().toString());
        System.setProperty("greenmail.tls.keystore.password", stores.keystorePassword());
        System.setProperty("greenmail.tls.key.password", stores.keystorePassword());
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + command + " failed: " + output);
        }
    }
}
