package id.zonaintegritas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.Stage;
import id.zonaintegritas.workflow.UnitTask;
import id.zonaintegritas.workflow.UnitTaskSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The self-assessment and the TPI's evaluation on the staff's task list: while a unit
 * builds, its newest LKE and whether the TPI has approved an LHE on it; once it holds
 * WBK, the route to WBBM.
 */
@Component
class LkeTasks implements UnitTaskSource {

	private final JdbcClient jdbc;

	LkeTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<UnitTask> tasks(long unitId, ProgrammeView programme) {
		String lke = "/staf/unit/" + unitId + "/lke";
		List<UnitTask> tasks = new ArrayList<>();
		if (programme.stage() == Stage.PEMBANGUNAN) {
			Optional<Standing> newest = newest(unitId);
			tasks.add(newest.map((standing) -> switch (standing.status()) {
				case "SUBMITTED" -> UnitTask.of("task.lke", true, "task.lke.submitted", lke, standing.year());
				case "RETURNED" -> UnitTask.of("task.lke", false, "task.lke.returned", lke, standing.year());
				default -> UnitTask.of("task.lke", false, "task.lke.draft", lke, standing.year());
			}).orElseGet(() -> UnitTask.of("task.lke", false, "task.lke.notStarted", lke)));
			Optional<String> lhe = newest.flatMap((standing) -> lheNumber(unitId, standing.year()));
			tasks
				.add(lhe.map((number) -> UnitTask.of("task.lhe", true, "task.lhe.approved", lke + "/hasil-tpi", number))
					.orElseGet(() -> UnitTask.of("task.lhe", false,
							newest.filter((standing) -> "SUBMITTED".equals(standing.status())).isPresent()
									? "task.lhe.waiting" : "task.lhe.afterLke",
							null)));
		}
		if (programme.heldPredicate() == Predicate.WBK && programme.targetPredicate() == Predicate.WBBM) {
			tasks.add(UnitTask.of("task.wbbm", false, "task.wbbm.route", lke));
		}
		return tasks;
	}

	private Optional<Standing> newest(long unitId) {
		return this.jdbc.sql("""
				select period_year, status from lke_standing
				where work_unit_id = :unit order by period_year desc limit 1
				""")
			.param("unit", unitId)
			.query((rs, row) -> new Standing(rs.getInt("period_year"), rs.getString("status")))
			.optional();
	}

	private Optional<String> lheNumber(long unitId, int year) {
		return this.jdbc.sql("select lhe_number from lhe_register where work_unit_id = :unit and period_year = :year")
			.param("unit", unitId)
			.param("year", year)
			.query(String.class)
			.optional();
	}

	private record Standing(int year, String status) {
	}

}
