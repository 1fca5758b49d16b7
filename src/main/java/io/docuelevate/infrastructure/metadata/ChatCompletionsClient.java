package io.docuelevate.infrastructure.metadata;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The chat completions endpoint of an OpenAI-compatible API as a MicroProfile Rest Client interface.
 * It is built with {@code RestClientBuilder} from the configured base URL (which differs per deployment
 * and comes from {@code OPENAI_BASE_URL}), not injected with {@code @RegisterRestClient}; the answer is a
 * raw {@link Response} so every status and body reaches {@link OpenAiCompatibleMetadataExtractor}.
 */
public interface ChatCompletionsClient {

    /**
     * @param authorization {@code Bearer <key>}, or {@code null} to send no Authorization header
     */
    @POST
    @Path("chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response complete(@HeaderParam("Authorization") String authorization, JsonObject request);
}
