package id.zonaintegritas.workflow;

import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's landing page: each of their units, and the decisions they have not read.
 */
@Service
@Transactional(readOnly = true)
public class StaffDashboard {

	private final AccessGuard access;

	private final InstitutionService institutions;

	private final WorkflowService workflow;

	private final PactService pact;

	private final DecisionNotices notices;

	private final List<UnitTaskSource> taskSources;

	StaffDashboard(AccessGuard access, InstitutionService institutions, WorkflowService workflow, PactService pact,
			DecisionNotices notices, List<UnitTaskSource> taskSources) {
		this.access = access;
		this.institutions = institutions;
		this.workflow = workflow;
		this.pact = pact;
		this.notices = notices;
		this.taskSources = taskSources;
	}

	public StaffDashboardView of(Actor staff) {
		return new StaffDashboardView(this.institutions.workUnits(this.access.staffUnitsOf(staff.username()))
			.stream()
			.map(this::dashboardOf)
			.toList(), this.notices.unread(staff), this.notices.unreadEvents(staff));
	}

	private UnitDashboard dashboardOf(WorkUnitSummary unit) {
		WorkflowService.Progress progress = this.workflow.progress(unit.id());
		ProgrammeView programme = progress.programme();
		PactCoverage coverage = this.pact.coverage(unit.id(), unit.staffCount());
		List<WorkflowRuleException.Reason> obstacles = progress.obstacles();
		List<UnitTask> tasks = new ArrayList<>(ownTasks(unit.id(), programme, coverage, obstacles));
		this.taskSources.forEach((source) -> tasks.addAll(source.tasks(unit.id(), programme)));
		return new UnitDashboard(unit, programme, coverage, obstacles, tasks);
	}

	/**
	 * The programme's own steps: the declaration and the head's pact, the request for
	 * pembangunan, the pact of all staff, and what the later stages wait for.
	 */
	private static List<UnitTask> ownTasks(long unitId, ProgrammeView programme, PactCoverage coverage,
			List<WorkflowRuleException.Reason> obstacles) {
		String base = "/staf/unit/" + unitId;
		List<UnitTask> tasks = new ArrayList<>();
		Stage stage = programme.stage();
		boolean declared = stage != Stage.PENCANANGAN
				|| !obstacles.contains(WorkflowRuleException.Reason.NO_SUBMITTED_DECLARATION);
		tasks.add(UnitTask.of("task.declaration", declared, declared ? "task.done" : "task.notDone",
				base + "/pencanangan"));
		if (stage == Stage.PENCANANGAN) {
			boolean witnessed = declared && !obstacles.contains(WorkflowRuleException.Reason.NO_WITNESS);
			if (declared && !witnessed) {
				tasks.add(UnitTask.of("task.witness", false, WorkflowRuleException.Reason.NO_WITNESS.messageKey(),
						base + "/pencanangan"));
			}
			boolean headSigned = !obstacles.contains(WorkflowRuleException.Reason.HEAD_HAS_NOT_SIGNED);
			tasks.add(UnitTask.of("task.headPact", headSigned, headSigned ? "task.done" : "task.notDone",
					base + "/pakta"));
			tasks.add(requestTask(base, programme, obstacles));
			return tasks;
		}
		tasks.add(UnitTask.of("task.staffPact", coverage.percent() >= 100, "task.coverage", base + "/pakta",
				coverage.staffWhoSigned(), coverage.staffCount(), coverage.percent()));
		if (stage == Stage.PENGUSULAN) {
			tasks.add(UnitTask.of("task.proposal", false, "task.waitingForProposal", null));
		}
		else if (stage == Stage.PENILAIAN) {
			tasks.add(UnitTask.of("task.tpn", false, "task.waitingForTpn", null));
		}
		return tasks;
	}

	private static UnitTask requestTask(String base, ProgrammeView programme,
			List<WorkflowRuleException.Reason> obstacles) {
		StageRequestView open = programme.openRequest().orElse(null);
		if (open != null) {
			return UnitTask.of("task.request", false, "requestStatus." + open.status(), base + "/tahap");
		}
		return UnitTask.of("task.request", false, obstacles.isEmpty() ? "task.ready" : "task.cannotStartYet",
				base + "/tahap");
	}

}
