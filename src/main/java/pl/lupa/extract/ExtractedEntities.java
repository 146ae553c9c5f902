package pl.lupa.extract;

import java.util.List;

/**
 * What extraction found in one article: companies (distinct canonical names in order of first
 * mention), money amounts and dates, each in order of appearance.
 */
public record ExtractedEntities(List<String> companies, List<Amount> amounts, List<DateMention> dates) {

    public static final ExtractedEntities NONE = new ExtractedEntities(List.of(), List.of(), List.of());

    public ExtractedEntities {
        companies = List.copyOf(companies);
        amounts = List.copyOf(amounts);
        dates = List.copyOf(dates);
    }
}
