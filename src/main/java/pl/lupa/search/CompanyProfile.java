package pl.lupa.search;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the index says about one company: {@code /api/companies/{name}}.
 *
 * @param name           the canonical name
 * @param documents      the articles mentioning it
 * @param curated        the name is the gazetteer's (bundled or from a {@code --companies} file);
 *                       false for a name discovery found in the articles
 * @param formerNames    the former names its articles use ("Twitter" of X Corp.)
 * @param timeline       its articles per month, from the first to the last, zeros included
 * @param coMentioned    the companies its articles name most often, with the number of articles
 *                       naming both
 * @param largestAmounts its articles' largest US-dollar sums, with the sentence each comes from
 * @param latest         its newest articles
 */
public record CompanyProfile(
        String name,
        long documents,
        boolean curated,
        List<String> formerNames,
        List<TimelinePoint> timeline,
        List<CoMention> coMentioned,
        List<LargestAmount> largestAmounts,
        List<Hit> latest) {

    public CompanyProfile {
        formerNames = List.copyOf(formerNames);
        timeline = List.copyOf(timeline);
        coMentioned = List.copyOf(coMentioned);
        largestAmounts = List.copyOf(largestAmounts);
        latest = List.copyOf(latest);
    }

    /** Another company and the number of articles naming both. */
    public record CoMention(String value, long count) {}

    /** A dollar sum, the sentence it is written in, and its article. */
    public record LargestAmount(BigDecimal usd, String text, String id, String title) {}
}
