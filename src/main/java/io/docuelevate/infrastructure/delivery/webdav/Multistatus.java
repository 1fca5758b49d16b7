package io.docuelevate.infrastructure.delivery.webdav;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a PROPFIND answer (RFC 4918 {@code multistatus}) with the JDK's DOM parser, namespace-aware, with DTDs and
 * external entities refused: the XML comes from a server a user may have typed in.
 */
final class Multistatus {

    private static final String DAV = "DAV:";

    /** One {@code response}: its {@code href} as sent, whether it is a collection, its size and last change. */
    record Resource(String href, boolean collection, long size, Instant modified) {}

    private Multistatus() {}

    static List<Resource> parse(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            NodeList responses = factory.newDocumentBuilder()
                    .parse(xml)
                    .getDocumentElement()
                    .getElementsByTagNameNS(DAV, "response");
            List<Resource> resources = new ArrayList<>();
            for (int i = 0; i < responses.getLength(); i++) {
                Element response = (Element) responses.item(i);
                String href = text(response, "href");
                if (!href.isEmpty()) {
                    resources.add(new Resource(
                            href,
                            response.getElementsByTagNameNS(DAV, "collection").getLength() > 0,
                            size(text(response, "getcontentlength")),
                            modified(text(response, "getlastmodified"))));
                }
            }
            return resources;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the folder listing is not valid WebDAV XML: " + e.getMessage(), e);
        }
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(DAV, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static long size(String value) {
        try {
            return value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant modified(String value) {
        try {
            return value.isEmpty()
                    ? null
                    : ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
