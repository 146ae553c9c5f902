package pl.lupa.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What extraction found in one article: companies (distinct canonical names in order of first
 * mention), money amounts and dates, each in order of appearance.
 *
 * @param formerNames for a renamed company the article names only as it was called before
 *                    ("Twitter" in 2015), its canonical name and the name the article uses; left
 *                    out of the JSON when empty
 */
public record ExtractedEntities(
        List<String> companies,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> formerNames,
        List<Amount> amounts,
        List<DateMention> dates) {

    public static final ExtractedEntities NONE = new ExtractedEntities(List.of(), Map.of(), List.of(), List.of());

    public ExtractedEntities {
        companies = List.copyOf(companies);
        // entities stored before former names were kept have none
        formerNames = formerNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(formerNames));
        amounts = List.copyOf(amounts);
        dates = List.copyOf(dates);
    }
}
