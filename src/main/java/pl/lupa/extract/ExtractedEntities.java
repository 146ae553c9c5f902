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
 * @param discovered  the companies among {@code companies} that the gazetteer does not list,
 *                    found by discovery, with the evidence; left out of the JSON when empty
 * @param formerNames for a renamed company the article names only as it was called before
 *                    ("Twitter" in 2015), its canonical name and the name the article uses; left
 *                    out of the JSON when empty
 */
public record ExtractedEntities(
        List<String> companies,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> formerNames,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DiscoveredCompany> discovered,
        List<Amount> amounts,
        List<DateMention> dates) {

    public static final ExtractedEntities NONE =
            new ExtractedEntities(List.of(), Map.of(), List.of(), List.of(), List.of());

    public ExtractedEntities {
        companies = List.copyOf(companies);
        // entities stored before former names were kept have none
        formerNames = formerNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(formerNames));
        discovered = discovered == null ? List.of() : List.copyOf(discovered);
        amounts = List.copyOf(amounts);
        dates = List.copyOf(dates);
    }
}
