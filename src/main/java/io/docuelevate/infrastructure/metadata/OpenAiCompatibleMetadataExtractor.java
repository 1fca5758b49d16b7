package io.docuelevate.infrastructure.metadata;

import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.MetadataExtractionException;
import io.docuelevate.domain.metadata.MetadataExtractor;
import io.docuelevate.domain.metadata.MonetaryAmount;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Metadata from a chat model behind an OpenAI-compatible API (OpenAI, or a local server such as Ollama's
 * {@code /v1} endpoint, LiteLLM, vLLM): one {@code POST {base}/chat/completions} through the MicroProfile
 * Rest Client {@link ChatCompletionsClient} at temperature 0 asking
 * for a JSON object with the reference's thirteen fields (spec §2.6). Long texts are sampled
 * ({@link MetadataInputSampler}), the answer is parsed strictly ({@link MetadataAnswerParser}) and
 * validated ({@link MetadataJson#fromJson(JsonObject, List)}); every failure — connection, timeout,
 * non-200, no JSON, not the metadata object — is a {@link MetadataExtractionException} with a one-line
 * reason, so {@link FallbackMetadataExtractor} can take over. The API key is sent only as a Bearer header
 * and never logged or put in a message.
 */
public class OpenAiCompatibleMetadataExtractor implements MetadataExtractor {

    private static final Logger LOG = Logger.getLogger(OpenAiCompatibleMetadataExtractor.class.getName());
    public static final String ENGINE_PREFIX = "openai-compatible:";
    private static final int MAX_ERROR_BODY = 200;
    /** MicroProfile Rest Client: hand error statuses back as a response instead of throwing. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    /**
     * How to reach the model.
     *
     * @param baseUrl        e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
     * @param apiKey         Bearer token; {@code null} or blank for servers without authentication
     * @param model          model name, e.g. {@code gpt-4o-mini} or {@code llama3.1:8b}
     * @param maxInputTokens the prompt's token budget for the document text (at least 1000)
     * @param timeout        the whole request's limit (HTTP_REQUEST_TIMEOUT)
     */
    public record Options(URI baseUrl, String apiKey, String model, int maxInputTokens, Duration timeout) {

        public Options {
            Objects.requireNonNull(baseUrl, "base URL is required");
            Objects.requireNonNull(model, "model is required");
            Objects.requireNonNull(timeout, "timeout is required");
            maxInputTokens = Math.max(MetadataInputSampler.MIN_TOKENS, maxInputTokens);
        }

        @Override
        public String toString() {
            return "Options[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                    + (apiKey == null || apiKey.isBlank() ? "none" : "set") + ", maxInputTokens=" + maxInputTokens
                    + ", timeout=" + timeout + "]";
        }
    }

    static final String SYSTEM_PROMPT =
            "You are a meticulous document analysis assistant. You read the text of one document "
                    + "(a letter, invoice, receipt, contract, bank statement, official notice, newsletter or other) and answer with exactly one "
                    + "JSON object and nothing else.";

    private final Options options;
    private final ChatCompletionsClient client;

    public OpenAiCompatibleMetadataExtractor(Options options) {
        this.options = options;
        Duration connect =
                options.timeout().compareTo(Duration.ofSeconds(10)) < 0 ? options.timeout() : Duration.ofSeconds(10);
        this.client = RestClientBuilder.newBuilder()
                .baseUri(options.baseUrl())
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .property(DISABLE_DEFAULT_MAPPER, true)
                .build(ChatCompletionsClient.class);
    }

    public Options options() {
        return options;
    }

    @Override
    public DocumentMetadata extract(String text, String originalFilename) throws MetadataExtractionException {
        JsonObject body = requestBody(MetadataInputSampler.sample(text, options.maxInputTokens()), originalFilename);
        String authorization =
                options.apiKey() == null || options.apiKey().isBlank() ? null : "Bearer " + options.apiKey();
        int status;
        String answer;
        try (Response response = client.complete(authorization, body)) {
            status = response.getStatus();
            answer = response.readEntity(String.class);
        } catch (WebApplicationException e) {
            status = e.getResponse().getStatus();
            answer = e.getResponse().hasEntity() ? e.getResponse().readEntity(String.class) : "";
        } catch (ProcessingException e) {
            throw failure(e);
        }
        if (status != 200) {
            throw new MetadataExtractionException("AI service answered HTTP " + status + ": " + snippet(answer));
        }
        return metadata(content(answer));
    }

    /** Why the request got no answer: no connection in time, no answer in time, or not reachable at all. */
    private MetadataExtractionException failure(ProcessingException e) {
        Throwable root = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (cause instanceof InterruptedIOException || name.contains("Timeout")) {
                String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
                return name.contains("Connect") || message.contains("connect")
                        ? new MetadataExtractionException(
                                "AI service at " + host() + " did not accept a connection in time")
                        : new MetadataExtractionException("AI service at " + host() + " did not answer within "
                                + options.timeout().toSeconds() + " s");
            }
            root = cause;
        }
        return new MetadataExtractionException("AI service at " + host() + " is unreachable: "
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage()));
    }

    /** The chat completions request: model, temperature 0, JSON mode, a system and a user message. */
    JsonObject requestBody(String sampledText, String originalFilename) {
        return Json.createObjectBuilder()
                .add("model", options.model())
                .add("temperature", 0)
                .add("response_format", Json.createObjectBuilder().add("type", "json_object"))
                .add(
                        "messages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "system")
                                        .add("content", SYSTEM_PROMPT))
                                .add(Json.createObjectBuilder()
                                        .add("role", "user")
                                        .add("content", userPrompt(sampledText, originalFilename))))
                .build();
    }

    static String userPrompt(String text, String originalFilename) {
        return """
                Analyze the document below and extract its metadata. Answer with one JSON object with exactly these 13 fields:
                - "filename": a machine-readable name "YYYY-MM-DD_DescriptiveTitle" using the document's date; only letters, digits, \
                periods and underscores; no spaces, slashes or file extension
                - "empfaenger": the recipient (person or organisation the document is addressed to), or "Unknown"
                - "absender": the sender (person or organisation that wrote or issued it), or "Unknown"
                - "correspondent": the issuing entity in its shortest recognisable form, without legal form (e.g. "Amazon", not "Amazon EU S.à r.l.")
                - "kommunikationsart": exactly one of Behoerdlicher_Brief, Rechnung, Kontoauszug, Vertrag, Quittung, Privater_Brief, \
                Einladung, Gewerbliche_Korrespondenz, Newsletter, Werbung, Sonstiges
                - "kommunikationskategorie": exactly one of Amtliche_Postbehoerdliche_Dokumente, Finanz_und_Vertragsdokumente, \
                Geschaeftliche_Kommunikation, Private_Korrespondenz, Sonstige_Informationen
                - "document_type": a precise class such as Invoice, Receipt, Contract, Bank Statement, Official Notice, Letter, Newsletter, \
                Information, Unknown
                - "tags": a list of at most 4 thematic keywords, neither too generic nor too specific
                - "language": the document's language as an ISO 639-1 code (e.g. "de", "en")
                - "title": a short human-readable title without addresses, in the document's language
                - "confidence_score": an integer from 0 to 100, how sure you are of this metadata
                - "reference_number": the invoice, order, contract, customer, case or other reference number, or ""
                - "monetary_amounts": a list of the key amounts as strings with currency code, the total first (e.g. ["118.00 EUR"])
                Rules: use the document-level date from the header or letter date, not due dates, delivery dates, periods or birth dates. \
                Take sender and recipient only from who wrote and who is addressed (letterhead, address block, signature), never from \
                other names in the text. Keep the document's language for title and tags. Do not invent values: use "Unknown" or "" \
                when something is not in the text.
                Original file name (a hint only): %s

                Document text:
                %s""".formatted(originalFilename == null ? "unknown" : originalFilename, text);
    }

    private DocumentMetadata metadata(String content) throws MetadataExtractionException {
        JsonObject answer = MetadataAnswerParser.parse(content);
        List<String> corrections = new ArrayList<>();
        DocumentMetadata parsed;
        try {
            parsed = MetadataJson.fromJson(answer, corrections);
        } catch (IllegalArgumentException e) {
            throw new MetadataExtractionException("AI answer is not the metadata object: " + e.getMessage());
        }
        if (parsed.title().isEmpty()
                && parsed.filename().isEmpty()
                && DocumentMetadata.UNKNOWN.equals(parsed.correspondent())
                && DocumentMetadata.UNKNOWN.equals(parsed.documentType())) {
            throw new MetadataExtractionException(
                    "AI answer has no usable field (no title, file name, correspondent or type)");
        }
        if (!corrections.isEmpty()) {
            LOG.info(() -> "AI metadata corrected: " + String.join("; ", corrections));
        }
        MonetaryAmount total = parsed.monetaryAmounts().isEmpty()
                ? null
                : MonetaryAmount.parse(parsed.monetaryAmounts().get(0)).orElse(null);
        DocumentMetadata.Extraction extraction = new DocumentMetadata.Extraction(
                parsed.documentDate().orElse(null), total, ENGINE_PREFIX + options.model(), null);
        return parsed.withExtraction(extraction);
    }

    /** {@code choices[0].message.content} of a chat completions answer. */
    private static String content(String responseBody) throws MetadataExtractionException {
        JsonObject response;
        try (JsonReader reader = Json.createReader(new StringReader(responseBody))) {
            response = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MetadataExtractionException(
                    "AI service answered something that is not a chat completion: " + snippet(responseBody));
        }
        if (response.get("choices") instanceof JsonArray choices
                && !choices.isEmpty()
                && choices.get(0) instanceof JsonObject choice
                && choice.get("message") instanceof JsonObject message) {
            JsonValue content = message.get("content");
            if (content instanceof JsonString s) {
                return s.getString();
            }
        }
        throw new MetadataExtractionException("AI service answer has no choices[0].message.content");
    }

    private String host() {
        return options.baseUrl().getHost()
                + (options.baseUrl().getPort() > 0 ? ":" + options.baseUrl().getPort() : "");
    }

    private static String snippet(String body) {
        String value = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return value.length() > MAX_ERROR_BODY ? value.substring(0, MAX_ERROR_BODY) + "…" : value;
    }
}
