package id.zonaintegritas.proposal;

import java.util.List;

/**
 * A proposal as it is printed: its letter and its units with their TPI results.
 *
 * @param proposal the proposal
 * @param units its units with their scores, by name
 */
public record PrintedProposal(Proposal proposal, List<ScoredUnit> units) {

	public PrintedProposal {
		units = List.copyOf(units);
	}

}
