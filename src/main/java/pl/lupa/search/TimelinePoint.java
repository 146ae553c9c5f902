package pl.lupa.search;

/** One period of a search's timeline: {@code 2024-03} (or {@code 2024}) and its matches. */
public record TimelinePoint(String period, long count) {}
