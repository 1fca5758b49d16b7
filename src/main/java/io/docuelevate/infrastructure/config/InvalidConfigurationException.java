package io.docuelevate.infrastructure.config;

/**
 * A setting that cannot work. The message is meant for the operator as it is: it names the setting,
 * says what is wrong and never contains a secret value.
 */
public class InvalidConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
