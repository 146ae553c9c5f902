package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A company of the index, as {@code lupa companies} lists it.
 *
 * @param documents   articles that mention it
 * @param curated     listed in the gazetteer; false for a name discovery found in the text
 * @param evidence    for a discovered name, what established it most often ("company noun:
 *                    fundusz", "legal form: Inc."), and in how many articles; null for a curated one
 * @param formerNames the former names its articles use ("Twitter" of X Corp.)
 */
public record CompanyListing(
        String name,
        int documents,
        boolean curated,
        @JsonInclude(JsonInclude.Include.NON_NULL) String evidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> formerNames) {}
