package id.zonaintegritas.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, String> {

	Optional<Region> findById(String code);

	@Query("""
			select new id.zonaintegritas.institution.RegionView(r.code, r.name, r.kind, coalesce(p.name, r.name))
			from Region r left join r.parent p order by r.code
			""")
	List<RegionView> findAllViews();

}
