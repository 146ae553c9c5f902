package pl.lupa.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extracts companies, money amounts and dates from Polish news text.
 *
 * <p>The text is cut into tokens once and every recogniser walks the same tokens. Money is read
 * before dates so that the digits of an amount ("do 2030 dolarów") are never taken for a year.
 * All lookup structures are built in the constructor and only read afterwards, so one instance
 * serves any number of indexing threads.
 */
public final class EntityExtractor {

    private final Lemmas lemmas = new Lemmas();
    private final Gazetteer gazetteer;
    private final CompanyRecognizer companies;
    private final MoneyRecognizer money = new MoneyRecognizer(lemmas);
    private final DateRecognizer dates = new DateRecognizer(lemmas);
    private final CompanyDiscovery discovery = new CompanyDiscovery(lemmas);

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.companies = new CompanyRecognizer(Objects.requireNonNull(gazetteer, "gazetteer"), lemmas);
    }

    /** publicationDate may be null: then relative dates are left out (unresolved), never guessed. */
    public ExtractedEntities extract(String text, LocalDate publicationDate) {
        return extract(text, publicationDate, DiscoveryMemory.NONE);
    }

    /**
     * @param memory the names discovery established in other articles of the corpus; their mentions
     *               count here without evidence of their own
     */
    public ExtractedEntities extract(String text, LocalDate publicationDate, DiscoveryMemory memory) {
        if (text == null || text.isEmpty()) {
            return ExtractedEntities.NONE;
        }
        Tokens tokens = Tokens.of(text);
        List<MoneyRecognizer.Found> found = money.find(tokens);
        List<Amount> amounts = new ArrayList<>(found.size());
        for (MoneyRecognizer.Found f : found) {
            amounts.add(f.amount());
        }
        CompanyRecognizer.Found names = companies.find(tokens);
        boolean[] taken = new boolean[tokens.size()];
        boolean[] known = new boolean[tokens.size()];
        for (int[] span : names.spans()) {
            known[span[0]] = true;
        }
        // every name the gazetteer matched, supported or not, and every amount is no discovery's
        for (int[] span : names.matched()) {
            for (int t = span[0]; t <= span[1]; t++) {
                taken[t] = true;
            }
        }
        for (MoneyRecognizer.Found f : found) {
            for (int t = f.firstToken(); t <= f.lastToken(); t++) {
                taken[t] = true;
            }
        }
        var all = new java.util.ArrayList<CompanyDiscovery.Discovered>();
        var discovered = new java.util.ArrayList<CompanyDiscovery.Discovered>();
        for (CompanyDiscovery.Discovered d : discovery.find(tokens, taken, known, memory)) {
            if (gazetteer.blocked(d.name())) {
                continue;
            }
            var listed = gazetteer.canonicalOf(d.name());
            if (listed.isPresent()) {
                all.add(new CompanyDiscovery.Discovered(listed.get(), d.first(), d.evidence(), d.strength()));
            } else {
                all.add(d);
                discovered.add(d);
            }
        }
        return new ExtractedEntities(
                inTextOrder(names, all),
                names.formerNames(),
                discovered.stream()
                        .map(d -> new DiscoveredCompany(d.name(), d.evidence()))
                        .toList(),
                amounts,
                dates.find(tokens, publicationDate, found));
    }

    /** Gazetteer and discovered names together, in order of first mention; a name is listed once. */
    private static List<String> inTextOrder(
            CompanyRecognizer.Found listed, List<CompanyDiscovery.Discovered> discovered) {
        if (discovered.isEmpty()) {
            return listed.names();
        }
        var order = new java.util.TreeMap<Integer, String>();
        for (int k = 0; k < listed.names().size(); k++) {
            order.put(listed.firsts()[k], listed.names().get(k));
        }
        var seen = new java.util.HashSet<>(listed.names());
        for (CompanyDiscovery.Discovered d : discovered) {
            if (seen.add(d.name())) {
                order.put(d.first(), d.name());
            }
        }
        return List.copyOf(order.values());
    }
}
