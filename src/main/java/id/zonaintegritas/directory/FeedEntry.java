package id.zonaintegritas.directory;

import java.time.Instant;

/**
 * One event of the public feed: a declaration, a designation or a revocation.
 *
 * @param kind {@code DECLARATION}, {@code DESIGNATION} or {@code REVOCATION}
 * @param id a stable id for the event
 * @param slug the unit's public address
 * @param unitName the unit
 * @param detail what happened (the venue, the predicate and decree…)
 * @param at when it was recorded
 */
public record FeedEntry(String kind, String id, String slug, String unitName, String detail, Instant at) {
}
