package id.zonaintegritas.workflow;

import java.util.List;

/**
 * A module that adds items to the staff's task list of a unit: the self-assessment and
 * the TPI's evaluation are not the programme's to know, so their module tells.
 */
public interface UnitTaskSource {

	/** The items for this unit at this point of its programme; empty when none apply. */
	List<UnitTask> tasks(long unitId, ProgrammeView programme);

}
