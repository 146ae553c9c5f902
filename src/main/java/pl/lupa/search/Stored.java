package pl.lupa.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import pl.lupa.extract.ExtractedEntities;
import pl.lupa.index.ArticleSchema;

/** Reads back the stored fields of an article that need more than {@code Document.get}. */
final class Stored {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Stored() {}

    /** The publication date as {@code YYYY-MM-DD}, or null. */
    static String date(Document d) {
        var field = d.getField(ArticleSchema.DATE);
        return field == null
                ? null
                : LocalDate.ofEpochDay(field.numericValue().longValue()).toString();
    }

    /** What extraction found in the article. */
    static ExtractedEntities entities(Document d) {
        return entities(d.get(ArticleSchema.ENTITIES));
    }

    /** What extraction found in the article, from its stored JSON (null for nothing). */
    static ExtractedEntities entities(String json) {
        if (json == null) {
            return ExtractedEntities.NONE;
        }
        try {
            return JSON.readValue(json, ExtractedEntities.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored entities are not readable", e);
        }
    }
}
