package pl.lupa.extract;

import java.util.Arrays;
import java.util.Set;

/** Hand-kept word lists of the recognisers. */
final class Words {

    private Words() {}

    /** An immutable set of the given words; unlike {@link Set#of} it tolerates repeats, which long lists attract. */
    static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
