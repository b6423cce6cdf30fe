package id.zonaintegritas.workflow;

import java.util.List;

/**
 * One item of a unit's task list on the staff dashboard: what to do, whether it is done
 * or what stands in the way, and where it is done.
 *
 * @param titleKey what to do, as a message key
 * @param titleArguments its arguments
 * @param done whether it is done
 * @param statusKey its state in words (done, waiting, what is missing), as a message key
 * @param statusArguments its arguments
 * @param href where it is done, or {@code null} when nothing is for the staff to do there
 */
public record UnitTask(String titleKey, List<Object> titleArguments, boolean done, String statusKey,
		List<Object> statusArguments, String href) {

	public UnitTask {
		titleArguments = List.copyOf(titleArguments);
		statusArguments = List.copyOf(statusArguments);
	}

	public static UnitTask of(String titleKey, boolean done, String statusKey, String href, Object... statusArguments) {
		return new UnitTask(titleKey, List.of(), done, statusKey, List.of(statusArguments), href);
	}

}
