package io.docuelevate.interfaces.rest;

import io.docuelevate.application.search.SavedSearches;
import io.docuelevate.interfaces.rest.dto.SavedSearchDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/saved-searches}: the caller's saved searches — list (pinned first), create (201), update and
 * delete — with the reference's limits and errors (see {@link SavedSearches}).
 */
@Path("saved-searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SavedSearchesResource {

    @Inject
    SavedSearches savedSearches;

    @Inject
    CallerOwner caller;

    @GET
    public List<SavedSearchDto> list() {
        return savedSearches.list(user()).stream().map(SavedSearchDto::from).toList();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(String body) {
        JsonObject json = object(body);
        if (!json.containsKey("name") || json.isNull("name")) {
            throw new UnprocessableRequestException("name is required");
        }
        JsonValue filters = json.getOrDefault("filters", JsonValue.EMPTY_JSON_OBJECT);
        SavedSearches.View created = savedSearches.create(user(), string(json, "name"), filters,
                bool(json, "pinned", false));
        return Response.status(Response.Status.CREATED).entity(SavedSearchDto.from(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public SavedSearchDto update(@PathParam("id") String id, String body) {
        long searchId = id(id);
        JsonObject json = object(body);
        String name = json.containsKey("name") && !json.isNull("name") ? string(json, "name") : null;
        JsonValue filters = json.containsKey("filters") && !json.isNull("filters") ? json.get("filters") : null;
        Boolean pinned = json.containsKey("pinned") && !json.isNull("pinned") ? bool(json, "pinned", false) : null;
        return SavedSearchDto.from(savedSearches.update(user(), searchId, name, filters, pinned));
    }

    @DELETE
    @Path("{id}")
    public Map<String, String> delete(@PathParam("id") String id) {
        savedSearches.delete(user(), id(id));
        return Map.of("detail", "Saved search deleted");
    }

    /** The owner key of saved searches: the caller's owner id, {@code ""} in single-user mode. */
    private String user() {
        return caller.documentFilter().orElse("");
    }

    private static long id(String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UnprocessableRequestException("saved search id must be a positive integer, got '" + value + "'");
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new UnprocessableRequestException("Request body must be a JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            throw new UnprocessableRequestException("Request body is not valid JSON");
        }
        throw new UnprocessableRequestException("Request body must be a JSON object");
    }

    private static String string(JsonObject json, String field) {
        if (json.get(field) instanceof JsonString text) {
            return text.getString();
        }
        throw new UnprocessableRequestException(field + " must be a string");
    }

    private static boolean bool(JsonObject json, String field, boolean fallback) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new UnprocessableRequestException(field + " must be true or false");
    }
}
