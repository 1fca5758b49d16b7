package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.metadata.DocumentClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a document by weighted cue words (German and English), with extra weight for a title line
 * near the top ("RECHNUNG", "Kontoauszug", "Bußgeldbescheid", "SERVICE AGREEMENT"…). A letter is what is
 * left when a document reads like correspondence and no other class is clearly ahead; with no cues at
 * all it is {@link DocumentClass#OTHER}.
 */
final class DocumentClassifier {

    /** The chosen class and its lead over the runner-up (for the confidence score). */
    record Result(DocumentClass documentClass, double score, double margin) {}

    private record Cue(Pattern pattern, double weight) {}

    private static final Map<DocumentClass, List<Cue>> CUES = new EnumMap<>(DocumentClass.class);
    private static final Map<DocumentClass, Pattern> TITLES = new EnumMap<>(DocumentClass.class);
    private static final int TITLE_LINES = 14;

    static {
        CUES.put(
                DocumentClass.INVOICE,
                List.of(
                        cue("rechnung\\w*|\\w+rechnung", 3),
                        cue("invoice\\w*", 3),
                        cue("amount due|balance due|total due", 3),
                        cue("due date|payment terms|zahlungsziel|zahlbar|f[äa]llig", 2),
                        cue("billing period|bill to|billed to", 2),
                        cue("ust\\.?|mwst\\.?|umsatzsteuer|vat|sales tax", 1),
                        cue("subtotal|zwischensumme|netto|nettobetrag", 1),
                        cue("total payable", 2),
                        cue("liquidation|go[äa]", 3),
                        cue("charges?", 1),
                        cue("kwh", 1),
                        cue("leistungszeitraum|lieferzeitraum", 2)));
        CUES.put(
                DocumentClass.RECEIPT,
                List.of(
                        cue("quittung|kassenbon|kundenbeleg|kassenbeleg", 6),
                        cue("receipt", 5),
                        cue("bon-nr\\.?|beleg-nr\\.?", 4),
                        cue("r[üu]ckgeld|change due", 4),
                        cue("cash|bar(?=\\s+(?:eur|€|\\d))", 1),
                        cue("girocard|contactless|kontaktlos|visa|mastercard", 1),
                        cue("vielen dank f[üu]r (?:ihren|lhren) einkauf|thank you for (?:shopping|your purchase)", 3),
                        cue("tse", 3),
                        cue("kasse", 2),
                        cue("sale", 1),
                        cue("auth(?:orization)? code", 2),
                        cue("amount paid|date paid", 3),
                        cue("erhalten von|received from", 4),
                        cue("cashier|kassierer", 2),
                        cue("trans #", 2),
                        cue("tip|gratuity|trinkgeld", 2),
                        cue("server|table \\d+|tisch \\d+", 1),
                        cue("approved|genehmigt", 1),
                        cue("check #", 2)));
        CUES.put(
                DocumentClass.CONTRACT,
                List.of(
                        cue("\\w*vertrag\\w*", 3),
                        cue("agreement", 3),
                        cue("zwischen|between", 2),
                        cue("§\\s?\\d+", 2),
                        cue("parties|vertragsparteien", 2),
                        cue("laufzeit|mindestlaufzeit|term", 1),
                        cue("k[üu]ndigungsfrist|termination", 2),
                        cue("lease|lessee|lessor", 3),
                        cue("policy schedule|policyholder", 5),
                        cue("policy number|premium|sum insured|period of cover", 2),
                        cue("vermieter|mieter", 2),
                        cue("kaution|probezeit|arbeitgeber|arbeitnehmer\\w*", 2),
                        cue("hereby|hiermit bestätigen", 1),
                        cue("signed|unterschrift", 1),
                        cue("vertragsbest[äa]tigung", 5),
                        cue("versicherungsschein\\w*|versicherungsnehmer|versicherungsbeginn|police", 4),
                        cue("jahresbeitrag|beitr[äa]ge?|deckung|selbstbeteiligung", 1)));
        CUES.put(
                DocumentClass.BANK_STATEMENT,
                List.of(
                        cue("kontoauszug|tagesgeldkonto", 6),
                        cue("account statement|statement of account", 5),
                        cue("statement", 2),
                        cue("kontostand|saldo", 3),
                        cue("buchungstag|wertstellung|buchungstext|umsatz", 3),
                        cue("opening balance|closing balance|ending balance|new balance", 4),
                        cue("sort code", 3),
                        cue("iban|bic", 1),
                        cue("money in|money out|paid in|paid out", 3),
                        cue("transactions", 2),
                        cue("credit union", 3),
                        cue("minimum payment", 3),
                        cue("interest charged|zinsgutschrift|dispositionskredit", 2),
                        cue("girokonto|current account", 2),
                        cue("statement period", 3)));
        CUES.put(
                DocumentClass.OFFICIAL_NOTICE,
                List.of(
                        cue("\\w*bescheid", 6),
                        cue("finanzamt|hauptzollamt|zollamt|landratsamt|ordnungsamt|bezirksamt|b[üu]rgeramt", 5),
                        cue("aktenzeichen|kassenzeichen|gesch[äa]ftszeichen", 3),
                        cue("rechtsbehelfsbelehrung", 5),
                        cue("einspruch|widerspruch", 2),
                        cue("ordnungswidrigkeit|bu[ßs]geld", 3),
                        cue("beh[öo]rde", 3),
                        cue("rentenversicherung|versicherungskonto|versicherungsnummer", 3),
                        cue("maschinell erstellt", 3),
                        cue("internal revenue service|department of the treasury", 6),
                        cue("hm revenue|revenue (?:and|&) customs", 6),
                        cue("council|borough", 3),
                        cue("planning permission|notice of decision", 4),
                        cue("notice", 2),
                        cue("penalty|penalties", 2),
                        cue("appeal", 2),
                        cue("tax year|taxpayer|self assessment|vehicle tax|council tax", 2),
                        cue("secretary of state", 3),
                        cue("act \\d{4}", 2),
                        cue("agency|authority|ministry|licensing|bundesamt|landesamt|landratsamt|amt f[üu]r", 3)));
        CUES.put(
                DocumentClass.NEWSLETTER,
                List.of(
                        cue("newsletter", 6),
                        cue("unsubscribe|abbestellen|abmelden", 5),
                        cue("upcoming events|veranstaltungen", 3),
                        cue("issue \\d+|ausgabe", 2),
                        cue("liebe leserinnen|dear readers|members' corner", 3),
                        cue("you are receiving this (?:email|newsletter)|sie erhalten diesen newsletter", 3)));
        CUES.put(
                DocumentClass.LETTER,
                List.of(
                        cue("sehr geehrte\\w*|guten tag|dear|liebe\\w*", 2),
                        cue("mit freundlichen gr[üu][ßs]en|freundliche gr[üu][ßs]e|kind regards|best regards", 2),
                        cue("yours (?:sincerely|faithfully)|sincerely|with (?:much )?love", 2),
                        cue("k[üu]ndigung|kündige", 2),
                        cue("re:|betreff", 1),
                        cue("to whom it may concern", 3),
                        cue("hiermit", 1),
                        cue("i am writing|ich schreibe|wir m[öo]chten", 1)));

        TITLES.put(
                DocumentClass.INVOICE,
                title("(?:\\w*rechnung|invoice|tax invoice|bill|liquidation|service statement)(?:\\s|$|\\W)"));
        TITLES.put(
                DocumentClass.RECEIPT,
                title("(?:\\**\\s*)?(?:quittung|receipt|kundenbeleg|kassenbon|kassenbeleg|zahlungsbeleg)"));
        TITLES.put(
                DocumentClass.CONTRACT,
                title(
                        "(?:\\w*vertrag|[\\w ]*agreement|vertragsbest[äa]tigung|ihre vertragsbest[äa]tigung|[\\w -]*policy schedule|versicherungsschein|[\\w ]*insurance policy)"));
        TITLES.put(
                DocumentClass.BANK_STATEMENT,
                title(
                        "(?:kontoauszug|[\\w ]*account statement|[\\w ]*statement$|monthly account statement|your [\\w ]+ statement)"));
        TITLES.put(
                DocumentClass.OFFICIAL_NOTICE,
                title("(?:\\w*bescheid|notice\\b|self assessment|town and country|[\\w ]*tax reminder)"));
        TITLES.put(DocumentClass.NEWSLETTER, title("(?:.*newsletter|[\\w ]+ newsletter)"));
    }

    private DocumentClassifier() {}

    static Result classify(TextLines text) {
        String lower = text.text().toLowerCase(Locale.ROOT);
        Map<DocumentClass, Double> scores = new EnumMap<>(DocumentClass.class);
        for (Map.Entry<DocumentClass, List<Cue>> entry : CUES.entrySet()) {
            double score = 0;
            for (Cue cue : entry.getValue()) {
                Matcher m = cue.pattern().matcher(lower);
                int hits = 0;
                while (m.find() && hits < 4) {
                    hits++;
                }
                score += cue.weight() * Math.min(hits, 3) * (hits > 1 ? 0.8 : 1);
            }
            scores.put(entry.getKey(), score);
        }
        int seen = 0;
        for (int index : text.nonBlank()) {
            if (seen++ >= TITLE_LINES) {
                break;
            }
            String line = text.line(index).strip().toLowerCase(Locale.ROOT);
            for (Map.Entry<DocumentClass, Pattern> entry : TITLES.entrySet()) {
                if (entry.getValue().matcher(line).lookingAt()
                        || entry.getValue().matcher(stripAfterSeparator(line)).matches()) {
                    scores.merge(entry.getKey(), 8.0, Double::sum);
                }
            }
        }
        double letter = scores.remove(DocumentClass.LETTER);
        DocumentClass best = DocumentClass.OTHER;
        double bestScore = 0;
        double second = 0;
        for (Map.Entry<DocumentClass, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                second = bestScore;
                bestScore = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > second) {
                second = entry.getValue();
            }
        }
        if (bestScore < 6 || bestScore <= letter) {
            if (letter >= 2) {
                return new Result(DocumentClass.LETTER, letter, letter - bestScore);
            }
            if (bestScore < 4) {
                return new Result(DocumentClass.OTHER, bestScore, 0);
            }
        }
        return new Result(best, bestScore, bestScore - Math.max(second, letter));
    }

    private static String stripAfterSeparator(String line) {
        int at = line.indexOf(" - ");
        return at > 0 ? line.substring(at + 3) : line;
    }

    private static Cue cue(String regex, double weight) {
        return new Cue(Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.UNICODE_CASE), weight);
    }

    private static Pattern title(String regex) {
        return Pattern.compile("^(?:" + regex + ")", Pattern.UNICODE_CASE);
    }
}
