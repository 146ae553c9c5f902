package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value of a facet with its count under the current filters of the other dimensions.
 *
 * @param label a human label (dollar buckets; a renamed company with its former names), else null
 *              and left out of the JSON
 */
public record FacetValue(
        String value,
        @JsonInclude(JsonInclude.Include.NON_NULL) String label,
        long count,
        boolean selected) {}
