package io.docuelevate.infrastructure.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.intake.IntakeOptions;
import io.docuelevate.domain.intake.RemoteFetchException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fetcher refuses local and metadata targets before it resolves or connects anything (no network used). */
class OkHttpRemoteDocumentsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:1/x.pdf",
                "http://2130706433/x.pdf",
                "http://0177.0.0.1/x.pdf",
                "http://[::ffff:127.0.0.1]/x.pdf",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fd00:ec2::254]/latest/meta-data/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "https://localhost./x.pdf",
                "http://user:pw@10.0.0.1/x.pdf"
            })
    void refusedBeforeAnyConnection(String url) {
        OkHttpRemoteDocuments fetcher = new OkHttpRemoteDocuments();
        fetcher.options = new Options();
        RemoteFetchException refused = assertThrows(RemoteFetchException.class, () -> fetcher.fetch(URI.create(url)));
        assertEquals(RemoteFetchException.Reason.REFUSED, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("URL not allowed"), refused.getMessage());
    }

    private static final class Options implements IntakeOptions {
        @Override
        public Set<String> urlAllowHosts() {
            return Set.of();
        }

        @Override
        public Duration urlConnectTimeout() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration urlTotalTimeout() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Optional<String> intakeSharedSecret() {
            return Optional.empty();
        }

        @Override
        public String intakeSharedOwnerId() {
            return "legacy-bridge";
        }
    }
}
