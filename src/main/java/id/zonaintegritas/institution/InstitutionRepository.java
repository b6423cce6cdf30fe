package id.zonaintegritas.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InstitutionRepository extends Repository<Institution, Long> {

	Institution save(Institution institution);

	Optional<Institution> findById(long id);

	@Query("select count(i) > 0 from Institution i where i.code = :code and (:exceptId is null or i.id <> :exceptId)")
	boolean codeTaken(String code, Long exceptId);

	@Query("select count(i) > 0 from Institution i where lower(i.name) = lower(:name) and (:exceptId is null or i.id <> :exceptId)")
	boolean nameTaken(String name, Long exceptId);

	@Query("select new id.zonaintegritas.institution.InstitutionChoice(i.id, i.name) from Institution i order by i.name")
	List<InstitutionChoice> findChoices();

	@Query("""
			select new id.zonaintegritas.institution.InstitutionView(i.id, i.code, i.name, i.kind, r.code, r.name,
			       (select count(u) from WorkUnit u where u.institution = i), i.version)
			from Institution i left join i.region r order by i.name
			""")
	List<InstitutionView> findAllViews();

	@Query("""
			select new id.zonaintegritas.institution.InstitutionView(i.id, i.code, i.name, i.kind, r.code, r.name,
			       (select count(u) from WorkUnit u where u.institution = i), i.version)
			from Institution i left join i.region r where i.id = :id
			""")
	Optional<InstitutionView> findView(long id);

}
