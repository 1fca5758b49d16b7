package io.docuelevate.application.delivery;

import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.domain.integration.IntegrationRepository;
import io.docuelevate.domain.integration.UserIntegration;
import io.docuelevate.domain.secret.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/**
 * Which destinations a document goes to, as the reference decides (spec §2.8): the owner's active
 * {@code DESTINATION} integrations when there are any, otherwise every destination configured through the
 * environment. Stores are made from the adapters' {@link RemoteStoreProvider}s; an integration's secrets are
 * decrypted only here, and its hosts pass {@link IntegrationHosts}. A destination whose environment settings are
 * invalid is left out with a warning, never taking the others with it.
 */
@ApplicationScoped
public class Destinations {

    private static final Logger LOG = Logger.getLogger(Destinations.class.getName());

    @Inject
    @Any
    Instance<RemoteStoreProvider> providers;

    @Inject
    IntegrationRepository integrations;

    @Inject
    SecretCipher cipher;

    @Inject
    IntegrationHosts hosts;

    /** The adapters, by destination name, in name order. */
    public List<RemoteStoreProvider> providers() {
        return StreamSupport.stream(providers.spliterator(), false)
                .sorted(Comparator.comparing(RemoteStoreProvider::name))
                .toList();
    }

    /** The adapter serving an integration type ({@code SFTP}), if any. */
    public Optional<RemoteStoreProvider> providerOfType(String integrationType) {
        return providers().stream()
                .filter(p -> p.integrationType().equals(integrationType))
                .findFirst();
    }

    /** The destinations configured through the environment. */
    public List<Destination> configured() {
        List<Destination> configured = new ArrayList<>();
        for (RemoteStoreProvider provider : providers()) {
            try {
                provider.configured()
                        .ifPresent(store -> configured.add(Destination.configured(provider.name(), store)));
            } catch (RuntimeException e) {
                LOG.warning(() ->
                        "destination " + provider.name() + " is left out, its settings are invalid: " + e.getMessage());
            }
        }
        return configured;
    }

    /** Whether {@code ownerId} has active destination integrations (then only those receive their documents). */
    public boolean ownerHasOwnDestinations(String ownerId) {
        return !ownIntegrations(ownerId).isEmpty();
    }

    /** Where a document of {@code ownerId} ({@code ""} or null: no owner) is delivered. */
    public List<Destination> forOwner(String ownerId) {
        List<UserIntegration> own = ownIntegrations(ownerId);
        if (own.isEmpty()) {
            return configured();
        }
        List<Destination> destinations = new ArrayList<>();
        for (UserIntegration integration : own) {
            destinations.add(of(integration));
        }
        return destinations;
    }

    /** The destination of a key for a document of {@code ownerId}: a configured one, or the owner's integration. */
    public Optional<Destination> byKey(String ownerId, String key) {
        if (key.startsWith(Destination.INTEGRATION_KEY_PREFIX)) {
            long id;
            try {
                id = Long.parseLong(key.substring(Destination.INTEGRATION_KEY_PREFIX.length()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return integrations
                    .find(owner(ownerId), id)
                    .filter(i -> UserIntegration.DESTINATION.equals(i.getDirection()))
                    .map(this::of);
        }
        return configured().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The store of a user's integration; an integration that cannot be built fails when it is used, with why. */
    public Destination of(UserIntegration integration) {
        RemoteStoreProvider provider = providerOfType(integration.getIntegrationType())
                .orElseThrow(() -> new IllegalArgumentException(
                        "no adapter for integration type " + integration.getIntegrationType()));
        return Destination.integration(
                integration.getId(),
                integration.getName() + " (" + integration.getIntegrationType() + ")",
                provider.forIntegration(strings(parse(integration.getConfig())), credentialsOf(integration), hosts));
    }

    /** The decrypted secrets of an integration, by name; empty when it has none. */
    public Map<String, String> credentialsOf(UserIntegration integration) {
        String stored = integration.getCredentials();
        return stored == null || stored.isEmpty() ? Map.of() : strings(parse(cipher.decrypt(stored)));
    }

    private List<UserIntegration> ownIntegrations(String ownerId) {
        return integrations.list(owner(ownerId)).stream()
                .filter(UserIntegration::isActive)
                .filter(i -> UserIntegration.DESTINATION.equals(i.getDirection()))
                .toList();
    }

    private static String owner(String ownerId) {
        return ownerId == null ? "" : ownerId;
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** A JSON object's members as text: strings as they are, numbers and booleans as written, nulls left out. */
    public static Map<String, String> strings(JsonObject object) {
        Map<String, String> strings = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            switch (value.getValueType()) {
                case STRING -> strings.put(name, ((jakarta.json.JsonString) value).getString());
                case NULL -> {}
                default -> strings.put(name, value.toString());
            }
        });
        return Map.copyOf(strings);
    }
}
