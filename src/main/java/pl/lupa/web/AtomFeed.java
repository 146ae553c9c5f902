package pl.lupa.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import pl.lupa.search.Hit;
import pl.lupa.search.SearchRequest;
import pl.lupa.search.SearchResult;

/**
 * A search's newest matches as an Atom feed (RFC 4287), so a saved search becomes an alert in any
 * feed reader. The feed's id is its own address; an entry's id is the article's address in Lupa,
 * which stays the same as long as the article keeps its id. An entry is "updated" on its
 * publication day (articles are not revised in the index), the feed on its newest entry's.
 */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * @param base  {@code http://host:port}
     * @param query the request's query string as sent (empty for none)
     */
    static byte[] write(String base, String query, SearchRequest request, SearchResult result) {
        String self = base + "/feed.atom" + (query.isEmpty() ? "" : "?" + query);
        String page = base + "/" + (query.isEmpty() ? "" : "?" + query);
        Instant newest = result.hits().stream()
                .map(AtomFeed::published)
                .filter(d -> d != null)
                .max(Instant::compareTo)
                .orElse(Instant.now());
        var bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            element(x, "id", self);
            element(x, "title", title(request));
            element(x, "updated", newest.toString());
            link(x, "self", "application/atom+xml", self);
            link(x, "alternate", "text/html", page);
            x.writeStartElement("author");
            element(x, "name", "Lupa");
            x.writeEndElement();
            element(x, "generator", "Lupa");
            for (Hit hit : result.hits()) {
                entry(x, base, hit, newest);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the feed failed", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter x, String base, Hit hit, Instant feedUpdated) throws XMLStreamException {
        String inLupa = base + "/?doc=" + URLEncoder.encode(hit.id(), StandardCharsets.UTF_8);
        Instant published = published(hit);
        x.writeStartElement("entry");
        element(x, "id", inLupa);
        element(x, "title", hit.title());
        element(x, "updated", (published != null ? published : feedUpdated).toString());
        if (published != null) {
            element(x, "published", published.toString());
        }
        link(x, "alternate", "text/html", hit.url() != null ? hit.url() : inLupa);
        if (hit.author() != null) {
            x.writeStartElement("author");
            element(x, "name", hit.author());
            x.writeEndElement();
        }
        for (String company : hit.companies()) {
            x.writeEmptyElement("category");
            x.writeAttribute("term", company);
        }
        if (!hit.snippets().isEmpty()) {
            // escaped text whose only markup is <mark>: HTML, which the writer escapes once more
            x.writeStartElement("summary");
            x.writeAttribute("type", "html");
            x.writeCharacters(String.join(" … ", hit.snippets()));
            x.writeEndElement();
        }
        if (hit.source() != null) {
            x.writeStartElement("source");
            element(x, "title", hit.source());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** "Lupa: centrum danych · Microsoft · od 2024" */
    static String title(SearchRequest r) {
        var parts = new ArrayList<String>();
        parts.add(r.query().isEmpty() ? "wszystkie artykuły" : r.query());
        parts.addAll(r.companies());
        if (r.from() != null) {
            parts.add("od " + r.from());
        }
        if (r.to() != null) {
            parts.add("do " + r.to());
        }
        return "Lupa: " + String.join(" · ", List.copyOf(parts));
    }

    private static Instant published(Hit hit) {
        return hit.date() == null
                ? null
                : LocalDate.parse(hit.date()).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }
}
