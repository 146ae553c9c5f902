package pl.lupa.extract;

/**
 * The names discovery established in other articles of the corpus, so that a name found with
 * strong evidence in one article is recognised in another where it stands without any. Kept with
 * the index by the index job; empty for a single article.
 */
public interface DiscoveryMemory {

    DiscoveryMemory NONE = new DiscoveryMemory() {
        @Override
        public boolean established(String name) {
            return false;
        }

        @Override
        public String byLowerCaseForm(String form) {
            return null;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    };

    /** Whether the corpus established this canonical name. */
    boolean established(String name);

    /** The established name a lower-cased written form stands for, or null. */
    String byLowerCaseForm(String form);

    boolean isEmpty();
}
