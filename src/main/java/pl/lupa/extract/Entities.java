package pl.lupa.extract;

import java.util.List;

/**
 * What extraction found in one article: companies (distinct canonical names in order of first
 * mention), money amounts and dates, each in order of appearance.
 */
public record Entities(List<String> companies, List<Amount> amounts, List<DateMention> dates) {

    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        companies = List.copyOf(companies);
        amounts = List.copyOf(amounts);
        dates = List.copyOf(dates);
    }
}
