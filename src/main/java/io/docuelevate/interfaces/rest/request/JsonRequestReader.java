package io.docuelevate.interfaces.rest.request;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@link JsonRequest} records as UTF-8 (the encoding of JSON) whatever the declared content type, so
 * clients posting JSON without one keep working and malformed bodies are answered by our rules, never by a
 * stack trace. It names {@code application/json} as well, to be chosen before the generic JSON-B reader.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class JsonRequestReader implements MessageBodyReader<JsonRequest> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonRequest.class.isAssignableFrom(type) && type.isRecord();
    }

    @Override
    public JsonRequest readFrom(
            Class<JsonRequest> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        return JsonRequests.bind(new String(entity.readAllBytes(), StandardCharsets.UTF_8), type);
    }
}
