package id.zonaintegritas.pact;

import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationDraft;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Races;
import id.zonaintegritas.support.TestData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class PactServiceTests {

	static final LocalDate SIGNED = LocalDate.of(2024, 5, 2);

	@Autowired
	PactService pact;

	@Autowired
	DeclarationService declarations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	long unit;

	long declaration;

	Actor staff;

	@BeforeEach
	void newDeclaration() {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		this.declaration = this.declarations
			.saveDraft(this.unit,
					new DeclarationDraft(
							new DeclarationDetails(SIGNED, "Aula", "Kepala", "Kepala Unit", Predicate.WBK, null, null),
							List.of(), List.of(), List.of()),
					this.staff)
			.id();
	}

	@Test
	void theSameNipSignedTwiceAtOnceIsRefusedAsADuplicateLikeTwiceInARow() throws Exception {
		PactSigningDetails rina = new PactSigningDetails("Rina Susanti", "198503152010012001", "Statistisi",
				SigningRole.PEGAWAI, SIGNED);

		Throwable second = Races.secondWhileTheFirstHoldsItsLocks(this.transactionManager, this.jdbc,
				() -> this.pact.record(this.declaration, this.unit, rina, this.staff),
				() -> this.pact.record(this.declaration, this.unit, rina, this.staff));

		assertThat(second).isInstanceOfSatisfying(PactRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(PactRuleException.Reason.DUPLICATE_NIP));
		assertThat(this.jdbc.queryForObject("select count(*) from pact_signing where declaration_id = ?", Long.class,
				this.declaration))
			.isOne();
	}

	@Test
	void anImportAndASigningOfTheSameNipAtOnceStoreItOnce() throws Exception {
		PactSigningDetails rina = new PactSigningDetails("Rina Susanti", "198503152010012001", "Statistisi",
				SigningRole.PEGAWAI, SIGNED);
		byte[] csv = ("nama;nip;jabatan;peran;tanggal\nRina Susanti;198503152010012001;Statistisi;PEGAWAI;" + SIGNED)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		Throwable second = Races.secondWhileTheFirstHoldsItsLocks(this.transactionManager, this.jdbc,
				() -> this.pact.record(this.declaration, this.unit, rina, this.staff),
				() -> this.pact.importCsv(this.declaration, this.unit, csv, this.staff));

		assertThat(second).isInstanceOfSatisfying(PactImportException.class,
				(ex) -> assertThat(ex.getProblems()).singleElement()
					.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("pact.rule.duplicateNip")));
		assertThat(this.jdbc.queryForObject("select count(*) from pact_signing where declaration_id = ?", Long.class,
				this.declaration))
			.isOne();
	}

	@Test
	void recordsASigningWithItsNipNormalised() {
		PactSigningView signing = this.pact.record(this.declaration, this.unit, new PactSigningDetails("Rina Susanti",
				"19850315 201001 2 001", "Statistisi Ahli Muda", SigningRole.PEGAWAI, SIGNED), this.staff);

		assertThat(signing.nip()).isEqualTo("198503152010012001");
		assertThat(this.jdbc.queryForObject("select nip from pact_signing where id = ?", String.class, signing.id()))
			.isEqualTo("198503152010012001");
	}

	@Test
	void theSameNipSignsADeclarationOnce() {
		this.pact.record(this.declaration, this.unit,
				new PactSigningDetails("Rina Susanti", "198503152010012001", "Statistisi", SigningRole.PEGAWAI, SIGNED),
				this.staff);

		assertRefused(
				() -> this.pact.record(this.declaration, this.unit, new PactSigningDetails("Rina S.",
						"198503152010012001", "Statistisi", SigningRole.PEGAWAI, SIGNED), this.staff),
				PactRuleException.Reason.DUPLICATE_NIP);
		assertThat(this.pact.signings(this.declaration, this.unit)).hasSize(1);
	}

	@Test
	void aNipIsValidatedWhenGivenAndOptionalOutsideTheCivilService() {
		assertRefused(
				() -> this.pact.record(this.declaration, this.unit,
						new PactSigningDetails("Budi", "12345", "Analis", SigningRole.PEGAWAI, SIGNED), this.staff),
				PactRuleException.Reason.INVALID_NIP);

		PactSigningView supporter = this.pact.record(this.declaration, this.unit,
				new PactSigningDetails("H. Waris Thalib", " ", "Plt. Wali Kota Tanjungbalai",
						SigningRole.PENDUKUNG_EKSTERNAL, SIGNED),
				this.staff);

		assertThat(supporter.nip()).isNull();
	}

	@Test
	void aSigningNeedsNamePositionRoleAndAPastDate() {
		assertRefused(
				() -> this.pact.record(this.declaration, this.unit,
						new PactSigningDetails(" ", null, "Analis", SigningRole.PEGAWAI, SIGNED), this.staff),
				PactRuleException.Reason.MISSING_NAME);
		assertRefused(
				() -> this.pact.record(this.declaration, this.unit,
						new PactSigningDetails("Budi", null, "", SigningRole.PEGAWAI, SIGNED), this.staff),
				PactRuleException.Reason.MISSING_POSITION);
		assertRefused(
				() -> this.pact.record(this.declaration, this.unit,
						new PactSigningDetails("Budi", null, "Analis", null, SIGNED), this.staff),
				PactRuleException.Reason.MISSING_ROLE);
		assertRefused(
				() -> this.pact.record(this.declaration, this.unit,
						new PactSigningDetails("Budi", null, "Analis", SigningRole.PEGAWAI,
								LocalDate.now(ProgrammeDates.WIB).plusDays(2)),
						this.staff),
				PactRuleException.Reason.DATE_IN_FUTURE);
	}

	@Test
	void coverageCountsDistinctLeadersAndStaffAgainstTheStaffCount() {
		this.pact.record(this.declaration, this.unit,
				new PactSigningDetails("Kepala", null, "Kepala Unit", SigningRole.PIMPINAN, SIGNED), this.staff);
		this.pact.record(this.declaration, this.unit,
				new PactSigningDetails("Rina", "198503152010012001", "Analis", SigningRole.PEGAWAI, SIGNED),
				this.staff);
		this.pact.record(this.declaration, this.unit,
				new PactSigningDetails("Budi", "199001012015031002", "Analis", SigningRole.PEGAWAI, SIGNED),
				this.staff);
		this.pact.record(this.declaration, this.unit,
				new PactSigningDetails("Wali Kota", null, "Wali Kota", SigningRole.PENDUKUNG_EKSTERNAL, SIGNED),
				this.staff);

		PactCoverage coverage = this.pact.coverage(this.unit);

		assertThat(coverage.staffWhoSigned()).as("the external supporter is not staff").isEqualTo(3);
		assertThat(coverage.staffCount()).isEqualTo(40);
		assertThat(coverage.percent()).isEqualTo(7);
		assertThat(this.pact.headHasSigned(this.declaration, this.unit)).isTrue();
	}

	@Test
	void onlyStaffOfTheUnitRecordSignings() {
		Actor outsider = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));

		assertThatThrownBy(() -> this.pact.record(this.declaration, this.unit,
				new PactSigningDetails("Budi", null, "Analis", SigningRole.PEGAWAI, SIGNED), outsider))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.pact.signings(this.declaration, this.unit)).isEmpty();
	}

	private static void assertRefused(ThrowingCallable command, PactRuleException.Reason reason) {
		assertThatThrownBy(command).isInstanceOfSatisfying(PactRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

}
