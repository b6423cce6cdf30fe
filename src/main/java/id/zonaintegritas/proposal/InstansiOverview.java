package id.zonaintegritas.proposal;

import java.util.List;

import id.zonaintegritas.institution.InstitutionView;
import id.zonaintegritas.period.ProgrammePeriod;

/**
 * What the instansi head sees for a period: every unit of the institution with its LHE
 * and the gate, the proposals made, and whether the proposal window is open.
 *
 * @param institution the instansi
 * @param year the period
 * @param period its windows, or {@code null} if not defined
 * @param proposalWindowOpen whether proposals are taken today
 * @param units every unit, by name
 * @param proposals the proposals of the period, newest first
 */
public record InstansiOverview(InstitutionView institution, int year, ProgrammePeriod period,
		boolean proposalWindowOpen, List<UnitStanding> units, List<Proposal> proposals) {

	public InstansiOverview {
		units = List.copyOf(units);
		proposals = List.copyOf(proposals);
	}

	/** The units the head may propose now: exactly those the gate lets through. */
	public List<UnitStanding> eligible() {
		return this.units.stream().filter(UnitStanding::eligible).toList();
	}

}
