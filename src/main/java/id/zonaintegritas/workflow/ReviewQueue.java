package id.zonaintegritas.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import id.zonaintegritas.institution.InstitutionChoice;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.RegionKind;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.QueueView.QueueCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' read side: requests waiting for a decision in the institutions they
 * review ({@code reviewer_scope}, published by account). One query per page, so the queue
 * costs the same at any size.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	public static final int PAGE_SIZE = 20;

	private static final String WAITING = """
			from stage_request r
			join zi_programme p on p.id = r.programme_id
			join unit_listing u on u.id = p.work_unit_id
			where r.status = 'SUBMITTED'
			  and u.institution_id in (select s.institution_id from reviewer_scope s where s.username = :reviewer)
			""";

	private static final String FILTERED = WAITING + """
			  and (cast(:institution as bigint) is null or u.institution_id = :institution)
			  and (cast(:stage as varchar) is null or r.from_stage = :stage)
			  and (cast(:province as varchar) is null or u.province_code = :province)
			""";

	private static final String SEEN_UNTIL = "(select max(s.queue_seen_at) from reviewer_scope s where s.username = :reviewer)";

	private final JdbcClient jdbc;

	private final InstitutionService institutions;

	ReviewQueue(JdbcClient jdbc, InstitutionService institutions) {
		this.jdbc = jdbc;
		this.institutions = institutions;
	}

	/** The queue page: requests waiting in the reviewer's institutions, oldest first. */
	public QueueView queue(Actor reviewer, QueueFilter filter, int pageNumber) {
		PageRequest request = new PageRequest(pageNumber, PAGE_SIZE);
		List<QueueEntry> entries = bind(this.jdbc.sql("""
				select r.id, r.from_stage, r.to_stage, r.target_predicate, r.requested_by,
				       coalesce(r.resubmitted_at, r.requested_at) as waiting_since,
				       coalesce(r.resubmitted_at, r.requested_at) > %s as unseen, u.id as unit_id,
				       u.name as unit_name, u.institution_name, u.region_name, u.province_name
				%s order by waiting_since, r.id limit :size offset :offset
				""".formatted(SEEN_UNTIL, FILTERED)), reviewer, filter).param("size", request.size())
			.param("offset", request.offset())
			.query(ReviewQueue::entry)
			.list();
		long total = bind(this.jdbc.sql("select count(*) " + FILTERED), reviewer, filter).query(Long.class).single();
		return new QueueView(filter, Page.of(request, entries, total),
				this.jdbc.sql("""
						select i.id, i.name from institution_listing i
						where i.id in (select s.institution_id from reviewer_scope s where s.username = :reviewer)
						order by i.name, i.id
						""")
					.param("reviewer", reviewer.username())
					.query((rs, row) -> new InstitutionChoice(rs.getLong("id"), rs.getString("name")))
					.list(),
				List.of(Stage.values()),
				this.institutions.listRegions()
					.stream()
					.filter((region) -> region.kind() == RegionKind.PROVINSI)
					.toList(),
				counts(reviewer));
	}

	/**
	 * How many requests wait in the reviewer's institutions, and how many arrived since
	 * the reviewer last marked the queue as seen: one query.
	 */
	public QueueCounts counts(Actor reviewer) {
		return this.jdbc.sql("""
				select count(*) as waiting,
				       count(*) filter (where coalesce(r.resubmitted_at, r.requested_at) > %s) as unseen,
				       max(coalesce(r.resubmitted_at, r.requested_at)) as newest
				%s
				""".formatted(SEEN_UNTIL, WAITING))
			.param("reviewer", reviewer.username())
			.query((rs, row) -> new QueueCounts(rs.getLong("waiting"), rs.getLong("unseen"),
					toInstant(rs.getObject("newest", OffsetDateTime.class))))
			.single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor reviewer, QueueFilter filter) {
		return spec.param("reviewer", reviewer.username())
			.param("institution", filter.institutionId())
			.param("stage", (filter.fromStage() != null) ? filter.fromStage().name() : null)
			.param("province", filter.provinceCode());
	}

	private static Instant toInstant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static QueueEntry entry(ResultSet rs, int row) throws SQLException {
		return new QueueEntry(rs.getLong("id"), Stage.valueOf(rs.getString("from_stage")),
				Stage.valueOf(rs.getString("to_stage")), Predicate.valueOf(rs.getString("target_predicate")),
				rs.getString("requested_by"), rs.getObject("waiting_since", OffsetDateTime.class).toInstant(),
				rs.getBoolean("unseen"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("institution_name"), rs.getString("region_name"), rs.getString("province_name"));
	}

}
