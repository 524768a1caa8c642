import Foundation

/// The short summary `fundplan plan` prints: objective, sources, coverage per year, warnings.
public enum PlanSummary {
    /// The summary of `plan` as plain text in the plan's language, one item a line.
    public static func text(_ plan: FundingPlan) -> String {
        let language = plan.language
        let nl = language == .nl
        var lines: [String] = []
        let heading =
            (nl ? "Financieringsplan " : "Funding plan ") + plan.networkName
            + " \(plan.years.first ?? 0)–\(plan.years.last ?? 0)"
        lines.append(heading)
        lines.append(String(repeating: "=", count: heading.count))
        if let id = plan.options.scenarioID {
            lines.append("Scenario: \(plan.options.scenarioName ?? id) (\(id))")
        }
        lines.append(
            (nl ? "Oplosser: " : "Solver: ")
                + "\(plan.solver.name) \(plan.solver.version), \(plan.solver.status.label(language)), "
                + (nl ? "doelfunctie " : "objective ") + DecimalText.text(plan.solver.objective, decimals: 3, language)
                + (nl
                    ? " (duizend euro: kosten en tekorten, 0 is het beste)"
                    : " (thousand euros: costs and shortfalls, 0 is best)"))
        lines.append("")
        lines.append(nl ? "Bronnen:" : "Sources:")
        for source in plan.sources {
            let total = source.income.reduce(Money.zero, +)
            lines.append(
                "  - \(source.name) (\(source.modelID)), " + (nl ? "vanaf " : "from ") + "\(source.startYear): "
                    + total.formatted(language)
                    + (nl ? " verwacht over de periode" : " expected over the period")
                    + (source.isPinned ? (nl ? " [vastgepind]" : " [pinned]") : ""))
        }
        if plan.sources.isEmpty { lines.append(nl ? "  (geen)" : "  (none)") }
        lines.append("")
        for (index, total) in plan.yearTotals.enumerated() {
            let simulated = plan.simulation.years[index]
            lines.append(
                "\(total.year): " + (nl ? "kosten " : "costs ") + (total.costs + total.acquisitions).formatted(language)
                    + (nl ? ", netto inkomsten " : ", net income ") + total.netIncome.formatted(language)
                    + (total.shortfall > .zero
                        ? (nl ? ", tekort " : ", shortfall ") + total.shortfall.formatted(language) : "")
                    + (nl ? ", kans gedekt " : ", chance covered ") + simulated.coverageProbability.formatted(language))
        }
        lines.append(
            (nl ? "Kans dat alle jaren gedekt zijn: " : "Chance that every year is covered: ")
                + plan.simulation.allYearsCovered.formatted(language))
        if let model = plan.simulation.mostSensitiveSource, let coverage = plan.simulation.coverageWithoutIt {
            lines.append(
                (nl ? "Grootste risico: zonder " : "Biggest risk: without ") + model
                    + (nl ? " daalt die kans naar " : " that chance drops to ") + coverage.formatted(language))
        }
        for explanation in plan.explanations { lines.append("! " + explanation) }
        for finding in plan.findingsFromAsks {
            lines.append(
                "! " + (nl ? "Startklaarheid" : "Readiness") + " [\(finding.severity.rawValue)] \(finding.code): "
                    + finding.message + " (" + finding.evidence.joined(separator: "; ") + "). " + finding.action)
        }
        let unanswered = plan.outputIndicators.callIndicators.filter(\.answeredBy.isEmpty)
        if !unanswered.isEmpty {
            let names = unanswered.map { "\($0.name.text(in: language)) (\($0.id))" }.joined(separator: "; ")
            lines.append(
                "! "
                    + (nl
                        ? "Indicatoren van de oproep zonder streefwaarde in het profiel: \(names). Voeg per indicator een <indicator callIndicator=\"…\"> met streefwaarden toe aan <indicators>; anders faalt die poort in de beoordeling."
                        : "Indicators of the call without a target in the profile: \(names). Add an <indicator callIndicator=\"…\"> with targets to <indicators> for each; otherwise that gate fails in review.")
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
