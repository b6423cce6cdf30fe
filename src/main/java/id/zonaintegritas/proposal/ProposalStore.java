package id.zonaintegritas.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The proposals' rows. */
@Component
class ProposalStore {

	private static final String UNITS = """
			select u.proposal_id, u.work_unit_id, u.period_year, u.predicate, u.lhe_number, p.proposed_at, u.selection,
			       u.selection_notes, u.selected_at, u.objection, u.objected_at, u.objection_answer, u.objection_upheld,
			       u.result, u.result_reason, u.decided_at, u.version
			from proposed_unit u join proposal p on p.id = u.proposal_id
			""";

	private final JdbcClient jdbc;

	ProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long institutionId, int year, String letterNumber, LocalDate letterDate, long coverLetter, long sptjm,
			String by, Instant at) {
		return this.jdbc.sql("""
				insert into proposal (institution_id, period_year, letter_number, letter_date, cover_letter_document_id,
				                      sptjm_document_id, proposed_by, proposed_at)
				values (:institution, :year, :number, :date, :cover, :sptjm, :by, :at) returning id
				""")
			.param("institution", institutionId)
			.param("year", year)
			.param("number", letterNumber)
			.param("date", letterDate)
			.param("cover", coverLetter)
			.param("sptjm", sptjm)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void insertUnit(long proposalId, long unitId, int year, Predicate predicate, String lheNumber) {
		this.jdbc.sql("""
				insert into proposed_unit (proposal_id, work_unit_id, period_year, predicate, lhe_number)
				values (:proposal, :unit, :year, :predicate, :lhe)
				""")
			.param("proposal", proposalId)
			.param("unit", unitId)
			.param("year", year)
			.param("predicate", predicate.name())
			.param("lhe", lheNumber)
			.update();
	}

	/** The proposals of a period, of one institution or of all, newest first. */
	List<Proposal> proposals(int year, Long institutionId, Function<Collection<Long>, List<WorkUnitSummary>> units) {
		Map<Long, Proposal> proposals = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select p.id, p.institution_id, i.name as institution_name, p.period_year, p.letter_number,
					       p.letter_date, p.cover_letter_document_id, p.sptjm_document_id, p.proposed_by, p.proposed_at
					from proposal p join institution_listing i on i.id = p.institution_id
					where p.period_year = :year and (cast(:institution as bigint) is null or p.institution_id = :institution)
					order by p.proposed_at desc, p.id desc
					""")
			.param("year", year)
			.param("institution", institutionId)
			.query((ResultSet rs) -> {
				proposals.put(rs.getLong("id"), proposal(rs, List.of()));
			});
		if (proposals.isEmpty()) {
			return List.of();
		}
		List<Row> rows = this.jdbc.sql(UNITS + " where u.proposal_id in (:ids)")
			.param("ids", proposals.keySet())
			.query(ProposalStore::row)
			.list();
		Map<Long, WorkUnitSummary> byId = new LinkedHashMap<>();
		units.apply(rows.stream().map(Row::unitId).distinct().toList()).forEach((unit) -> byId.put(unit.id(), unit));
		List<Proposal> complete = new ArrayList<>();
		proposals.values()
			.forEach((proposal) -> complete.add(withUnits(proposal,
					rows.stream()
						.filter((row) -> row.proposalId() == proposal.id())
						.map((row) -> row.with(byId.get(row.unitId())))
						.sorted(Comparator.comparing((ProposedUnit unit) -> unit.unit().name()))
						.toList())));
		return complete;
	}

	Optional<Proposal> proposal(long proposalId, Function<Collection<Long>, List<WorkUnitSummary>> units) {
		Optional<Integer> year = this.jdbc.sql("select period_year from proposal where id = :id")
			.param("id", proposalId)
			.query(Integer.class)
			.optional();
		return year.flatMap((y) -> proposals(y, null, units).stream().filter((p) -> p.id() == proposalId).findFirst());
	}

	/** How many units hold a predicate now. */
	long holderCount() {
		return this.jdbc.sql("select count(*) from designation_record where revoked_at is null")
			.query(Long.class)
			.single();
	}

	/**
	 * The units holding a predicate now whose name contains the words searched, with
	 * their decrees, by unit name; at most {@code limit}.
	 */
	List<Holder> holders(String search, int limit, Function<Collection<Long>, List<WorkUnitSummary>> units) {
		List<Map.Entry<Long, Holder>> rows = this.jdbc.sql("""
				select d.work_unit_id, d.predicate, d.decree_number, d.decree_date
				from designation_record d join unit_listing u on u.id = d.work_unit_id
				where d.revoked_at is null and u.name ilike :pattern
				order by u.name, d.id limit :limit
				""")
			.param("pattern", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("limit", limit)
			.query((rs, row) -> Map.entry(rs.getLong("work_unit_id"),
					new Holder(null, Predicate.valueOf(rs.getString("predicate")), rs.getString("decree_number"),
							rs.getObject("decree_date", LocalDate.class))))
			.list();
		Map<Long, WorkUnitSummary> byId = new LinkedHashMap<>();
		units.apply(rows.stream().map(Map.Entry::getKey).distinct().toList())
			.forEach((unit) -> byId.put(unit.id(), unit));
		return rows.stream()
			.map((row) -> new Holder(byId.get(row.getKey()), row.getValue().predicate(), row.getValue().decreeNumber(),
					row.getValue().decreeDate()))
			.toList();
	}

	/** Where the units' programmes stand, in one query (workflow's published view). */
	Map<Long, Standing> standings(Collection<Long> unitIds) {
		Map<Long, Standing> standings = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return standings;
		}
		this.jdbc.sql("""
				select work_unit_id, stage, target_predicate from programme_standing where work_unit_id in (:units)
				""")
			.param("units", unitIds)
			.query((rs, row) -> Map.entry(rs.getLong("work_unit_id"),
					new Standing(Stage.valueOf(rs.getString("stage")),
							Predicate.valueOf(rs.getString("target_predicate")))))
			.list()
			.forEach((entry) -> standings.put(entry.getKey(), entry.getValue()));
		return standings;
	}

	Optional<Long> proposalIdOf(long unitId, int year) {
		return this.jdbc.sql("select proposal_id from proposed_unit where work_unit_id = :unit and period_year = :year")
			.param("unit", unitId)
			.param("year", year)
			.query(Long.class)
			.optional();
	}

	/** The unit's row in its proposal of the period, held until the transaction ends. */
	Optional<Row> lockUnit(long unitId, int year) {
		return this.jdbc.sql(UNITS + " where u.work_unit_id = :unit and u.period_year = :year for update of u")
			.param("unit", unitId)
			.param("year", year)
			.query(ProposalStore::row)
			.optional();
	}

	Map<Long, Row> unitsOf(Collection<Long> unitIds, int year) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return rows;
		}
		this.jdbc.sql(UNITS + " where u.period_year = :year and u.work_unit_id in (:units)")
			.param("year", year)
			.param("units", unitIds)
			.query(ProposalStore::row)
			.list()
			.forEach((row) -> rows.put(row.unitId(), row));
		return rows;
	}

	int update(long unitId, int year, long version, String assignments, Map<String, Object> values) {
		var statement = this.jdbc
			.sql("update proposed_unit set " + assignments + ", version = version + 1 "
					+ "where work_unit_id = :unit and period_year = :year and version = :version")
			.param("unit", unitId)
			.param("year", year)
			.param("version", version);
		for (Map.Entry<String, Object> value : values.entrySet()) {
			statement = statement.param(value.getKey(), value.getValue());
		}
		return statement.update();
	}

	private static Proposal withUnits(Proposal proposal, List<ProposedUnit> units) {
		return new Proposal(proposal.id(), proposal.institutionId(), proposal.institutionName(), proposal.year(),
				proposal.letterNumber(), proposal.letterDate(), proposal.coverLetterDocumentId(),
				proposal.sptjmDocumentId(), proposal.proposedBy(), proposal.proposedAt(), units);
	}

	private static Proposal proposal(ResultSet rs, List<ProposedUnit> units) throws SQLException {
		return new Proposal(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("institution_name"),
				rs.getInt("period_year"), rs.getString("letter_number"), rs.getObject("letter_date", LocalDate.class),
				rs.getLong("cover_letter_document_id"), rs.getLong("sptjm_document_id"), rs.getString("proposed_by"),
				instant(rs, "proposed_at"), units);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String selection = rs.getString("selection");
		String result = rs.getString("result");
		return new Row(rs.getLong("proposal_id"), rs.getLong("work_unit_id"), rs.getInt("period_year"),
				Predicate.valueOf(rs.getString("predicate")), rs.getString("lhe_number"), instant(rs, "proposed_at"),
				(selection != null) ? Selection.valueOf(selection) : null, rs.getString("selection_notes"),
				instant(rs, "selected_at"), rs.getString("objection"), instant(rs, "objected_at"),
				rs.getString("objection_answer"), rs.getObject("objection_upheld", Boolean.class),
				(result != null) ? TpnResult.valueOf(result) : null, rs.getString("result_reason"),
				instant(rs, "decided_at"), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A unit holding a predicate.
	 *
	 * @param unit the unit
	 * @param predicate WBK or WBBM
	 * @param decreeNumber the decree that designated it
	 * @param decreeDate its date
	 */
	record Holder(WorkUnitSummary unit, Predicate predicate, String decreeNumber, LocalDate decreeDate) {
	}

	/**
	 * Where a unit's programme stands.
	 *
	 * @param stage its stage
	 * @param target the predicate its cycle aims at
	 */
	record Standing(Stage stage, Predicate target) {
	}

	/** A proposed unit's row, before its unit is looked up. */
	record Row(long proposalId, long unitId, int year, Predicate predicate, String lheNumber, Instant proposedAt,
			Selection selection, String selectionNotes, Instant selectedAt, String objection, Instant objectedAt,
			String objectionAnswer, Boolean objectionUpheld, TpnResult result, String resultReason, Instant decidedAt,
			long version) {

		ProposedUnit with(WorkUnitSummary unit) {
			return new ProposedUnit(this.proposalId, unit, this.year, this.predicate, this.lheNumber, this.proposedAt,
					this.selection, this.selectionNotes, this.selectedAt, this.objection, this.objectedAt,
					this.objectionAnswer, this.objectionUpheld, this.result, this.resultReason, this.decidedAt,
					this.version);
		}

	}

}
