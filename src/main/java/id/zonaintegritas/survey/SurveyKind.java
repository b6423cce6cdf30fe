package id.zonaintegritas.survey;

import id.zonaintegritas.assessment.Part;

/**
 * The two surveys of the LKE's hasil: SPAK gives IPAK, SPKP gives IPKP, each on a 1–4
 * scale worth 17.5 points (index ÷ 4 × 17.5).
 */
public enum SurveyKind {

	SPAK(Part.IPAK), SPKP(Part.IPKP);

	private final Part part;

	SurveyKind(Part part) {
		this.part = part;
	}

	/** The LKE part its index answers. */
	public Part part() {
		return this.part;
	}

	/** The index's name: IPAK or IPKP. */
	public String index() {
		return this.part.name();
	}

}
