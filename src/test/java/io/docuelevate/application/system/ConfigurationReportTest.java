package io.docuelevate.application.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.system.ConfigurationValues.Setting;
import io.docuelevate.application.system.ConfigurationValues.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationReportTest {

    @Test
    void settingsNamedLikeSecretsAreMaskedWhateverTheirValue() {
        for (String name : List.of(
                "SESSION_SECRET",
                "ADMIN_PASSWORD",
                "OPENAI_API_KEY",
                "MEILISEARCH_API_KEY",
                "DROPBOX_REFRESH_TOKEN",
                "AZURE_CREDENTIALS",
                "smtp_password")) {
            assertTrue(SecretMasking.isSecretName(name), name);
            assertEquals(SecretMasking.MASK, SecretMasking.mask(name, "s3cr3t-value"), name);
        }
        assertFalse(SecretMasking.isSecretName("WORKDIR"));
        assertEquals("/var/lib/docuelevate", SecretMasking.mask("WORKDIR", "/var/lib/docuelevate"));
        assertNull(SecretMasking.mask("SESSION_SECRET", null), "an unset secret stays visibly unset");
    }

    @Test
    void passwordsInsideUrlsAreMaskedAndTheRestOfTheUrlStays() {
        assertEquals(
                "postgresql://docuelevate:" + SecretMasking.MASK + "@db:5432/docuelevate",
                SecretMasking.mask("DATABASE_URL", "postgresql://docuelevate:pg-pass@db:5432/docuelevate"));
        assertEquals(
                "redis://:" + SecretMasking.MASK + "@redis:6379/0",
                SecretMasking.mask("REDIS_URL", "redis://:r3dis@redis:6379/0"));
        assertEquals(
                "a=postgres://u:" + SecretMasking.MASK + "@h/x b=https://w:" + SecretMasking.MASK + "@dav/",
                SecretMasking.maskUrlCredentials("a=postgres://u:p@h/x b=https://w:p:q@dav/"));
        assertEquals("http://meili:7700", SecretMasking.mask("MEILISEARCH_URL", "http://meili:7700"));
        assertEquals("https://user@example.com/x", SecretMasking.mask("WEBDAV_URL", "https://user@example.com/x"));
    }

    @Test
    void theReportSaysWhichValuesWereMaskedAndKeepsSources() {
        List<ConfigurationReport.Entry> entries = ConfigurationReport.of(List.of(
                new Setting("SESSION_SECRET", "0123456789abcdef0123456789abcdef", Source.ENVIRONMENT),
                new Setting("DATABASE_URL", "postgresql://u:pw@db/x", Source.DOTENV),
                new Setting("WORKDIR", "/data", Source.DEFAULT),
                new Setting("REDIS_URL", null, Source.UNSET)));
        assertEquals(
                List.of(
                        new ConfigurationReport.Entry("SESSION_SECRET", SecretMasking.MASK, true, Source.ENVIRONMENT),
                        new ConfigurationReport.Entry(
                                "DATABASE_URL", "postgresql://u:" + SecretMasking.MASK + "@db/x", true, Source.DOTENV),
                        new ConfigurationReport.Entry("WORKDIR", "/data", false, Source.DEFAULT),
                        new ConfigurationReport.Entry("REDIS_URL", null, false, Source.UNSET)),
                entries);
    }
}
