package io.docuelevate.infrastructure.config;

import io.docuelevate.application.system.ConfigurationValues;
import io.docuelevate.infrastructure.ocr.OcrSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the configuration beans bind ({@code @ConfigProperty} fields; each key is bound in exactly one
 * bean), with the effective value MicroProfile Config resolves and the source it came from. Listing the beans here
 * keeps the admin configuration page complete without a second list of names to maintain.
 */
@ApplicationScoped
public class BoundSettings implements ConfigurationValues {

    static final List<Class<?>> BEANS = List.of(
            ConversionSettings.class,
            CoreSettings.class,
            DeliverySettings.class,
            DropboxSettings.class,
            EmailDestinationSettings.class,
            GoogleDriveSettings.class,
            ImapSettings.class,
            NextcloudSettings.class,
            IntakeSettings.class,
            MetadataSettings.class,
            OneDriveSettings.class,
            OperationsSettings.class,
            PaperlessSettings.class,
            ProcessingSettings.class,
            ProtectionSettings.class,
            RedisSettings.class,
            S3Settings.class,
            SearchSettings.class,
            SecuritySettings.class,
            FtpSettings.class,
            SftpSettings.class,
            WebDavSettings.class,
            WatchFolderSettings.class,
            OcrSettings.class);

    @Override
    public List<Setting> settings() {
        Config config = ConfigProvider.getConfig();
        return names().map(name -> setting(config, name)).toList();
    }

    /** The names bound by the beans, sorted, once each. */
    static Stream<String> names() {
        return BEANS.stream()
                .flatMap(bean -> Stream.of(bean.getDeclaredFields()))
                .map(BoundSettings::boundName)
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.naturalOrder());
    }

    private static String boundName(Field field) {
        ConfigProperty property = field.getAnnotation(ConfigProperty.class);
        return property == null || property.name().isEmpty() ? null : property.name();
    }

    private static Setting setting(Config config, String name) {
        ConfigValue value = config.getConfigValue(name);
        if (value.getValue() == null) {
            return new Setting(name, null, Source.UNSET);
        }
        return new Setting(name, value.getValue(), source(value.getSourceName()));
    }

    static Source source(String sourceName) {
        if (sourceName == null) {
            return Source.OTHER;
        }
        if (sourceName.startsWith("environment") || sourceName.startsWith("EnvConfigSource")) {
            return Source.ENVIRONMENT;
        }
        if (sourceName.startsWith("dotenv")) {
            return Source.DOTENV;
        }
        return sourceName.contains("microprofile-config.properties") ? Source.DEFAULT : Source.OTHER;
    }
}
