package pl.lupa.extract;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names discovery established across a corpus: an article whose own text establishes a name
 * (a cue, a legal form, deal language) teaches it to other articles, where the name may stand
 * without any evidence ("Rapidus otworzył fabrykę"); only evidence that says what the name is
 * teaches ({@link DiscoveredCompany#teaches}). The index job starts each run from the names
 * its previous commit's articles established and keeps them fixed during the run. Names known
 * only through the corpus teach nothing, so one doubtful mention cannot spread by itself.
 * Thread-safe.
 */
public final class CorpusMemory implements DiscoveryMemory {

    /** lower-cased canonical name → canonical name */
    private final Map<String, String> byLowerCase = new ConcurrentHashMap<>();

    private CorpusMemory() {}

    public static CorpusMemory empty() {
        return new CorpusMemory();
    }

    /** A memory that starts with these names (established by an earlier run). */
    public static CorpusMemory of(Collection<String> names) {
        var memory = new CorpusMemory();
        names.forEach(memory::add);
        return memory;
    }

    /** Learns the names this article's own text established. */
    public void learn(ExtractedEntities entities) {
        for (DiscoveredCompany d : entities.discovered()) {
            if (DiscoveredCompany.teaches(d.evidence())) {
                add(d.name());
            }
        }
    }

    private void add(String name) {
        byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }

    @Override
    public boolean established(String name) {
        return name.equals(byLowerCase.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The name, or the name whose inflected form this is ("rapidusie" → Rapidus). */
    @Override
    public String byLowerCaseForm(String form) {
        String name = byLowerCase.get(form);
        if (name != null) {
            return name;
        }
        for (String base : NameForms.bases(form)) {
            name = byLowerCase.get(base.toLowerCase(Locale.ROOT));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    @Override
    public boolean isEmpty() {
        return byLowerCase.isEmpty();
    }

    /** Every name, sorted. */
    public Set<String> names() {
        return new TreeSet<>(byLowerCase.values());
    }
}
