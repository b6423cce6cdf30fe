package id.zonaintegritas.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkUnitRepository extends Repository<WorkUnit, Long> {

	String SUMMARY = """
			select new id.zonaintegritas.institution.WorkUnitSummary(u.id, u.slug, u.name, i.id, i.code, i.name,
			       r.code, r.name, coalesce(p.name, r.name), u.staffCount, u.address, u.version)
			from WorkUnit u join u.institution i join u.region r left join r.parent p
			""";

	@Query(SUMMARY + " order by u.name")
	List<WorkUnitSummary> findAllSummaries();

	@Query(SUMMARY + " where u.slug = :slug")
	Optional<WorkUnitSummary> findSummaryBySlug(String slug);

	@Query(SUMMARY + " where u.id = :id")
	Optional<WorkUnitSummary> findSummaryById(long id);

	long count();

	WorkUnit save(WorkUnit unit);

	java.util.Optional<WorkUnit> findById(long id);

	boolean existsBySlug(String slug);

	@Query("select count(u) > 0 from WorkUnit u where u.institution.id = :institutionId and lower(u.name) = lower(:name) and (:exceptId is null or u.id <> :exceptId)")
	boolean nameTakenInInstitution(long institutionId, String name, Long exceptId);

	@Query(SUMMARY + " where i.id = :institutionId order by u.name")
	List<WorkUnitSummary> findSummariesOfInstitution(long institutionId);

	@Query(SUMMARY + " where u.id in :ids order by u.name")
	List<WorkUnitSummary> findSummariesByIds(java.util.Collection<Long> ids);

}
