package id.zonaintegritas.institution;

import java.time.LocalDate;

import id.zonaintegritas.shared.ColumnLimit;

/**
 * What an administrator gives to move a unit.
 *
 * @param institutionCode the code of the institution it moves to
 * @param movedOn from which day it belongs there
 * @param legalBasis the regulation or decree behind the move (may be empty)
 */
public record MoveDetails(String institutionCode, LocalDate movedOn, String legalBasis) {

	@ColumnLimit(table = "work_unit_move", column = "legal_basis")
	public static final int LEGAL_BASIS_LENGTH = 300;

}
