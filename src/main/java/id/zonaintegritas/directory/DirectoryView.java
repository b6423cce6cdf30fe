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
 * @param institutions every instansi
 * @param stages the stages, in order
 * @param years the years in which declarations were made, newest first
 */
public record DirectoryView(DirectoryFilter filter, Page<DirectoryEntry> result, List<RegionView> provinces,
		List<RegionView> regions, List<InstitutionChoice> institutions, List<Standing> stages, List<Integer> years) {
}
