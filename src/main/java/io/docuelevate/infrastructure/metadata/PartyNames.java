package io.docuelevate.infrastructure.metadata;

import java.util.Locale;

/** How a party's name is shown: letterheads written in capitals are put in title case, legal forms in their usual case. */
final class PartyNames {

    private PartyNames() {}

    /** ALL-CAPS letterheads in title case ("NORTHWIND HOSTING LTD" → "Northwind Hosting Ltd"); mixed case is kept. */
    static String display(String name) {
        String value = name.strip().replaceAll("\\s{2,}", " ").replaceAll("(\\p{L}{4,})\\.(?= \\p{L})", "$1");
        if (!value.equals(value.toUpperCase(Locale.ROOT)) || value.chars().noneMatch(Character::isLetter)) {
            return value;
        }
        StringBuilder result = new StringBuilder();
        for (String word : value.split(" ")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            if (word.matches("(?i)(?:LLC|PLC|AG|KG|OHG|SE|UK|USA|EU|HM|GMBH|LTD\\.?|INC\\.?|CO\\.?|&)")) {
                result.append(legalCase(word));
            } else if (word.matches("(?i)(?:of|and|the|und|für|de|von)") && !result.isEmpty()) {
                result.append(word.toLowerCase(Locale.ROOT));
            } else {
                result.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return result.toString();
    }

    private static String legalCase(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "GMBH" -> "GmbH";
            case "LTD", "LTD." -> "Ltd";
            case "INC", "INC." -> "Inc.";
            case "CO", "CO." -> "Co.";
            case "PLC" -> "plc";
            default -> word.toUpperCase(Locale.ROOT);
        };
    }
}
