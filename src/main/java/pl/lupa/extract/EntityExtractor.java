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
    private final CompanyRecognizer companies;
    private final MoneyRecognizer money = new MoneyRecognizer(lemmas);
    private final DateRecognizer dates = new DateRecognizer(lemmas);

    public EntityExtractor(Gazetteer gazetteer) {
        this.companies = new CompanyRecognizer(Objects.requireNonNull(gazetteer, "gazetteer"), lemmas);
    }

    /** publicationDate may be null: then relative dates are left out (unresolved), never guessed. */
    public ExtractedEntities extract(String text, LocalDate publicationDate) {
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
        return new ExtractedEntities(
                names.names(), names.formerNames(), amounts, dates.find(tokens, publicationDate, found));
    }
}
