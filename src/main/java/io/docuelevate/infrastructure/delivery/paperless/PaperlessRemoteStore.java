package io.docuelevate.infrastructure.delivery.paperless;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.DeliveryHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Delivery to Paperless-ngx through its REST API: tags and correspondent looked up by name (created when missing),
 * the PDF posted to {@code post_document} with title, tags, correspondent and the date its name starts with, the
 * consume task polled until it succeeds or fails (bounded by the consume wait), then the mapped metadata written to
 * the new document's custom fields. Paperless keeps no names, so nothing clashes; a document Paperless already has
 * (its duplicate check on the content) counts as delivered, with its custom fields left as they are.
 */
public final class PaperlessRemoteStore implements RemoteStore {

    private static final Logger LOG = Logger.getLogger(PaperlessRemoteStore.class.getName());
    private static final MediaType PDF = MediaType.get("application/pdf");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NEW_DOCUMENT_ID = Pattern.compile("(?i)new document id (\\d+)");
    private static final Pattern DUPLICATE_ID = Pattern.compile("\\(#(\\d+)\\)");
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final PaperlessDestination destination;
    private final PaperlessApi api;
    private final Duration consumeWait;

    /**
     * @param timeout bounds connecting and each read or write of every request
     * @param consumeWait how long Paperless may take to consume a posted document before the delivery fails
     *     (transient: a retry posts again and Paperless then reports a duplicate, which counts as delivered)
     */
    public PaperlessRemoteStore(
            PaperlessDestination destination, HostGuard hosts, Duration timeout, Duration consumeWait) {
        this.destination = destination;
        this.api = new PaperlessApi(destination, DeliveryHttp.client(hosts, timeout));
        this.consumeWait = consumeWait;
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        List<Long> tags = new ArrayList<>();
        for (String tag : distinct(document.tags())) {
            tags.add(lookUpOrCreate("tags", "tag", tag));
        }
        Optional<String> correspondent =
                Optional.ofNullable(document.correspondent()).map(String::strip).filter(c -> !c.isEmpty());
        Optional<Long> correspondentId = correspondent.isPresent()
                ? Optional.of(lookUpOrCreate("correspondents", "correspondent", correspondent.get()))
                : Optional.empty();
        Optional<String> task = upload(name, document, tags, correspondentId);
        if (task.isEmpty()) {
            LOG.info(() -> destination.label() + " accepted " + name + " without a task id: custom fields not set");
            return true;
        }
        Consumed consumed = awaitConsumed(name, task.get());
        if (consumed.duplicate()) {
            LOG.info(() -> destination.label() + ": " + name + " is already in Paperless-ngx"
                    + consumed.documentId().map(id -> " as document #" + id).orElse("") + " (" + consumed.result()
                    + ")");
        } else if (consumed.documentId().isPresent()) {
            writeCustomFields(name, consumed.documentId().get(), document.metadata());
        }
        return true;
    }

    @Override
    public List<RemoteEntry> list() {
        return List.of();
    }

    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        throw new RemoteStoreException(
                destination.label() + ": documents are not fetched back from Paperless-ngx", false);
    }

    @Override
    public void delete(String name) {
        // Paperless-ngx keeps documents by id, not by our name: nothing of ours to delete.
    }

    @Override
    public void test() throws RemoteStoreException {
        api.get("listing documents", api.url("api/documents/", Map.of("page_size", "1")));
    }

    private long lookUpOrCreate(String kind, String what, String name) throws RemoteStoreException {
        Optional<Long> found = lookUp(kind, what, name);
        if (found.isPresent()) {
            return found.get();
        }
        JsonObject body = Json.createObjectBuilder().add("name", name).build();
        try {
            JsonValue created =
                    api.post("creating the " + what + " " + name, api.url("api/" + kind + "/", Map.of()), body);
            return PaperlessApi.id(created)
                    .orElseThrow(() -> new RemoteStoreException(
                            destination.label() + ": creating the " + what + " " + name + " answered no id", false));
        } catch (RemoteStoreException e) {
            if (e.isTransient()) {
                throw e;
            }
            // Created at the same moment by another delivery (unique name): use that one.
            return lookUp(kind, what, name).orElseThrow(() -> e);
        }
    }

    private Optional<Long> lookUp(String kind, String what, String name) throws RemoteStoreException {
        return PaperlessApi.firstId(api.get(
                "looking up the " + what + " " + name, api.url("api/" + kind + "/", Map.of("name__iexact", name))));
    }

    private Optional<String> upload(
            String name, DeliveredDocument document, List<Long> tags, Optional<Long> correspondent)
            throws RemoteStoreException {
        String title = document.title() == null || document.title().isBlank()
                ? name
                : document.title().strip();
        MultipartBody.Builder body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart(
                        "document", name, RequestBody.create(document.file().toFile(), PDF))
                .addFormDataPart("title", title);
        correspondent.ifPresent(id -> body.addFormDataPart("correspondent", Long.toString(id)));
        tags.forEach(id -> body.addFormDataPart("tags", Long.toString(id)));
        created(name, document).ifPresent(date -> body.addFormDataPart("created", date));
        JsonValue answer =
                api.post("uploading " + name, api.url("api/documents/post_document/", Map.of()), body.build());
        return answer instanceof JsonString task && !task.getString().isBlank()
                ? Optional.of(task.getString().strip())
                : Optional.empty();
    }

    /** The document date the metadata's file name (or the delivered name) starts with, as {@code YYYY-MM-DD}. */
    static Optional<String> created(String name, DeliveredDocument document) {
        for (String candidate : List.of(document.metadata().getOrDefault("filename", ""), name)) {
            Matcher date = LEADING_DATE.matcher(candidate);
            if (date.find()) {
                try {
                    return Optional.of(LocalDate.parse(date.group(1)).toString());
                } catch (DateTimeParseException e) {
                    // not a real date (2026-13-45): try the next candidate
                }
            }
        }
        return Optional.empty();
    }

    private Consumed awaitConsumed(String name, String task) throws RemoteStoreException {
        Instant deadline = Instant.now().plus(consumeWait);
        Duration pause = FIRST_PAUSE;
        while (true) {
            JsonValue answer =
                    api.get("checking the consume task of " + name, api.url("api/tasks/", Map.of("task_id", task)));
            Optional<JsonObject> state = firstTask(answer);
            String status = state.map(s -> s.getString("status", "PENDING")).orElse("PENDING");
            String result =
                    state.flatMap(s -> PaperlessApi.text(s.get("result"))).orElse("");
            if (status.equals("SUCCESS")) {
                Optional<Long> id = state.flatMap(s -> PaperlessApi.text(s.get("related_document")))
                        .filter(text -> text.matches("\\d+"))
                        .or(() -> match(NEW_DOCUMENT_ID, result))
                        .map(Long::valueOf);
                return new Consumed(id, false, result);
            }
            if (status.equals("FAILURE") || status.equals("REVOKED")) {
                if (result.toLowerCase(Locale.ROOT).contains("duplicate")) {
                    return new Consumed(match(DUPLICATE_ID, result).map(Long::valueOf), true, result);
                }
                throw new RemoteStoreException(
                        destination.label() + ": consuming " + name + " failed: "
                                + (result.isBlank() ? status : result),
                        false);
            }
            if (Instant.now().plus(pause).isAfter(deadline)) {
                throw new RemoteStoreException(
                        destination.label() + ": " + name + " was still being consumed after " + consumeWait.toSeconds()
                                + " s (task " + task + ", " + status + ")",
                        true);
            }
            pause(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** The task of a {@code /api/tasks/?task_id=} answer: a plain list, or a page's {@code results}. */
    private static Optional<JsonObject> firstTask(JsonValue answer) {
        JsonValue list = answer instanceof JsonObject page ? page.get("results") : answer;
        if (list instanceof JsonArray tasks && !tasks.isEmpty() && tasks.get(0) instanceof JsonObject task) {
            return Optional.of(task);
        }
        return Optional.empty();
    }

    private void writeCustomFields(String name, long documentId, Map<String, String> metadata)
            throws RemoteStoreException {
        JsonArrayBuilder values = Json.createArrayBuilder();
        int count = 0;
        for (Map.Entry<String, String> mapping : destination.customFields().entrySet()) {
            String value = metadata.get(mapping.getKey());
            if (value == null || value.isBlank()) {
                continue;
            }
            Optional<Long> field = lookUp("custom_fields", "custom field", mapping.getValue());
            if (field.isEmpty()) {
                LOG.warning(() -> destination.label() + ": no custom field named '" + mapping.getValue() + "' for "
                        + mapping.getKey() + " of " + name + ": create it in Paperless-ngx");
                continue;
            }
            values.add(Json.createObjectBuilder().add("field", field.get()).add("value", value.strip()));
            count++;
        }
        if (count == 0) {
            return;
        }
        JsonObject body =
                Json.createObjectBuilder().add("custom_fields", values).build();
        try {
            api.patch(
                    "setting the custom fields of document #" + documentId,
                    api.url("api/documents/" + documentId + "/", Map.of()),
                    body);
        } catch (RemoteStoreException e) {
            throw new RemoteStoreException(
                    e.getMessage() + " (" + name + " is stored as document #" + documentId + ")", e.isTransient(), e);
        }
    }

    private static List<String> distinct(List<String> names) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                byLowerCase.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip());
            }
        }
        return List.copyOf(byLowerCase.values());
    }

    private static Optional<String> match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private void pause(Duration pause) throws RemoteStoreException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteStoreException(
                    destination.label() + ": interrupted while waiting for Paperless-ngx", true, e);
        }
    }

    /** How a consume task ended: the document it made (or the one it duplicates) and Paperless's result text. */
    private record Consumed(Optional<Long> documentId, boolean duplicate, String result) {}
}
