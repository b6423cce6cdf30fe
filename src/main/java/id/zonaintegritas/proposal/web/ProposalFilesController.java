package id.zonaintegritas.proposal.web;

import java.util.Map;

import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeArea;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.proposal.PrintedProposal;
import id.zonaintegritas.proposal.ProposalScores;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.web.PrintedDocuments;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the instansi head and the TPN take away: a proposal's summary as a PDF, and every
 * proposed unit of a period with its scores per area as a spreadsheet, streamed.
 */
@Controller
class ProposalFilesController {

	private final ProposalScores scores;

	private final PrintedDocuments printing;

	private final InstrumentService instruments;

	private final PeriodService periods;

	private final MessageSource messages;

	ProposalFilesController(ProposalScores scores, PrintedDocuments printing, InstrumentService instruments,
			PeriodService periods, MessageSource messages) {
		this.messages = messages;
		this.scores = scores;
		this.printing = printing;
		this.instruments = instruments;
		this.periods = periods;
	}

	@GetMapping("/instansi/usulan/{proposalId}/ringkasan.pdf")
	ResponseEntity<byte[]> summaryForHead(@PathVariable long proposalId,
			@ActingAs(ActorRole.INSTANSI_HEAD) Actor head) {
		return summary(proposalId, head);
	}

	@GetMapping("/tpn/usulan/{proposalId}/ringkasan.pdf")
	ResponseEntity<byte[]> summaryForTpn(@PathVariable long proposalId, @ActingAs(ActorRole.TPN) Actor tpn) {
		return summary(proposalId, tpn);
	}

	@GetMapping("/instansi/usulan.xlsx")
	void proposedUnitsOfInstansi(@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.INSTANSI_HEAD) Actor head, HttpServletResponse response) {
		spreadsheet(tahun, head, response);
	}

	@GetMapping("/tpn/usulan.xlsx")
	void proposedUnitsOfCountry(@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.TPN) Actor tpn, HttpServletResponse response) {
		spreadsheet(tahun, tpn, response);
	}

	private ResponseEntity<byte[]> summary(long proposalId, Actor reader) {
		PrintedProposal printed = this.scores.ofProposal(proposalId, reader);
		return this.printing.download("print/proposal", Map.of("printed", printed),
				"usulan-ZI-" + printed.proposal().year() + "-" + proposalId + ".pdf");
	}

	private void spreadsheet(Integer tahun, Actor reader, HttpServletResponse response) {
		int year = (tahun != null) ? tahun : this.periods.today().getYear();
		var areas = this.instruments.inForce().areas().stream().map(LkeArea::code).toList();
		ProposedUnitsWorkbook.write(year, areas, this.messages, response,
				(consumer) -> this.scores.ofPeriod(year, reader, consumer));
	}

}
