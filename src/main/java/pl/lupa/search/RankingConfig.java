package pl.lupa.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The constants of Lupa's ranking, in one place, each chosen by measurement on the judged queries
 * of {@code eval/} (the README's ranking table gives the figures). {@code lupa eval --set
 * name=value} tries other values; the server always uses {@link #DEFAULT}.
 *
 * @param titleBoost      weight of a word found in the title, against 1 in the body
 * @param companyBoost    weight of a word found among the article's companies
 * @param exactTitleBoost bonus when the title holds the query's exact written form
 * @param foldedWeight    weight of a word whose diacritics were restored differently ({@code laska →
 *                        łaska})
 * @param proximityBoost  weight of the query's words standing close together, in order
 * @param proximitySlop   how many positions "close" allows
 * @param partial         which articles follow the all-word matches: none (all words or, when
 *                        nothing has them all, all but one), or those missing at most one word,
 *                        at most half of the words, or any number but one
 * @param rarest          what a partial match owes the query's rarest word (the one in the fewest
 *                        articles, most often a name): nothing, a place first among those
 *                        missing as many words, a place before every match without it, or it is
 *                        required
 * @param dismaxLemmas    an ambiguous form's lemmas score as alternatives, each with its own
 *                        rarity (the best one counts), rather than as one pseudo-term
 * @param derivedWeight   weight of the noun an adjective is made from ({@code gazowy → gaz}); 0
 *                        leaves derivations out
 * @param variantWeight   weight of another spelling of a foreign word that the collection uses
 *                        too ({@code Oscary → Oskary}); 0 leaves variants out
 * @param bm25K1          BM25's term-frequency saturation
 * @param bm25B           BM25's length normalisation
 */
public record RankingConfig(
        float titleBoost,
        float companyBoost,
        float exactTitleBoost,
        float foldedWeight,
        float proximityBoost,
        int proximitySlop,
        Partial partial,
        Rarest rarest,
        boolean dismaxLemmas,
        float derivedWeight,
        float variantWeight,
        float bm25K1,
        float bm25B) {

    /** What a partial match owes the query's rarest word. */
    public enum Rarest {
        /** Nothing: words count alike. */
        IGNORE,
        /** Among matches lacking as many words, those holding the rarest one come first. */
        IN_TIER,
        /**
         * The rarest word counts as two: a match lacking it falls among those lacking two words, so
         * the articles lacking one word never lack the rarest.
         */
        DOUBLE,
        /** Every match holding the rarest word comes before every match without it. */
        FIRST,
        /** A match without the rarest word is no match. */
        REQUIRE
    }

    /** Which partial matches are listed after the all-word matches. */
    public enum Partial {
        /** None while some article holds every word; then those missing one word. */
        NONE,
        /** Those missing one word (of three or more), or one of two. */
        ONE_MISSING,
        /** Those holding at least half of the words. */
        HALF,
        /** Those holding at least one word: every article that holds any, most words first. */
        ANY
    }

    public static final RankingConfig DEFAULT =
            new RankingConfig(3f, 2f, 1.5f, 0.25f, 2f, 4, Partial.ANY, Rarest.DOUBLE, false, 0.5f, 0.5f, 1.2f, 0.75f);

    /**
     * Lupa as it ranked before partial matches and derivations: every word required, all but one
     * (any one) only when nothing matched.
     */
    public static final RankingConfig STRICT = DEFAULT.with("partial", "none")
            .with("rarest", "ignore")
            .with("derivedWeight", "0")
            .with("variantWeight", "0");

    /** This configuration with one constant changed: {@code titleBoost=2.5}, {@code partial=half}. */
    public RankingConfig with(String name, String value) {
        var values = asMap();
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no ranking constant '" + name + "'; known: " + values.keySet());
        }
        values.put(name, value.strip());
        try {
            return new RankingConfig(
                    Float.parseFloat(values.get("titleBoost")),
                    Float.parseFloat(values.get("companyBoost")),
                    Float.parseFloat(values.get("exactTitleBoost")),
                    Float.parseFloat(values.get("foldedWeight")),
                    Float.parseFloat(values.get("proximityBoost")),
                    Integer.parseInt(values.get("proximitySlop")),
                    Partial.valueOf(
                            values.get("partial").toUpperCase(Locale.ROOT).replace('-', '_')),
                    Rarest.valueOf(values.get("rarest").toUpperCase(Locale.ROOT).replace('-', '_')),
                    parseBoolean(values.get("dismaxLemmas")),
                    Float.parseFloat(values.get("derivedWeight")),
                    Float.parseFloat(values.get("variantWeight")),
                    Float.parseFloat(values.get("bm25K1")),
                    Float.parseFloat(values.get("bm25B")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is no value for " + name, e);
        }
    }

    /** Every constant by name, as {@link #with} reads them. */
    public Map<String, String> asMap() {
        var out = new LinkedHashMap<String, String>();
        out.put("titleBoost", String.valueOf(titleBoost));
        out.put("companyBoost", String.valueOf(companyBoost));
        out.put("exactTitleBoost", String.valueOf(exactTitleBoost));
        out.put("foldedWeight", String.valueOf(foldedWeight));
        out.put("proximityBoost", String.valueOf(proximityBoost));
        out.put("proximitySlop", String.valueOf(proximitySlop));
        out.put("partial", partial.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("rarest", rarest.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("dismaxLemmas", String.valueOf(dismaxLemmas));
        out.put("derivedWeight", String.valueOf(derivedWeight));
        out.put("variantWeight", String.valueOf(variantWeight));
        out.put("bm25K1", String.valueOf(bm25K1));
        out.put("bm25B", String.valueOf(bm25B));

        return out;
    }

    private static boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }
}
