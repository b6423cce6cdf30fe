package id.zonaintegritas.declaration;

/** The kinds of organisation that witness a declaration. */
public enum WitnessKind {

	OMBUDSMAN, BPK, BPKP, KPK, POLRI, DPRD, PEMDA, MEDIA, LAINNYA

}
