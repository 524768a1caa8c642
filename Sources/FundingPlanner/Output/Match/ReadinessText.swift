/// Readiness findings as text for the terminal.
public enum ReadinessText {

    static func label(_ severity: FindingSeverity, _ language: Language) -> String {
        switch (severity, language) {
        case (.ok, _): "ok"
        case (.advice, .nl): "advies"
        case (.advice, .en): "advice"
        case (.warning, .nl): "let op"
        case (.warning, .en): "warning"
        case (.problem, .nl): "probleem"
        case (.problem, .en): "problem"
        }
    }

    static func title(_ check: ReadinessCheck, _ language: Language) -> String {
        let nl = language == .nl
        switch check {
        case .purposeClarity: return nl ? "Helder doel" : "Purpose clarity"
        case .purposeConsensus: return nl ? "Gedeeld doel" : "Purpose consensus"
        case .composition: return nl ? "Samenstelling" : "Composition"
        case .moneyAndPower: return nl ? "Geld en macht" : "Money and power"
        case .maturity: return nl ? "Maturiteit" : "Maturity"
        }
    }

    /// The report grouped by check, each finding with its evidence and action.
    public static func text(_ report: ReadinessReport, network: NetworkProfile) -> String {
        let language = report.language
        let nl = language == .nl
        var lines: [String] = []
        let heading =
            (nl ? "Klaar om te verduurzamen? " : "Ready to become sustainable? ") + network.name.text(in: language)
        lines.append(heading)
        lines.append(String(repeating: "=", count: heading.count))
        lines.append(
            (nl ? "Maturiteit: " : "Maturity: ") + report.maturity.stage.label(language)
                + (report.consensus.score.map {
                    (nl ? " · consensus over het doel: " : " · consensus on the purpose: ") + "\($0)/100"
                } ?? ""))
        if !report.purposeConcepts.isEmpty {
            lines.append(conceptLine(report.purposeConcepts, language))
        }
        for check in ReadinessCheck.allCases {
            let findings = report.findings.filter { $0.check == check }
            guard !findings.isEmpty else { continue }
            lines.append("")
            lines.append(title(check, language))
            for finding in findings {
                lines.append("  [\(label(finding.severity, language))] \(finding.message)")
                for evidence in finding.evidence { lines.append("      · \(evidence)") }
                if !finding.action.isEmpty { lines.append("      → \(finding.action)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Recognised in the purpose: job seekers (target group), …" in `language`.
    static func conceptLine(_ concepts: [RecognisedConcept], _ language: Language) -> String {
        (language == .nl ? "Herkend in het doel: " : "Recognised in the purpose: ")
            + concepts.map { "\($0.label) (\($0.kind.label(language)))" }.joined(separator: ", ")
    }
}
