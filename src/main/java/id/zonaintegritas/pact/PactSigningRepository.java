package id.zonaintegritas.pact;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PactSigningRepository extends Repository<PactSigning, Long> {

	Optional<PactSigning> findById(long id);

	boolean existsByDeclarationIdAndNip(long declarationId, String nip);

	boolean existsByDeclarationIdAndWorkUnitIdAndRole(long declarationId, long workUnitId, SigningRole role);

	@Query("""
			select s from PactSigning s where s.declarationId = :declarationId and s.workUnitId = :workUnitId
			order by s.signedOn, s.id
			""")
	List<PactSigning> findByDeclaration(long declarationId, long workUnitId);

	@Query("""
			select s from PactSigning s where s.declarationId = :declarationId and s.workUnitId = :workUnitId
			and (lower(s.signatoryName) like :pattern or lower(s.position) like :pattern or s.nip like :pattern)
			order by s.role, s.signatoryName, s.id
			""")
	List<PactSigning> search(long declarationId, long workUnitId, String pattern, Pageable page);

	@Query("""
			select s from PactSigning s where s.declarationId = :declarationId and s.workUnitId = :workUnitId
			order by s.role, s.signatoryName, s.id
			""")
	List<PactSigning> listed(long declarationId, long workUnitId, Pageable page);

	long countByDeclarationIdAndWorkUnitId(long declarationId, long workUnitId);

	@Query("""
			select count(s) from PactSigning s where s.declarationId = :declarationId and s.workUnitId = :workUnitId
			and (lower(s.signatoryName) like :pattern or lower(s.position) like :pattern or s.nip like :pattern)
			""")
	long countMatching(long declarationId, long workUnitId, String pattern);

	@Query("select s.nip from PactSigning s where s.declarationId = :declarationId and s.nip is not null")
	Set<String> nipsOf(long declarationId);

	@Query("""
			select count(distinct coalesce(s.nip, lower(s.signatoryName))) from PactSigning s
			where s.declarationId = :declarationId and s.workUnitId = :workUnitId
			and s.role in (id.zonaintegritas.pact.SigningRole.PIMPINAN, id.zonaintegritas.pact.SigningRole.PEGAWAI)
			""")
	long countStaffWhoSigned(long declarationId, long workUnitId);

}
