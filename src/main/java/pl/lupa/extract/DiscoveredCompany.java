package pl.lupa.extract;

/**
 * A company of an article that the gazetteer does not list, found by discovery.
 *
 * @param name     canonical name, nominative, as in {@code companies}
 * @param evidence what established it ("company noun: fundusz", "legal form Inc.", "corpus")
 */
public record DiscoveredCompany(String name, String evidence) {

    /** The evidence of a mention known only because other articles established the name. */
    public static final String CORPUS = "corpus";

    /** Whether this article's own text established the name (not only the corpus). */
    public boolean establishedHere() {
        return !CORPUS.equals(evidence);
    }

    /**
     * Whether evidence of this kind teaches the name to the rest of the corpus: only evidence
     * that says what the name is (a legal form, a company noun before it or in an apposition, a
     * corporate last word). Deal language, a listing or a city adjective establish a name in its
     * own article, but a product can be sold, listed and "Polish" too, and a mistake taught to
     * the corpus would repeat in every article that names the thing.
     */
    public static boolean teaches(String evidence) {
        return evidence.startsWith("legal form")
                || evidence.startsWith("company noun")
                || evidence.startsWith("apposition")
                || evidence.startsWith("name ending");
    }
}
