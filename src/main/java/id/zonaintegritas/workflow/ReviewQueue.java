package id.zonaintegritas.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' read side: requests waiting for a decision in their institutions. One
 * query per page over the workflow, unit and region tables, so the queue costs the same
 * at any size.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	private static final String FROM = """
			from stage_request r
			join zi_programme p on p.id = r.programme_id
			join work_unit u on u.id = p.work_unit_id
			join institution i on i.id = u.institution_id
			join region g on g.code = u.region_code
			left join region v on v.code = g.parent_code
			where r.status = 'SUBMITTED' and i.id in (:institutions)
			  and (cast(:institution as bigint) is null or i.id = :institution)
			  and (cast(:stage as varchar) is null or r.from_stage = :stage)
			  and (cast(:province as varchar) is null or coalesce(g.parent_code, g.code) = :province)
			""";

	private final JdbcClient jdbc;

	private final AccessGuard access;

	ReviewQueue(JdbcClient jdbc, AccessGuard access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** Requests waiting in the reviewer's institutions, oldest first. */
	public Page<QueueEntry> page(Actor reviewer, QueueFilter filter, PageRequest page) {
		List<Long> institutions = this.access.reviewedInstitutionsOf(reviewer.username());
		if (institutions.isEmpty()) {
			return Page.empty(page);
		}
		List<QueueEntry> entries = bind(this.jdbc.sql("""
				select r.id, r.from_stage, r.to_stage, r.target_predicate, r.requested_by,
				       coalesce(r.resubmitted_at, r.requested_at) as waiting_since, u.id as unit_id,
				       u.name as unit_name, i.name as institution_name, g.name as region_name,
				       coalesce(v.name, g.name) as province_name
				""" + FROM + " order by waiting_since, r.id limit :size offset :offset"), institutions, filter)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(ReviewQueue::entry)
			.list();
		long total = bind(this.jdbc.sql("select count(*) " + FROM), institutions, filter).query(Long.class).single();
		return Page.of(page, entries, total);
	}

	/**
	 * How many requests wait in the reviewer's institutions: the number in the
	 * navigation.
	 */
	public long waiting(Actor reviewer) {
		List<Long> institutions = this.access.reviewedInstitutionsOf(reviewer.username());
		if (institutions.isEmpty()) {
			return 0;
		}
		return bind(this.jdbc.sql("select count(*) " + FROM), institutions, new QueueFilter(null, null, null))
			.query(Long.class)
			.single();
	}

	/** How many requests reached the reviewer's queue after this moment. */
	public long arrivedSince(Actor reviewer, java.time.Instant since) {
		List<Long> institutions = this.access.reviewedInstitutionsOf(reviewer.username());
		if (institutions.isEmpty()) {
			return 0;
		}
		return bind(
				this.jdbc.sql("select count(*) " + FROM + " and coalesce(r.resubmitted_at, r.requested_at) > :since"),
				institutions, new QueueFilter(null, null, null))
			.param("since", java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, List<Long> institutions,
			QueueFilter filter) {
		return spec.param("institutions", institutions)
			.param("institution", filter.institutionId())
			.param("stage", (filter.fromStage() != null) ? filter.fromStage().name() : null)
			.param("province", filter.provinceCode());
	}

	private static QueueEntry entry(ResultSet rs, int row) throws SQLException {
		return new QueueEntry(rs.getLong("id"), Stage.valueOf(rs.getString("from_stage")),
				Stage.valueOf(rs.getString("to_stage")), Predicate.valueOf(rs.getString("target_predicate")),
				rs.getString("requested_by"), rs.getObject("waiting_since", OffsetDateTime.class).toInstant(),
				rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("institution_name"),
				rs.getString("region_name"), rs.getString("province_name"));
	}

}
