/// Match results as text for the terminal.
public enum MatchText {
    /// The `top` best models with score, parts, money, quadrant, rationale and actions.
    public static func text(_ result: MatchResult, top: Int) -> String {
        let language = result.language
        let nl = language == .nl
        var lines: [String] = []
        let heading = (nl ? "Verdienmodellen voor " : "Revenue models for ") + result.networkName
        lines.append(heading)
        lines.append(String(repeating: "=", count: heading.count))
        lines.append((nl ? "Doel: " : "Purpose: ") + result.purpose)
        lines.append(
            (nl ? "Maturiteit: " : "Maturity: ") + result.readiness.maturity.stage.label(language)
                + (nl ? " · uurtarief voor inzet: " : " · hourly rate for effort: ")
                + result.hourlyRate.formatted(language)
                + (nl
                    ? " · gewichten tekst/thema/mechanisme/haalbaarheid: "
                    : " · weights text/theme/mechanism/feasibility: ")
                + "\(result.settings.textWeight)/\(result.settings.themeWeight)/\(result.settings.mechanismWeight)/\(result.settings.feasibilityWeight)"
        )
        if !result.purposeConcepts.isEmpty {
            lines.append(ReadinessText.conceptLine(result.purposeConcepts, language))
        }
        for (index, match) in result.matches.prefix(top).enumerated() {
            lines.append("")
            lines.append(
                "\(index + 1). \(match.modelName) (\(match.modelID))"
                    + (match.isPinned ? (nl ? " [vastgepind]" : " [pinned]") : ""))
            lines.append(
                "   " + (nl ? "aansluiting " : "alignment ") + "\(match.alignment)/100 = "
                    + (nl ? "tekst " : "text ") + "\(match.components.purposeText), " + (nl ? "thema's " : "themes ")
                    + "\(match.components.themes), "
                    + (nl ? "mechanismen " : "mechanisms ") + "\(match.components.mechanisms), "
                    + (nl ? "haalbaarheid " : "feasibility ") + "\(match.components.feasibility)")
            lines.append(
                "   " + (nl ? "netto per jaar " : "net per year ") + match.netContribution.formatted(language)
                    + " = " + match.expectedIncome.formatted(language) + (nl ? " verwacht" : " expected")
                    + " − " + match.directCosts.formatted(language) + (nl ? " kosten" : " costs")
                    + " − " + match.effortCost.formatted(language) + (nl ? " inzet" : " effort")
                    + (match.isInKind ? (nl ? " (in natura)" : " (in kind)") : ""))
            lines.append(
                "   Matrix Map: " + match.quadrant.name(language) + " — " + match.quadrant.imperative(language))
            lines.append("   " + match.rationale)
            for action in match.actions { lines.append("   → " + action) }
            for check in match.eligibilityChecks { lines.append("   ? " + check) }
        }
        if !result.ineligible.isEmpty {
            lines.append("")
            lines.append(
                nl
                    ? "Nu niet in aanmerking (niet gerangschikt; een plan neemt zo'n bron pas op in een jaar waarin het netwerk wel in aanmerking komt):"
                    : "Not eligible now (not ranked; a plan takes such a source only in a year the network is eligible):"
            )
            for model in result.ineligible {
                lines.append("- \(model.modelName) (\(model.modelID))")
                for reason in model.reasons + model.checks { lines.append("  " + reason) }
            }
        }
        if !result.excluded.isEmpty {
            lines.append("")
            lines.append(
                (nl ? "Uitgesloten op vraag van het netwerk: " : "Excluded at the network's request: ")
                    + result.excluded.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
