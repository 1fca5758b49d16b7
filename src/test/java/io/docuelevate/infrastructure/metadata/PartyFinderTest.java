package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyFinderTest {

    private static Optional<String> sender(String text) {
        return PartyFinder.sender(TextLines.of(text)).map(PartyFinder.Party::name);
    }

    private static Optional<String> recipient(String text) {
        return PartyFinder.recipient(TextLines.of(text)).map(PartyFinder.Party::name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Telekom Deutschland GmbH          | Telekom",
                "Amazon EU S.à r.l.                | Amazon",
                "Autohaus Becker GmbH & Co. KG     | Autohaus Becker",
                "Hausverwaltung Petersen & Co. KG  | Hausverwaltung Petersen",
                "Northwind Hosting Ltd             | Northwind Hosting",
                "Brightline Software, Inc.         | Brightline Software",
                "Summit Auto Leasing, LLC          | Summit Auto Leasing",
                "Thamesbank plc                    | Thamesbank",
                "Sonnenschein Kita gGmbH           | Sonnenschein Kita",
                "Deutsche Bahn AG                  | Deutsche Bahn",
                "Paylane Europe S.à r.l.           | Paylane",
                "Dr. med. Sabine Vogt              | Dr. Sabine Vogt",
                "Finanzamt Musterstadt             | Finanzamt Musterstadt",
                "Laura Chen                        | Laura Chen",
            })
    void correspondentIsTheShortestForm(String name, String expected) {
        assertEquals(expected, PartyFinder.shortName(name));
    }

    @Test
    void senderFromACompactSenderLineAboveTheAddressWindow() {
        String text = """
                Stadtwerke Musterstadt GmbH · Energieallee 5 · 48143 Musterstadt

                Herrn
                Max Mustermann
                Lindenweg 12
                48149 Musterstadt
                """;
        assertEquals(Optional.of("Stadtwerke Musterstadt GmbH"), sender(text));
        assertEquals(Optional.of("Max Mustermann"), recipient(text));
    }

    @Test
    void senderFromAShoutingLetterheadIsTitleCased() {
        String text =
                "NORTHWIND HOSTING LTD\nUnit 4, Harbour Court, Bristol BS1 6QA\n\nINVOICE\n\nBill to:\nAshworth Design Studio\n12 Kings Road\nBrighton BN1 2HD";
        assertEquals(Optional.of("Northwind Hosting Ltd"), sender(text));
        assertEquals(Optional.of("Ashworth Design Studio"), recipient(text));
    }

    @Test
    void aPrivateSendersLetterheadBeatsTheCompanyItWritesTo() {
        String text = """
                Jonas Klein
                Severinstraße 112
                50678 Köln

                FitLife Studios GmbH
                Mitgliederverwaltung
                Aachener Straße 50
                50674 Köln

                Sehr geehrte Damen und Herren,
                hiermit kündige ich.
                Mit freundlichen Grüßen
                Jonas Klein
                """;
        assertEquals(Optional.of("Jonas Klein"), sender(text));
        assertEquals(Optional.of("FitLife Studios GmbH"), recipient(text));
        assertFalse(PartyFinder.sender(TextLines.of(text)).orElseThrow().organisation());
    }

    @Test
    void taglinesUnderTheNameAreNotTheName() {
        String text =
                "THE COPPER KETTLE\nArtisan Coffee & Bakery\n27 Bermondsey Street, London SE1 3XF\n\nTOTAL £14.60";
        assertEquals(Optional.of("The Copper Kettle"), sender(text));
    }

    @Test
    void theFirstPartyOfAContractIsTheSender() {
        String text = """
                SERVICE AGREEMENT

                BETWEEN

                (1) ORBITAL ANALYTICS LTD, a company incorporated in England and Wales whose registered office is at
                    9 Quayside, Newcastle upon Tyne NE1 3DX (the "Supplier"); and

                (2) GREENFIELD RETAIL PLC, a company incorporated in England and Wales
                """;
        assertEquals(Optional.of("Orbital Analytics Ltd"), sender(text));
    }

    @Test
    void theSignatureNamesTheSenderWhenTheTopDoesNot() {
        String text =
                "QUITTUNG Nr. 12\nBetrag: 350,00 €\nerhalten von: Anna Schmidt, Goethestraße 8, 50667 Köln\n\nKöln, 01.03.2026\n\nKarl Weber\n(Unterschrift des Empfängers)";
        assertEquals(Optional.of("Karl Weber"), sender(text));
        assertEquals(Optional.of("Anna Schmidt"), recipient(text));
    }

    @Test
    void authoritiesAreOrganisations() {
        assertTrue(PartyFinder.isOrganisation("Finanzamt Musterstadt"));
        assertTrue(PartyFinder.isOrganisation("Riverside Borough Council"));
        assertTrue(PartyFinder.isOrganisation("Stadtbibliothek Musterstadt"));
        assertFalse(PartyFinder.isOrganisation("Margaret Wilson"));
    }

    @Test
    void nothingNameLikeMeansNoSender() {
        assertEquals(Optional.empty(), sender("1234 5678\n---\n14.03.2026"));
    }
}
