package id.zonaintegritas.workflow;

import id.zonaintegritas.shared.ConflictException;

/** The request changed (it was revised or resubmitted) after the reviewer opened it. */
public class RequestChangedException extends ConflictException {

	RequestChangedException() {
		super("workflow.conflict.requestChanged");
	}

}
