package pl.lupa.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money amount as written in the text.
 *
 * @param text     the exact substring of the text, e.g. {@code 6,6 mld dol.}
 * @param value    the amount in its currency, exactly as written: {@code 62.40} for "62,40 zł",
 *                 {@code 2.99} for "2 zł 99 gr", {@code 6600000000} for "6,6 mld dol." (never with
 *                 an exponent, so JSON shows it as the plain number it is)
 * @param currency ISO 4217 code: USD, PLN, EUR, GBP, and other countries' dollars (CAD, AUD, HKD…)
 * @param usd      the amount in US dollars; set for US-dollar amounts only, otherwise null: other
 *                 currencies are not converted
 */
public record Amount(String text, BigDecimal value, String currency, BigDecimal usd) {

    public Amount {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        value = plain(value);
        usd = usd == null ? null : plain(usd);
    }

    /** {@code usd} follows from the currency. */
    public static Amount of(String text, BigDecimal value, String currency) {
        return new Amount(text, value, currency, "USD".equals(currency) ? value : null);
    }

    /**
     * "6,6 mld" scaled up is 66 × 10^8, which {@link BigDecimal#toString} and JSON would write as
     * {@code 6.6E+9}; a whole amount is kept with scale 0 instead, and decimals as written.
     */
    private static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
