package id.zonaintegritas.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A year of the programme and its windows.
 *
 * @param year the period
 * @param selfAssessment when units submit their self-assessments (LKE)
 * @param tpiEvaluation when the inspektorat (TPI) evaluates them
 * @param proposal when the instansi propose their eligible units
 * @param tpnEvaluation when the national team (TPN) evaluates the proposed units
 * @param designationOn the day the Minister designates
 * @param objectionDays how many days after the TPN's selection the instansi may object
 * @param updatedBy who set it last
 * @param updatedAt when
 * @param version for optimistic locking
 */
public record ProgrammePeriod(int year, Window selfAssessment, Window tpiEvaluation, Window proposal,
		Window tpnEvaluation, LocalDate designationOn, int objectionDays, String updatedBy, Instant updatedAt,
		long version) {

	/** Each stage's window, in the programme's order. */
	public List<StageWindow> windows() {
		return Arrays.stream(PeriodService.Stage.values())
			.map((stage) -> new StageWindow(stage, stage.of(this)))
			.toList();
	}

	/**
	 * A stage of the period and its window.
	 *
	 * @param stage the stage
	 * @param window its window
	 */
	public record StageWindow(PeriodService.Stage stage, Window window) {
	}

}
