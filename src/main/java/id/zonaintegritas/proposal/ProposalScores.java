package id.zonaintegritas.proposal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.function.Consumer;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposed units of a period with their scores, computed in the database from the
 * scores the assessment module publishes ({@code lke_area_score}): the units of one
 * proposal, for its printed summary, or every proposed unit of a period (the TPN) or of
 * the head's instansi, streamed, for the spreadsheet.
 */
@Service
@Transactional(readOnly = true)
public class ProposalScores {

	private static final String SCORED = """
			select pu.work_unit_id, u.slug, u.name, u.institution_name, u.province_name, pu.predicate,
			       pu.lhe_number, p.letter_number, p.proposed_at, pu.selection, pu.result,
			       coalesce(array_agg(s.area_code order by s.area_position) filter (where s.scorer = 'TPI'),
			                '{}') as area_codes,
			       coalesce(array_agg(s.score order by s.area_position) filter (where s.scorer = 'TPI'),
			                '{}') as tpi_areas,
			       coalesce(sum(s.score) filter (where s.scorer = 'TPI' and s.component = 'PENGUNGKIT'), 0)
			           as tpi_pengungkit,
			       coalesce(sum(s.score) filter (where s.scorer = 'TPI' and s.component = 'HASIL'), 0) as tpi_hasil,
			       coalesce(sum(s.score) filter (where s.scorer = 'TPI'), 0) as tpi_total,
			       coalesce(sum(s.score) filter (where s.scorer = 'UNIT'), 0) as unit_total,
			       sum(s.score) filter (where s.scorer = 'TPN') as tpn_total
			from proposed_unit pu
			join proposal p on p.id = pu.proposal_id
			join unit_listing u on u.id = pu.work_unit_id
			left join lke_area_score s on s.work_unit_id = pu.work_unit_id and s.period_year = pu.period_year
			where %s
			group by pu.proposal_id, pu.work_unit_id, u.slug, u.name, u.institution_name, u.province_name,
			         pu.predicate, pu.lhe_number, p.letter_number, p.proposed_at, pu.selection, pu.result
			order by u.institution_name, u.name, pu.work_unit_id
			""";

	private final JdbcClient jdbc;

	private final AccessGuard access;

	private final ProposalService proposals;

	ProposalScores(JdbcClient jdbc, AccessGuard access, ProposalService proposals) {
		this.jdbc = jdbc;
		this.access = access;
		this.proposals = proposals;
	}

	/**
	 * A proposal with its units' scores, for the head of its instansi and the TPN.
	 */
	public PrintedProposal ofProposal(long proposalId, Actor reader) {
		Proposal proposal = this.proposals.proposal(proposalId, reader);
		return new PrintedProposal(proposal,
				this.jdbc.sql(SCORED.formatted("pu.proposal_id = :proposal"))
					.param("proposal", proposalId)
					.query(ProposalScores::row)
					.list());
	}

	/**
	 * Every unit proposed in the period: for the TPN, the whole country; for an instansi
	 * head, the units of their instansi. Streamed, in bounded memory.
	 */
	public void ofPeriod(int year, Actor reader, Consumer<ScoredUnit> consumer) {
		var query = (reader.role() == ActorRole.TPN) ? tpn(reader) : head(reader);
		try (var rows = query.param("year", year).withFetchSize(500).query(ProposalScores::row).stream()) {
			rows.forEach(consumer);
		}
	}

	private JdbcClient.StatementSpec tpn(Actor reader) {
		this.access.requireTpn(reader);
		return this.jdbc.sql(SCORED.formatted("pu.period_year = :year"));
	}

	private JdbcClient.StatementSpec head(Actor reader) {
		long institution = this.access.headedInstitutionOf(reader.username())
			.orElseThrow(() -> new ForbiddenException("error.forbidden.notInstansiHead"));
		this.access.requireInstansiHeadOf(reader, institution);
		return this.jdbc.sql(SCORED.formatted("pu.period_year = :year and p.institution_id = :institution"))
			.param("institution", institution);
	}

	private static ScoredUnit row(ResultSet rs, int row) throws SQLException {
		String selection = rs.getString("selection");
		String result = rs.getString("result");
		Timestamp proposedAt = rs.getTimestamp("proposed_at");
		return new ScoredUnit(rs.getLong("work_unit_id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("institution_name"), rs.getString("province_name"),
				Predicate.valueOf(rs.getString("predicate")), rs.getString("lhe_number"), rs.getString("letter_number"),
				proposedAt.toInstant(), (selection != null) ? Selection.valueOf(selection) : null,
				(result != null) ? TpnResult.valueOf(result) : null, Arrays.asList(strings(rs.getArray("area_codes"))),
				Arrays.asList(decimals(rs.getArray("tpi_areas"))), rs.getBigDecimal("tpi_pengungkit"),
				rs.getBigDecimal("tpi_hasil"), rs.getBigDecimal("tpi_total"), rs.getBigDecimal("unit_total"),
				rs.getBigDecimal("tpn_total"));
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private static BigDecimal[] decimals(Array array) throws SQLException {
		return (BigDecimal[]) array.getArray();
	}

}
