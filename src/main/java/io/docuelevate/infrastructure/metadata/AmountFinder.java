package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.metadata.DocumentClass;
import io.docuelevate.domain.metadata.MonetaryAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money ({@code 1.234,56 €}, {@code €1,234.56}, {@code EUR 609,76}, {@code CHF 1'245.80},
 * {@code $1,299.00}, and bare {@code 118,00} in a column whose currency is stated elsewhere) and picks the
 * document's total: the amount on the line with the most specific total label ("Gesamtbetrag",
 * "Rechnungsbetrag", "Amount due", "Closing balance"…) rather than net, VAT, subtotal, discount or
 * previous-balance lines; ties go to the larger amount.
 */
final class AmountFinder {

    /** An amount found in line {@code line}, columns {@code [start, end)}. */
    record Found(MonetaryAmount amount, int line, int start, int end, boolean explicitCurrency) {}

    private static final String CURRENCY = "€|EUR|Euro|US\\$|\\$|USD|£|GBP|CHF|SFr\\.|Fr\\.";
    private static final String NUMBER = "\\d{1,3}(?:[.,']\\d{3})+(?:[.,]\\d{2})?|\\d+[.,]\\d{2}|\\d+";
    private static final Pattern MONEY = Pattern.compile("(?<![\\p{L}\\d.,])(?:(?<cur1>" + CURRENCY
            + ")\\s?(?<sign1>[-+])?\\s?(?<num1>" + NUMBER + ")(?![\\d]|[.,]\\d)" + "|(?<sign2>[-+])?(?<num2>" + NUMBER
            + ")(?![\\d]|[.,]\\d)\\s?(?<cur2>" + CURRENCY + ")(?![\\p{L}/]|\\s?[-+]?\\d))");
    /** A number with two decimals standing alone (a table cell whose currency is in the header or the document). */
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\p{L}\\d.,/:'-])(-?)(\\d{1,3}(?:[.,']\\d{3})+[.,]\\d{2}|\\d+[.,]\\d{2})(?![\\d%.]|,\\d|\\s?(?:%|(?!(?:H|S|CR|DR|Cr|Dr)(?![\\p{L}]))[a-zA-Z²³]))");

    private static final Pattern CURRENCY_WORD = Pattern.compile("(?<![\\p{L}])(" + CURRENCY + ")(?![\\p{L}])");
    private static final Pattern PERCENT_AFTER = Pattern.compile("^\\s?%");
    /** Quantities, not money ("42,31 l", "1,5 h"); case-sensitive because a capital H after a balance means Haben (credit). */
    private static final Pattern UNIT_AFTER =
            Pattern.compile("^\\s?(?:l|L|kg|km|kWh|kwh|m²|m2|m|g|ccm|Stk|stk|x|h|Std|/)(?![\\p{L}])");

    /** Strong total labels: what is to be paid or the final balance. */
    private static final Label STRONG = Label.of(
            "gesamtbetrag|rechnungsbetrag|endbetrag|zahlbetrag|zahlungsbetrag|zu zahlen(?:der betrag)?|gesamtsumme|erstattungsbetrag|nachzahlung"
                    + "|neuer kontostand|kontostand neu|saldo neu|neuer saldo|endsaldo|gesamtmiete|gesamtpreis|gesamtkosten"
                    + "|total payable|amount due|balance due|total due|total now due|grand total|total amount|invoice total|amount paid"
                    + "|closing balance|ending balance|new balance|total of payments|total contract value|total annual premium|total price",
            "gesamtbetrag",
            "rechnungsbetrag");
    /** Plain total labels. */
    private static final Label TOTAL =
            Label.of("total|summe|gesamt|brutto|betrag|amount|montant|totale?|kontostand|saldo|balance");
    /** Lines that are not the total even if they say "total" or "Betrag". */
    private static final Label NOT_TOTAL = Label.of(
            "sub-?total|zwischensumme|netto\\w*|net(?!\\w)|excl\\.?|exkl\\.?|zzgl\\.?|mwst\\.?|ust\\.?|umsatzsteuer|mehrwertsteuer|vat|tax|steuer(?!\\w*bescheid)"
                    + "|previous balance|alter kontostand|saldo alt|opening balance|minimum payment|late fee|skonto|rabatt|discount|kaution|deposit"
                    + "|payments?(?! due)|anzahlung|abschlag|warenwert|excess|sum insured|dispositionskredit|money (?:in|out)|paid (?:in|out)"
                    + "|rückgeld|change|bar(?!\\w)|cash|festgesetzt|abzüglich|verbleibende",
            "zwischensumme");

    private AmountFinder() {}

    /** Every amount in the text, in reading order; bare numbers get the line's or the document's currency. */
    static List<Found> amounts(TextLines text, String fallbackCurrency) {
        List<Found> explicit = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            Matcher m = MONEY.matcher(line);
            while (m.find()) {
                String currency = m.group("cur1") != null ? m.group("cur1") : m.group("cur2");
                String number = m.group("num1") != null ? m.group("num1") : m.group("num2");
                String sign = m.group("sign1") != null ? m.group("sign1") : m.group("sign2");
                if (m.group("cur1") == null && !number.matches(".*[.,]\\d{2}") && number.length() > 7) {
                    continue;
                }
                if (m.group("cur1") == null && looksLikeDatePart(line, m.start("num2"))) {
                    continue;
                }
                Optional<BigDecimal> value = parse(number);
                if (value.isPresent()) {
                    BigDecimal signed = "-".equals(sign) ? value.get().negate() : value.get();
                    explicit.add(
                            new Found(new MonetaryAmount(signed, currencyCode(currency)), i, m.start(), m.end(), true));
                }
            }
        }
        String documentCurrency = dominantCurrency(explicit).orElse(fallbackCurrency);
        List<Found> all = new ArrayList<>(explicit);
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            Matcher m = BARE.matcher(line);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                int lineIndex = i;
                if (explicit.stream().anyMatch(f -> f.line() == lineIndex && start < f.end() && end > f.start())) {
                    continue;
                }
                if (PERCENT_AFTER.matcher(line.substring(end)).find()
                        || UNIT_AFTER.matcher(line.substring(end)).find()) {
                    continue;
                }
                if (documentCurrency == null) {
                    continue;
                }
                String currency = lineCurrency(line).orElse(documentCurrency);
                Optional<BigDecimal> value = parse(m.group(2));
                if (value.isPresent()) {
                    BigDecimal v =
                            m.group(1).isEmpty() ? value.get() : value.get().negate();
                    all.add(new Found(new MonetaryAmount(v, currency), i, start, end, false));
                }
            }
        }
        all.sort(Comparator.comparingInt(Found::line).thenComparingInt(Found::start));
        return all;
    }

    /** The total: the amount after the most specific total label, else by document class (see class doc). */
    static Optional<Found> total(TextLines text, List<Found> amounts, DocumentClass documentClass) {
        Found best = null;
        int bestScore = 0;
        for (Found found : amounts) {
            int score = labelScore(text.line(found.line()).substring(0, found.start()));
            if (score <= 0) {
                continue;
            }
            if (best == null || score > bestScore || score == bestScore && winsTie(found, best, documentClass)) {
                best = found;
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(positive(best));
        }
        List<Found> positives =
                amounts.stream().filter(f -> f.amount().amount().signum() > 0).toList();
        if (positives.isEmpty()) {
            return Optional.empty();
        }
        if (documentClass == DocumentClass.INVOICE || documentClass == DocumentClass.RECEIPT) {
            return positives.stream().max(Comparator.comparing(f -> f.amount().amount()));
        }
        Set<MonetaryAmount> distinct = new LinkedHashSet<>();
        positives.forEach(f -> distinct.add(f.amount()));
        return distinct.size() == 1 ? Optional.of(positives.get(0)) : Optional.empty();
    }

    /** Equal labels: a statement's last balance is the closing one; elsewhere the larger amount is the total. */
    private static boolean winsTie(Found found, Found best, DocumentClass documentClass) {
        if (documentClass == DocumentClass.BANK_STATEMENT) {
            return found.line() > best.line();
        }
        return found.amount().amount().abs().compareTo(best.amount().amount().abs()) > 0;
    }

    /** The key amounts for {@code monetary_amounts}: the total first, then the others in reading order, without repeats. */
    static List<String> keyAmounts(Optional<Found> total, List<Found> amounts, int limit) {
        Set<String> result = new LinkedHashSet<>();
        total.ifPresent(t -> result.add(t.amount().format()));
        for (Found found : amounts) {
            if (result.size() >= limit) {
                break;
            }
            if (found.amount().amount().signum() != 0) {
                result.add(positive(found).amount().format());
            }
        }
        return List.copyOf(result);
    }

    /**
     * 3 for a strong total label before the amount, 2 for a plain one ("Total", "Summe", "Betrag"), 0 for
     * none, -1 when the line is a net/VAT/subtotal/balance-forward line.
     */
    static int labelScore(String textBefore) {
        boolean strong = STRONG.in(textBefore);
        boolean not = NOT_TOTAL.in(textBefore);
        if (strong && !(not && notBeforeStrong(textBefore))) {
            return 3;
        }
        if (not) {
            return -1;
        }
        return TOTAL.in(textBefore) ? 2 : 0;
    }

    /** "Neuer Kontostand" wins over "Kontostand ... Steuer" but "Summe netto" or "Total (excl. VAT)" stays a non-total. */
    private static boolean notBeforeStrong(String textBefore) {
        int strongAt = STRONG.find(textBefore).map(Label.Match::start).orElse(Integer.MAX_VALUE);
        int notAt = NOT_TOTAL.find(textBefore).map(Label.Match::start).orElse(Integer.MAX_VALUE);
        return notAt < strongAt || textBefore.toLowerCase(Locale.ROOT).contains("excl");
    }

    static Optional<BigDecimal> parse(String raw) {
        String number = raw.replace(" ", "").replace("'", "");
        int lastDot = number.lastIndexOf('.');
        int lastComma = number.lastIndexOf(',');
        String normal;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            normal = number.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastComma >= 0 || lastDot >= 0) {
            char separator = lastComma >= 0 ? ',' : '.';
            int last = Math.max(lastComma, lastDot);
            int decimals = number.length() - last - 1;
            boolean grouped = number.chars().filter(c -> c == separator).count() > 1 || decimals == 3;
            normal = grouped ? number.replace(String.valueOf(separator), "") : number.replace(separator, '.');
        } else {
            normal = number;
        }
        try {
            return Optional.of(new BigDecimal(normal));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String currencyCode(String symbol) {
        return switch (symbol.toUpperCase(Locale.ROOT)) {
            case "€", "EUR", "EURO" -> "EUR";
            case "$", "US$", "USD" -> "USD";
            case "£", "GBP" -> "GBP";
            case "CHF", "SFR.", "FR." -> "CHF";
            default -> symbol.toUpperCase(Locale.ROOT);
        };
    }

    private static Optional<String> lineCurrency(String line) {
        Matcher m = CURRENCY_WORD.matcher(line);
        return m.find() ? Optional.of(currencyCode(m.group(1))) : Optional.empty();
    }

    private static Optional<String> dominantCurrency(List<Found> explicit) {
        Map<String, Integer> counts = new HashMap<>();
        explicit.forEach(f -> counts.merge(f.amount().currency(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static boolean looksLikeDatePart(String line, int start) {
        return start >= 1 && (line.charAt(start - 1) == '.' || line.charAt(start - 1) == '/');
    }

    private static Found positive(Found found) {
        if (found.amount().amount().signum() >= 0) {
            return found;
        }
        return new Found(
                new MonetaryAmount(
                        found.amount().amount().negate(), found.amount().currency()),
                found.line(),
                found.start(),
                found.end(),
                found.explicitCurrency());
    }
}
