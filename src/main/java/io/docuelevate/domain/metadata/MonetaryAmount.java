package io.docuelevate.domain.metadata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in a currency (ISO 4217 code), written the way the reference's
 * {@code monetary_amounts} lists them: {@code "118.00 EUR"}.
 */
public record MonetaryAmount(BigDecimal amount, String currency) {

    private static final Pattern FORMATTED = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*([A-Za-z]{3})\\s*$");

    public MonetaryAmount {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
        currency = currency.toUpperCase(Locale.ROOT);
    }

    /** {@code 118.00 EUR}. */
    public String format() {
        return amount.toPlainString() + " " + currency;
    }

    /** Reads {@link #format()}'s form ({@code "118.00 EUR"}); empty for anything else. */
    public static Optional<MonetaryAmount> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMATTED.matcher(value);
        return m.matches() ? Optional.of(new MonetaryAmount(new BigDecimal(m.group(1)), m.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return format();
    }
}
