package id.zonaintegritas.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkUnitRepository extends Repository<WorkUnit, Long> {

	String SUMMARY = """
			select new id.zonaintegritas.institution.WorkUnitSummary(u.id, u.slug, u.name, i.code, i.name,
			       r.code, r.name, coalesce(p.name, r.name), u.staffCount)
			from WorkUnit u join u.institution i join u.region r left join r.parent p
			""";

	@Query(SUMMARY + " order by u.name")
	List<WorkUnitSummary> findAllSummaries();

	@Query(SUMMARY + " where u.slug = :slug")
	Optional<WorkUnitSummary> findSummaryBySlug(String slug);

	@Query(SUMMARY + " where u.id = :id")
	Optional<WorkUnitSummary> findSummaryById(long id);

	long count();

}
