internal import FundingPlannerXML

/// Writes readiness and match results as a `match-1` document.
public enum MatchXMLWriter {
    /// A document with the readiness findings only (`fundplan check`).
    public static func readinessDocument(_ report: ReadinessReport, network: NetworkProfile) -> String {
        var writer = XMLWriter()
        writer.open(
            "match",
            [
                ("xmlns", DocumentKind.match.namespace), ("language", report.language.rawValue),
                ("generator", FundingPlanner.generator),
            ])
        writer.element("network", [("id", network.id)], text: network.name.text(in: report.language))
        let purpose =
            network.purpose.exactly(report.language).map { (report.language.rawValue, $0) }
            ?? network.purpose.entries.first.map { ($0.language, $0.text) } ?? (report.language.rawValue, "")
        writer.element("purpose", [("xml:lang", purpose.0)], text: purpose.1)
        writeReadiness(&writer, report)
        return writer.finish()
    }

    /// A document with readiness and the `top` best matches (all when `nil`).
    public static func matchDocument(_ result: MatchResult, top: Int? = nil) -> String {
        var writer = XMLWriter()
        writer.open(
            "match",
            [
                ("xmlns", DocumentKind.match.namespace), ("language", result.language.rawValue),
                ("generator", FundingPlanner.generator),
            ])
        writer.element("network", [("id", result.networkID)], text: result.networkName)
        writer.element("purpose", [("xml:lang", result.purposeLanguage)], text: result.purpose)
        writeReadiness(&writer, result.readiness)
        let settings = result.settings
        writer.element(
            "settings",
            [
                ("textWeight", "\(settings.textWeight)"), ("themeWeight", "\(settings.themeWeight)"),
                ("mechanismWeight", "\(settings.mechanismWeight)"),
                ("feasibilityWeight", "\(settings.feasibilityWeight)"),
                ("hourlyRate", result.hourlyRate.decimalEuros),
                ("highImpactThreshold", "\(settings.highImpactThreshold)"),
            ])
        let shown = result.matches.prefix(top ?? result.matches.count)
        writer.open("models", [("shown", "\(shown.count)"), ("total", "\(result.matches.count)")])
        for (index, match) in shown.enumerated() {
            writeModelMatch(&writer, match, rank: index + 1)
        }
        for model in result.excluded { writer.element("excluded", [("ref", model)]) }
        for model in result.ineligible {
            writer.open("ineligible", [("ref", model.modelID)])
            writer.element("name", text: model.modelName)
            for reason in model.reasons { writer.element("reason", text: reason) }
            for check in model.checks { writer.element("check", text: check) }
            writer.close()
        }
        writer.close()
        return writer.finish()
    }

    /// One scored model (`ModelMatch` in assessment-1.xsd).
    static func writeModelMatch(_ writer: inout XMLWriter, _ match: ModelMatch, rank: Int) {
        writer.open(
            "model",
            [
                ("id", match.modelID), ("rank", "\(rank)"), ("alignment", "\(match.alignment)"),
                ("quadrant", match.quadrant.rawValue), ("inKind", "\(match.isInKind)"), ("pinned", "\(match.isPinned)"),
            ])
        writer.element("name", text: match.modelName)
        writer.element(
            "components",
            [
                ("purposeText", "\(match.components.purposeText)"), ("themes", "\(match.components.themes)"),
                ("mechanisms", "\(match.components.mechanisms)"), ("feasibility", "\(match.components.feasibility)"),
            ])
        writer.element(
            "money",
            [
                ("expectedIncome", match.expectedIncome.decimalEuros), ("directCosts", match.directCosts.decimalEuros),
                ("effortCost", match.effortCost.decimalEuros), ("netContribution", match.netContribution.decimalEuros),
            ])
        for theme in match.matchedThemes { writer.element("matchedTheme", [("ref", theme)]) }
        for term in match.matchedTerms { writer.element("matchedTerm", text: term) }
        for concept in match.matchedConcepts {
            writer.element(
                "matchedConcept", [("ref", concept.id), ("kind", concept.kind.rawValue)], text: concept.label)
        }
        for check in match.prerequisites {
            writer.element(
                "prerequisite", [("met", "\(check.isMet)")] + (check.isMet ? [] : [("action", check.action)]),
                text: check.prerequisite)
        }
        for concept in match.practisedActivities {
            writer.element(
                "practisedActivity", [("ref", concept.id), ("kind", concept.kind.rawValue)], text: concept.label)
        }
        if let note = match.yieldNote { writer.element("yieldNote", text: note) }
        for check in match.eligibilityChecks { writer.element("eligibilityCheck", text: check) }
        writer.element("rationale", text: match.rationale)
        writer.close()
    }

    /// The readiness findings (`Readiness` in assessment-1.xsd).
    static func writeReadiness(_ writer: inout XMLWriter, _ report: ReadinessReport) {
        writer.open("readiness", [("worst", report.worstSeverity.rawValue)])
        writer.open(
            "maturity", [("stage", report.maturity.stage.rawValue), ("ageMonths", "\(report.maturity.ageInMonths)")])
        for reason in report.maturity.reasons { writer.element("reason", text: reason) }
        writer.close()
        let consensus = report.consensus
        writer.open("consensus", consensus.score.map { [("score", "\($0)")] } ?? [])
        for (partner, score) in consensus.agreement.sorted(by: { $0.key < $1.key }) {
            writer.element("agreement", [("partner", partner), ("score", "\(min(100, score))")])
        }
        for partner in consensus.outliers { writer.element("outlier", [("partner", partner)]) }
        for partner in consensus.missingStatements { writer.element("missingStatement", [("partner", partner)]) }
        for term in consensus.sharedTerms { writer.element("sharedTerm", text: term) }
        for term in consensus.partialTerms { writer.element("partialTerm", text: term) }
        for concept in consensus.sharedConcepts { writer.element("sharedConcept", [("ref", concept)]) }
        for (partner, concepts) in consensus.partners.sorted(by: { $0.key < $1.key }) {
            writer.element(
                "partnerConcepts",
                [
                    ("partner", partner), ("shared", concepts.shared.joined(separator: " ")),
                    ("own", concepts.own.joined(separator: " ")),
                    ("missing", concepts.missing.joined(separator: " ")),
                    ("selfInterest", concepts.selfInterest.joined(separator: " ")),
                ])
        }
        for partner in consensus.selfInterested { writer.element("selfInterest", [("partner", partner)]) }
        writer.close()
        for concept in report.purposeConcepts {
            writer.element(
                "purposeConcept", [("ref", concept.id), ("kind", concept.kind.rawValue)], text: concept.label)
        }
        for finding in report.findings {
            var attributes = [
                ("check", finding.check.rawValue), ("severity", finding.severity.rawValue), ("code", finding.code),
            ]
            if let partner = finding.partner { attributes.append(("partner", partner)) }
            writer.open("finding", attributes)
            writer.element("message", text: finding.message)
            for evidence in finding.evidence { writer.element("evidence", text: evidence) }
            if !finding.action.isEmpty { writer.element("action", text: finding.action) }
            writer.close()
        }
        writer.close()
    }
}
