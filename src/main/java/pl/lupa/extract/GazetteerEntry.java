package pl.lupa.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One company of the gazetteer.
 *
 * @param name    the canonical name reported by extraction
 * @param parent  canonical name of the owning company, or null
 * @param aliases other names of the same company (legal names, former names, short names)
 * @param forms   inflected forms written out by hand where the generated ones are not enough
 * @param flags   lower-case markers such as {@code ambiguous}
 * @param former  names the company had before a rename ("Twitter" of X Corp.): found like aliases,
 *                reported as the name the article uses
 */
record GazetteerEntry(
        String name, String parent, List<String> aliases, List<String> forms, Set<String> flags, List<String> former) {

    /** The name is also an ordinary word or a person's name: a mention needs supporting evidence. */
    static final String AMBIGUOUS = "ambiguous";

    /** The name is also a famous product ("Opel Vectra"): not a company inside another proper name. */
    static final String PRODUCT_NAME = "product-name";

    /** Never a company: neither recognised from the list nor discovered in the text (an editor's correction). */
    static final String BLOCKED = "blocked";

    GazetteerEntry {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        forms = List.copyOf(forms);
        flags = Set.copyOf(flags);
        former = List.copyOf(former);
    }

    boolean ambiguous() {
        return flags.contains(AMBIGUOUS);
    }

    boolean blocked() {
        return flags.contains(BLOCKED);
    }

    boolean productName() {
        return flags.contains(PRODUCT_NAME);
    }
}
