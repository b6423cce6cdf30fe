package id.zonaintegritas.support;

import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationDraft;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.Witness;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.pact.PactSigningDetails;
import id.zonaintegritas.pact.SigningRole;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;

/**
 * What a unit needs before its first stage request, made through the services as staff
 * would.
 */
public final class Declarations {

	private Declarations() {
	}

	/** A draft that says when, where and who, without witnesses; returns its id. */
	public static long draft(DeclarationService declarations, long unit, Actor staff) {
		return declarations
			.saveDraft(unit,
					new DeclarationDraft(new DeclarationDetails(LocalDate.of(2024, 5, 2), "Aula", "Kepala",
							"Kepala Unit", Predicate.WBK, null, null), List.of(), List.of(), List.of()),
					staff)
			.id();
	}

	/**
	 * A submitted, witnessed declaration whose pact the head has signed; returns its id.
	 */
	public static long declareAndSign(DeclarationService declarations, PactService pact, long unit, Actor staff) {
		declarations.saveDraft(unit, new DeclarationDraft(
				new DeclarationDetails(LocalDate.of(2025, 1, 14), "Aula", "Kepala Unit", "Kepala", Predicate.WBK, null,
						null),
				List.of(new Witness(WitnessKind.OMBUDSMAN, "Ombudsman RI", "Perwakilan", null)), List.of(), List.of()),
				staff);
		long declaration = declarations.submit(unit, staff).id();
		pact.record(declaration, unit,
				new PactSigningDetails("Kepala Unit", null, "Kepala", SigningRole.PIMPINAN, LocalDate.of(2025, 1, 14)),
				staff);
		return declaration;
	}

}
