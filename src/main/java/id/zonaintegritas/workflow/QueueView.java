package id.zonaintegritas.workflow;

import java.time.Instant;
import java.util.List;

import id.zonaintegritas.institution.InstitutionChoice;
import id.zonaintegritas.institution.RegionView;
import id.zonaintegritas.shared.Page;

/**
 * Everything the reviewer's queue page shows.
 *
 * @param filter what the queue is narrowed to
 * @param page one page of the requests waiting, oldest first
 * @param institutions the reviewer's instansi, to narrow by
 * @param stages the stages, to narrow by
 * @param provinces the provinces, to narrow by
 * @param counts how many wait, and how many arrived unseen
 */
public record QueueView(QueueFilter filter, Page<QueueEntry> page, List<InstitutionChoice> institutions,
		List<Stage> stages, List<RegionView> provinces, QueueCounts counts) {

	/**
	 * How many requests wait in a reviewer's queue: the numbers in the workspace's
	 * navigation.
	 *
	 * @param waiting requests waiting for a decision
	 * @param unseen those that arrived after the reviewer last marked the queue as seen
	 * @param newestArrival when the newest arrived, or {@code null} when none waits
	 */
	public record QueueCounts(long waiting, long unseen, Instant newestArrival) {
	}

}
