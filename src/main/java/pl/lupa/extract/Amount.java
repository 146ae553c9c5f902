package pl.lupa.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money amount as written in the text.
 *
 * @param text     the exact substring of the text, e.g. {@code 6,6 mld dol.}; a unit after the
 *                 amount ("za akcję") is not part of it
 * @param value    the amount in its currency, exactly as written: {@code 62.40} for "62,40 zł",
 *                 {@code 2.99} for "2 zł 99 gr", {@code 6600000000} for "6,6 mld dol." (never with
 *                 an exponent, so JSON shows it as the plain number it is)
 * @param currency ISO 4217 code: USD, PLN, EUR, GBP, and other countries' dollars (CAD, AUD, HKD…)
 * @param usd      the amount in US dollars; set for US-dollar amounts only (per unit or not),
 *                 otherwise null: other currencies are not converted
 * @param per      the lemma of the unit the amount is a price or rate per ({@code akcja} for "za
 *                 akcję", {@code miesiąc} for "miesięcznie"), or null for a sum; left out of JSON
 *                 when null
 */
public record Amount(
        String text,
        BigDecimal value,
        String currency,
        BigDecimal usd,
        @JsonInclude(JsonInclude.Include.NON_NULL) String per) {

    public Amount {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        value = plain(value);
        usd = usd == null ? null : plain(usd);
    }

    /** A sum (not per unit); {@code usd} follows from the currency. */
    public static Amount of(String text, BigDecimal value, String currency) {
        return of(text, value, currency, null);
    }

    /** {@code per}: the unit's lemma, or null for a sum. */
    public static Amount of(String text, BigDecimal value, String currency, String per) {
        return new Amount(text, value, currency, "USD".equals(currency) ? value : null, per);
    }

    /**
     * The US-dollar value of a sum — a deal, a round, a loss — or null for other currencies and
     * for prices and rates per unit. This is what the dollar facet, the dollar range filter and a
     * hit's dollar amounts take: "54,20 dolara za akcję" says nothing about the size of a deal.
     */
    public BigDecimal sumUsd() {
        return per == null ? usd : null;
    }

    /**
     * "6,6 mld" scaled up is 66 × 10^8, which {@link BigDecimal#toString} and JSON would write as
     * {@code 6.6E+9}; a whole amount is kept with scale 0 instead, and decimals as written.
     */
    private static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
