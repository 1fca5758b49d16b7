package io.docuelevate.infrastructure.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who wrote the document and to whom, from where people look: the letterhead and the sender line
 * above the address window, the address block, the signature and the footer. An organisation (legal
 * form, authority, bank, school…) or the name heading its own address block is preferred over the
 * recipient's name; the recipient is the address block introduced by "Herrn", "Frau", "Mr", "Bill to"…
 * and not the sender's own. {@link #shortName} reduces a sender to the reference's "shortest form"
 * ("Telekom Deutschland GmbH" → "Telekom", "Amazon EU S.à r.l." → "Amazon").
 */
final class PartyFinder {

    /** A party: the name as written (title-cased when the letterhead shouts) and whether it is an organisation. */
    record Party(String name, boolean organisation) {}

    private static final String LEGAL_FORM =
            "GmbH\\s*&\\s*\\.?\\s*Co\\.?\\s*KG(?:aA)?|&\\s*\\.?\\s*Co\\.?\\s*KG|&\\s*\\.?\\s*Co\\.|gGmbH|GmbH|mbH|AG|KGaA|KG|OHG|e\\.\\s?K\\.|e\\.\\s?V\\.|eG|UG(?:\\s*\\(haftungsbeschränkt\\))?|SE"
                    + "|Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|PLC|plc|Corp\\.?|Corporation|Co\\.|Company|LLP|LP"
                    + "|S\\.à\\s?r\\.l\\.|S\\.a\\s?r\\.l\\.|SARL|S\\.A\\.|SAS|B\\.V\\.|N\\.V\\.|AB|Pty\\.?\\s*Ltd\\.?|Sp\\.\\s*z\\s*o\\.o\\.";
    private static final Pattern LEGAL = Pattern.compile("(?<![\\p{L}])(?:" + LEGAL_FORM + ")(?![\\p{L}])");
    private static final Pattern TRAILING_LEGAL = Pattern.compile(
            "(?:[\\s,]+(?:" + LEGAL_FORM
                    + "|Deutschland|Germany|Europe|EU|UK|International|Holding|Gruppe|Group))+\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?<![\\p{L}])(?:Finanzamt|Hauptzollamt|Zollamt|Landratsamt|Bezirksamt|Ordnungsamt|Standesamt|Bürgeramt|Jobcenter|Bundesagentur|Bundesamt|Landesamt"
                    + "|Amtsgericht|Landgericht|Stadt|Gemeinde|Landkreis|Kreis|Rentenversicherung|Krankenkasse|AOK|Polizei|Ministerium|Senatsverwaltung"
                    + "|Revenue|Internal Revenue Service|Department|Council|Borough|County|Agency|Ministry|Office of|Court|Police|Authority|Treasury)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** Words that name an organisation; German compounds count by their last part ("Stadtbibliothek", "Malerbetrieb"). */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?<![\\p{L}])(?:\\p{L}*(?:bank|kasse|versicherung|werke|hotel|praxis|klinik|krankenhaus|schule|bibliothek|verwaltung|autohaus|tankstelle"
                    + "|markt|apotheke|betrieb|bedarf|handel|verlag|kanzlei|stiftung|verein|institut|zentrum|gesellschaft|dienst|service|studio)"
                    + "|Gymnasium|Kita|School|University|Universität|Hochschule|College|Club|Library|Insurance|Assurance|Hospital|Pharmacy|Credit Union"
                    + "|Software|Hosting|Logistics|Partners|Services|Solutions|Systems|Analytics|Consulting|Leasing|Hardware|Energy|Energie|Telecom\\w*"
                    + "|Health|Café|Cafe|Restaurant|Bakery|Bäckerei|Group|Gruppe|Foundation|Institute|Shop|Store|Airlines?|Studios|Media|Technologies"
                    + "|Motors|Electric|Utilities|Water|Gas|Light)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PERSON_TITLE = Pattern.compile(
            "^(?:Herrn?|Frau|Familie|Eheleute|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Mx\\.?|Dr\\.?|Prof\\.?)(?:\\s|$)");
    private static final Pattern ADDRESSEE_INTRO = Pattern.compile(
            "^(?:Herrn?|Frau|Herrn und Frau|Familie|Eheleute|An|To|Bill to|Billed to|Invoice to|Rechnungsempfänger|Rechnungsadresse|Billing address|Empfänger"
                    + "|Kunde|Customer|Account holder|Policyholder|Lessee|Mieter|Patient|Kontoinhaber)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESSEE_LABEL = Pattern.compile(
            "^(?:An|To|Bill to|Billed to|Invoice to|Rechnungsempfänger|Empfänger|Account holder|Policyholder|Lessee|Kontoinhaber|Patient|erhalten von|received from)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:Sehr geehrte|Guten Tag|Liebe|Lieber|Hallo|Dear|Hello|Hi |To whom it may concern)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:Mit freundlichen Grüßen|Freundliche Grüße|Viele Grüße|Beste Grüße|Mit besten Grüßen|Hochachtungsvoll|Kind regards|Best regards|Regards"
                    + "|Yours sincerely|Yours faithfully|Sincerely|With (?:much )?love|Love|Best wishes|Happy \\w+!?)[,!.]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE_HINT =
            Pattern.compile("^\\(?(?:Unterschrift|Signature)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:rechnung|invoice|quittung|receipt|kundenbeleg|beleg|kontoauszug|statement|vertrag|agreement|bescheid|notice|newsletter"
                    + "|mietvertrag|arbeitsvertrag|schedule|policy|liquidation|zwischen|between|und|and|seite|page|blatt|bill|summary|sale|ihre|your"
                    + "|vertragsbestätigung|bestätigung|confirmation|angebot|offer|mahnung|reminder)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD =
            Pattern.compile("^(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|&|and|und|of|the|am|an|der|die|das|für|de|von|van|la|le)$");
    private static final Pattern WEB = Pattern.compile(
            "(?:www\\.|https?://|@|\\.(?:de|com|example|org|net|co\\.uk)(?:\\s|$|/))", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_VALUE = Pattern.compile("^[\\p{L} .\\-/()]{2,40}:\\s*\\S");
    private static final Pattern ACADEMIC =
            Pattern.compile("\\b(?:med\\.|dent\\.|rer\\.\\s?nat\\.|phil\\.|jur\\.|Dipl\\.-\\p{L}+\\.?)\\s*");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:\\(\\d+\\)|\\d+\\.|\\*+|Sold by:|From:|Von:|Absender:|Lessor:|Vermieter:|Receipt from)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER_LINE = Pattern.compile(
            "^(?:[Il1]nh\\.|Inhaber\\w*|Owner|Proprietor|Geschäftsführ\\w*|Director)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLES = Pattern.compile("^(?:(?:Dr|Prof)\\.?\\s+)+");
    private static final int LETTERHEAD_LINES = 14;

    private PartyFinder() {}

    /** The sender, if the text shows one. */
    static Optional<Party> sender(TextLines text) {
        List<Integer> lines = text.nonBlank();
        Optional<RecipientBlock> recipient = recipientBlock(text);
        int recipientStart = recipient.map(RecipientBlock::start).orElse(-1);
        int recipientEnd = recipient.map(RecipientBlock::end).orElse(-1);
        String body = text.text().toLowerCase(Locale.ROOT);
        Candidate best = null;
        int seen = 0;
        for (int index : lines) {
            if (seen++ >= LETTERHEAD_LINES
                    || SALUTATION.matcher(text.line(index).strip()).find()) {
                break;
            }
            if (index >= recipientStart && index <= recipientEnd) {
                continue;
            }
            Optional<String> name = nameOf(text, index);
            if (name.isEmpty()) {
                continue;
            }
            double score = score(text, index, name.get(), body) - (seen - 1) * 0.4;
            if (seen == 1) {
                score += isOrganisation(name.get()) || looksLikePerson(name.get()) ? 2 : 4;
            }
            if (seen <= 3 && headsAddress(text, index)) {
                score += 3;
                int above = text.previousNonBlank(index);
                if (above < 0 || index - above > 1) {
                    score += 3;
                }
            }
            if (best == null || score > best.score()) {
                best = new Candidate(name.get(), score);
            }
        }
        Optional<String> signed = signature(text);
        if (signed.isPresent()) {
            double score = 1 + score(text, -1, signed.get(), body);
            if (best == null || score > best.score()) {
                best = new Candidate(signed.get(), score);
            }
        }
        if (best == null || best.score() < 1) {
            return Optional.empty();
        }
        String name = PartyNames.display(best.name());
        return Optional.of(new Party(name, isOrganisation(name)));
    }

    /** The recipient: the name heading the addressee's block, if the text has one. */
    static Optional<Party> recipient(TextLines text) {
        return recipientBlock(text)
                .map(block -> new Party(PartyNames.display(block.name()), isOrganisation(block.name())));
    }

    /** The reference's shortest form: legal forms, country and group suffixes and academic titles removed. */
    static String shortName(String name) {
        String value = ACADEMIC.matcher(name).replaceAll("").strip();
        String previous;
        do {
            previous = value;
            value = TRAILING_LEGAL.matcher(value).replaceAll("").strip();
            value = value.replaceAll("[,\\-–·]+$", "").strip();
        } while (!value.equals(previous) && !value.isEmpty());
        return value.isEmpty() ? name.strip() : value;
    }

    static boolean isOrganisation(String name) {
        return LEGAL.matcher(name).find()
                || AUTHORITY.matcher(name).find()
                || ORGANISATION.matcher(name).find();
    }

    private record Candidate(String name, double score) {}

    private record RecipientBlock(int start, int end, String name) {}

    private static double score(TextLines text, int index, String name, String body) {
        double score = 1;
        if (LEGAL.matcher(name).find()) {
            score += 5;
        }
        if (AUTHORITY.matcher(name).find()) {
            score += 4;
        }
        if (ORGANISATION.matcher(name).find()) {
            score += 3;
        }
        if (index >= 0) {
            if (headsAddress(text, index)) {
                score += 2;
            }
            String line = text.line(index);
            int separator = Math.max(Math.max(line.indexOf(" · "), line.indexOf(" | ")), line.indexOf(", "));
            if (separator > 0 && AddressLines.isAddress(line.substring(separator))) {
                score += 2;
            }
        }
        String core = TITLES.matcher(shortName(name)).replaceAll("").toLowerCase(Locale.ROOT);
        if (core.length() >= 4) {
            int occurrences = occurrences(body, core);
            if (occurrences >= 2) {
                score += Math.min(3, occurrences - 1);
            }
        }
        if (!isOrganisation(name) && !looksLikePerson(name)) {
            score -= 2;
        }
        return score;
    }

    /** Whether a street or postcode line follows within three lines: the name heads an address. */
    private static boolean headsAddress(TextLines text, int index) {
        return AddressLines.addressWithin(text, index, 3);
    }

    /** A candidate sender name from one line, or empty when the line is not a name (a title, a label, an address…). */
    private static Optional<String> nameOf(TextLines text, int index) {
        String line = text.firstSegment(index);
        String value = LEADING_NOISE.matcher(line.strip()).replaceAll("").strip();
        value = value.replaceAll("^\\*+|\\*+$", "").strip();
        if (value.isEmpty()
                || PERSON_TITLE.matcher(value).find() && !value.startsWith("Dr")
                || OWNER_LINE.matcher(value).find()) {
            return Optional.empty();
        }
        for (String separator : new String[] {" · ", " | ", " - ", " – ", ", "}) {
            int at = value.indexOf(separator);
            if (at > 0) {
                String rest = value.substring(at + separator.length());
                if (separator.equals(", ")
                        && !rest.matches("(?i)^(?:a |an |the |" + LEGAL_FORM + ").*")
                        && !AddressLines.isAddress(rest)) {
                    continue;
                }
                if (LEGAL.matcher(rest).lookingAt() && separator.equals(", ")) {
                    int end = rest.indexOf(',');
                    value = value.substring(0, at) + " " + (end > 0 ? rest.substring(0, end) : rest);
                    continue;
                }
                value = value.substring(0, at).strip();
            }
        }
        if (!plausibleName(value)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static boolean plausibleName(String value) {
        if (value.length() < 3
                || value.length() > 60
                || WEB.matcher(value).find()
                || AddressLines.isAddress(value)
                || LABEL_VALUE.matcher(value).find()
                || value.matches(".*\\d{3,}.*")) {
            return false;
        }
        if (DOCUMENT_WORDS.matcher(value).find()
                && !LEGAL.matcher(value).find()
                && !AUTHORITY.matcher(value).find()) {
            return false;
        }
        String[] words = value.split("\\s+");
        if (words.length > 7) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (NAME_WORD.matcher(word).matches() || LEGAL.matcher(word).matches() || word.matches("[\\p{Lu}&.\\-]+")) {
                capitalised++;
            }
        }
        return capitalised >= Math.max(1, words.length - 1) && Character.isLetter(value.charAt(0))
                || Character.isUpperCase(value.charAt(0)) && isOrganisation(value);
    }

    private static boolean looksLikePerson(String name) {
        String[] words = TITLES.matcher(ACADEMIC.matcher(name).replaceAll(""))
                .replaceAll("")
                .strip()
                .split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (!word.matches("\\p{Lu}[\\p{Ll}'’\\-]+\\.?")) {
                return false;
            }
        }
        return true;
    }

    /** The name in the signature: the line under a closing formula, or above "(Unterschrift …)". */
    private static Optional<String> signature(TextLines text) {
        List<Integer> lines = text.nonBlank();
        for (int k = lines.size() - 1; k >= 0; k--) {
            int index = lines.get(k);
            String line = text.line(index).strip();
            if (SIGNATURE_HINT.matcher(line).find() && k > 0) {
                Optional<String> name = nameOf(text, lines.get(k - 1));
                if (name.isPresent()) {
                    return name;
                }
            }
            if (CLOSING.matcher(line).matches()) {
                Optional<String> person = Optional.empty();
                for (int j = k + 1; j < lines.size() && j <= k + 4; j++) {
                    String candidate = text.firstSegment(lines.get(j)).strip();
                    if (candidate.matches("(?i)^(?:i\\.\\s?A\\.|i\\.\\s?V\\.|ppa\\.)\\s.*")) {
                        continue;
                    }
                    Optional<String> name = nameOf(text, lines.get(j));
                    if (name.isPresent() && isOrganisation(name.get())) {
                        return name;
                    }
                    if (name.isPresent() && person.isEmpty() && looksLikePerson(name.get())) {
                        person = name;
                    }
                }
                return person;
            }
        }
        return Optional.empty();
    }

    private static Optional<RecipientBlock> recipientBlock(TextLines text) {
        List<Integer> lines = text.nonBlank();
        int limit = Math.min(lines.size(), 40);
        for (int k = 0; k < limit; k++) {
            int index = lines.get(k);
            String first = text.firstSegment(index).strip();
            Matcher labelled = ADDRESSEE_LABEL.matcher(first);
            if (labelled.matches()) {
                String name = labelled.group(1).split(",")[0].strip();
                if (plausibleName(name) || looksLikePerson(name)) {
                    return Optional.of(new RecipientBlock(index, index, name));
                }
            }
            boolean intro = ADDRESSEE_INTRO.matcher(first).matches();
            boolean titled = PERSON_TITLE.matcher(first).find() && !first.startsWith("Dr");
            if (!intro && !titled) {
                continue;
            }
            int nameLine = intro ? (k + 1 < lines.size() ? lines.get(k + 1) : -1) : index;
            if (nameLine < 0) {
                continue;
            }
            String name = text.firstSegment(nameLine).strip();
            if (titled && !intro) {
                name = name.replaceFirst("^(?:Herrn?|Frau|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Mx\\.?)\\s+", "");
            }
            name = name.replaceFirst("^(?:z\\.\\s?Hd\\.|Attn:?|c/o)\\s*", "")
                    .split(",")[0]
                    .strip();
            if (name.isEmpty() || !AddressLines.addressWithin(text, nameLine, 4)) {
                continue;
            }
            return Optional.of(new RecipientBlock(index, AddressLines.lastAddressLine(text, nameLine), name));
        }
        return secondAddressBlock(text, lines);
    }

    /** Without "Herrn", "Mr" or "Bill to", a second address block near the top is the addressee's (DIN 5008 letters). */
    private static Optional<RecipientBlock> secondAddressBlock(TextLines text, List<Integer> lines) {
        int blocks = 0;
        int limit = Math.min(lines.size(), 25);
        for (int k = 0; k < limit; k++) {
            int index = lines.get(k);
            String first = text.firstSegment(index).strip();
            if (SALUTATION.matcher(first).find()) {
                break;
            }
            if (AddressLines.isAddress(first) || !headsAddress(text, index)) {
                continue;
            }
            Optional<String> name = nameOf(text, index);
            if (name.isEmpty() && !looksLikePerson(first)) {
                continue;
            }
            blocks++;
            int end = AddressLines.lastAddressLine(text, index);
            if (blocks == 2) {
                return Optional.of(new RecipientBlock(index, end, name.orElse(first)));
            }
            while (k + 1 < limit && lines.get(k + 1) <= end) {
                k++;
            }
        }
        return Optional.empty();
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
