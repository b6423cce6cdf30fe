package id.zonaintegritas.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A request sent again after a reviewer returned it, and who sent it: they, like the
 * filer, may never decide it.
 *
 * @param resubmittedBy who sent it again
 * @param resubmittedAt when
 */
@Embeddable
record Resubmission(@Column(name = "resubmitted_by") String resubmittedBy,
		@Column(name = "resubmitted_at") Instant resubmittedAt) {
}
