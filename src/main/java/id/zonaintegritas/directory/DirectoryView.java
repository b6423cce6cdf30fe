package id.zonaintegritas.directory;

import java.util.List;

import id.zonaintegritas.institution.InstitutionChoice;
import id.zonaintegritas.institution.RegionView;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.workflow.Stage;

/**
 * Everything the directory page shows: the search, one page of its results, and the
 * choices of its filters.
 *
 * @param filter what was searched for
 * @param result the page of units found
 * @param provinces every province
 * @param regions the regencies and cities of the chosen province (none until one is
 * chosen: 514 options would weigh on every page)
 * @param chosenInstitution the instansi filtered by, or {@code null}
 * @param namedInstitutions the instansi the search's words name, offered as filters (at
 * most {@value #INSTITUTIONS_OFFERED}; 500 options of a list would weigh on every page)
 * @param namedInstitutionCount how many instansi the words name
 * @param stages the stages, in order
 * @param years the years in which declarations were made, newest first
 * @param chosenParent the unit whose units below it the search is limited to, if any
 */
public record DirectoryView(DirectoryFilter filter, Page<DirectoryEntry> result, List<RegionView> provinces,
		List<RegionView> regions, InstitutionChoice chosenInstitution, List<InstitutionChoice> namedInstitutions,
		int namedInstitutionCount, List<Standing> stages, List<Integer> years, UnitLink chosenParent) {

	public static final int INSTITUTIONS_OFFERED = 8;

}
