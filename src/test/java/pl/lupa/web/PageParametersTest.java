package pl.lupa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.lupa.search.SearchParam;

/**
 * The page's script speaks the API's parameters: every name it reads from or writes to a query
 * string is a {@link SearchParam} (or the page's own {@code doc}, the article it shows), so a
 * renamed parameter cannot leave the page sending one the server ignores.
 */
class PageParametersTest {

    /** Names the page keeps in its own URL only: they never reach the API. */
    private static final Set<String> PAGE_ONLY = Set.of("doc");

    /** Names of other endpoints' own parameters: {@code /api/export?format=csv}. */
    private static final Set<String> OTHER_ENDPOINTS = Set.of("format");

    /** {@code p.get('q')}, {@code p.getAll('company')}, {@code p.append('usd', …)}, {@code params.set('facetSize', …)}. */
    private static final Pattern PARAM_USE = Pattern.compile("\\.(?:get|getAll|append|set|has|delete)\\('([A-Za-z]+)'");

    @Test
    void everyQueryStringNameInTheScriptIsASearchParameter() throws IOException {
        String script = resource("/public/app.js") + resource("/public/explore.js");
        var used = new TreeSet<String>();
        var m = PARAM_USE.matcher(script);
        while (m.find()) {
            used.add(m.group(1));
        }
        var known = new TreeSet<String>(PAGE_ONLY);
        known.addAll(OTHER_ENDPOINTS);
        Arrays.stream(SearchParam.values()).map(SearchParam::paramName).forEach(known::add);

        assertThat(used).as("the script must use query-string names at all").contains("q", "company", "page");
        assertThat(known).as("names in app.js that the API does not know").containsAll(used);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PageParametersTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
