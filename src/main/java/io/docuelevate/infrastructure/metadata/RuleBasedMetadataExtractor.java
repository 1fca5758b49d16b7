package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.metadata.DocumentClass;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.MetadataExtractor;
import io.docuelevate.domain.metadata.MonetaryAmount;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The default metadata engine: offline and deterministic (the same text always gives the same metadata),
 * for German and English documents at least. It needs no service, so every installation names and
 * describes its documents; the rules live in small finders ({@link DateFinder}, {@link AmountFinder},
 * {@link ReferenceFinder}, {@link PartyFinder}, {@link DocumentClassifier}, {@link Naming}) and the
 * language comes from Lingua ({@link LanguageDetection}).
 *
 * <p>The confidence score counts what was actually found: a date, a total, a reference, a sender, a
 * recipient, a clear document class and a detected language each add to it; a text with none of them
 * scores low.
 */
public class RuleBasedMetadataExtractor implements MetadataExtractor {

    public static final String ENGINE = "rule-based";
    private static final int MAX_CONFIDENCE = 95;

    @Override
    public DocumentMetadata extract(String text, String originalFilename) {
        TextLines lines = TextLines.of(text);
        Optional<String> detected = LanguageDetection.detect(lines.text());
        String language = detected.orElse("");
        String rulesLanguage = detected.orElse("en");

        DocumentClassifier.Result classification = DocumentClassifier.classify(lines);
        DocumentClass documentClass = classification.documentClass();
        Optional<LocalDate> date = DateFinder.documentDate(lines, rulesLanguage).map(DateFinder.Candidate::date);
        List<AmountFinder.Found> amounts = AmountFinder.amounts(lines, "de".equals(rulesLanguage) ? "EUR" : null);
        Optional<AmountFinder.Found> total = AmountFinder.total(lines, amounts, documentClass);
        Optional<ReferenceFinder.Reference> reference = ReferenceFinder.best(ReferenceFinder.all(lines), documentClass);
        Optional<PartyFinder.Party> sender = PartyFinder.sender(lines);
        Optional<PartyFinder.Party> recipient = PartyFinder.recipient(lines)
                .filter(r -> sender.isEmpty()
                        || !PartyFinder.shortName(r.name())
                                .equalsIgnoreCase(
                                        PartyFinder.shortName(sender.get().name())));
        Optional<String> correspondent = sender.map(s -> PartyFinder.shortName(s.name()));
        Optional<String> subject = Naming.subject(lines);

        String title = Naming.title(documentClass, rulesLanguage, correspondent, subject);
        String filename = Naming.filename(date, documentClass, rulesLanguage, correspondent, subject);
        int confidence = confidence(
                date.isPresent(),
                total.isPresent(),
                reference.isPresent(),
                sender.isPresent(),
                recipient.isPresent(),
                classification,
                detected.isPresent());
        MonetaryAmount totalAmount = total.map(AmountFinder.Found::amount).orElse(null);

        return DocumentMetadata.builder()
                .filename(filename)
                .empfaenger(recipient.map(PartyFinder.Party::name).orElse(DocumentMetadata.UNKNOWN))
                .absender(sender.map(PartyFinder.Party::name).orElse(DocumentMetadata.UNKNOWN))
                .correspondent(correspondent.orElse(DocumentMetadata.UNKNOWN))
                .kommunikationsart(documentClass.kommunikationsart(
                        sender.map(PartyFinder.Party::organisation).orElse(true)))
                .documentType(documentClass.label())
                .tags(Naming.tags(lines, documentClass, rulesLanguage, correspondent))
                .language(language)
                .title(title)
                .confidenceScore(confidence)
                .referenceNumber(reference.map(ReferenceFinder.Reference::value).orElse(""))
                .monetaryAmounts(AmountFinder.keyAmounts(total, amounts, 5))
                .extraction(new DocumentMetadata.Extraction(date.orElse(null), totalAmount, ENGINE, null))
                .build();
    }

    private static int confidence(
            boolean date,
            boolean total,
            boolean reference,
            boolean sender,
            boolean recipient,
            DocumentClassifier.Result classification,
            boolean language) {
        int score = 5;
        score += date ? 20 : 0;
        score += total ? 15 : 0;
        score += reference ? 15 : 0;
        score += sender ? 15 : 0;
        score += recipient ? 5 : 0;
        score += language ? 5 : 0;
        if (classification.documentClass() != DocumentClass.OTHER) {
            score += (int) Math.round(Math.min(15, 5 + classification.margin()));
        }
        return Math.min(MAX_CONFIDENCE, score);
    }
}
