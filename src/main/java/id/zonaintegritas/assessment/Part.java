package id.zonaintegritas.assessment;

/**
 * Which part of the LKE a sub-area belongs to: a half of a pengungkit area (pemenuhan or
 * reform), or one of the three hasil components.
 */
public enum Part {

	PEMENUHAN(Component.PENGUNGKIT), REFORM(Component.PENGUNGKIT), IPAK(Component.HASIL),
	CAPAIAN_KINERJA(Component.HASIL), IPKP(Component.HASIL);

	private final Component component;

	Part(Component component) {
		this.component = component;
	}

	public Component component() {
		return this.component;
	}

	/** The two halves of the LKE: pengungkit (enablers, 60) and hasil (results, 40). */
	public enum Component {

		PENGUNGKIT, HASIL

	}

}
