package id.zonaintegritas.assessment;

import java.time.Instant;

/**
 * A version of the LKE as the administrators' list shows it.
 *
 * @param id its id
 * @param name its name
 * @param published whether it is published
 * @param loadedAt when its files were loaded
 * @param loadedBy by whom ({@code system} for the bundled version)
 * @param publishedAt when it was published, or {@code null}
 * @param publishedBy by whom, or {@code null}
 * @param questions how many questions it has
 * @param assessments how many self-assessments use it
 */
public record LkeVersionSummary(long id, String name, boolean published, Instant loadedAt, String loadedBy,
		Instant publishedAt, String publishedBy, int questions, long assessments) {
}
