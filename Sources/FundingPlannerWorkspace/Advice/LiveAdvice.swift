import Foundation
import FundingPlanner

/// The advice beside the form: the readiness findings of `fundplan check` and the best matches of
/// `fundplan match`, each finding linked to the field that causes it.
enum LiveAdvice {
    /// The advice fragment's template context for a checked form.
    static func context(
        _ checked: CheckedForm, form: ProfileForm, loaded: CatalogueLoader.Loaded, plans: PlanPreview,
        language: Language, section: String, plan: Bool
    ) -> [String: Any] {
        let catalogue = loaded.catalogue
        let say = Say(language)
        var context: [String: Any] = [
            "t": PageTexts.texts(language), "updateAction": section == "home" ? "/" : "/section/\(section)",
        ]
        guard let profile = checked.profile else {
            var seen: Set<String> = []
            let missing = checked.errors.filter { seen.insert($0.section.rawValue + $0.field).inserted }.prefix(8).map {
                [
                    "href": "/section/\($0.section.rawValue)#\($0.field)",
                    "message": "\($0.section.title(language)): \($0.message)",
                ]
            }
            context["complete"] = false
            context["missing"] = Array(missing)
            return context
        }
        let report = ReadinessReport.assess(profile, language: language, lexicon: catalogue.lexicon)
        let findings = report.findings.filter { $0.severity != .ok }.sorted { $0.severity > $1.severity }
        context["complete"] = true
        context["hasFindings"] = !findings.isEmpty
        context["findings"] = findings.map { finding -> [String: Any] in
            [
                "severity": finding.severity.rawValue, "severityLabel": label(finding.severity, say),
                "message": finding.message, "action": finding.action, "hasAction": !finding.action.isEmpty,
                "href": link(finding, form: form),
            ]
        }
        let matches = Matcher.match(profile, catalogue: catalogue, settings: .standard, language: language).matches
        context["matches"] = matches.prefix(5).map {
            ["name": $0.modelName, "alignment": $0.alignment] as [String: Any]
        }
        // Merged into the context: a dictionary as a Mustache section would be iterated as pairs.
        if let sketch = plans.context(
            profile, xml: checked.xml ?? "", loaded: loaded, language: language, compute: plan)
        {
            context.merge(sketch) { a, _ in a }
        } else {
            context["planLater"] = true
        }
        return context
    }

    /// The number of open findings per section, for the home page.
    static func counts(_ profile: NetworkProfile, catalogue: Catalogue, language: Language, form: ProfileForm)
        -> [String: Int]
    {
        var counts: [String: Int] = [:]
        for finding in ReadinessReport.assess(profile, language: language, lexicon: catalogue.lexicon).findings
        where finding.severity != .ok {
            let section = String(link(finding, form: form).dropFirst("/section/".count).prefix { $0 != "#" })
            counts[section, default: 0] += 1
        }
        return counts
    }

    private static func label(_ severity: FindingSeverity, _ say: Say) -> String {
        switch severity {
        case .ok: say("in orde", "ok")
        case .advice: say("advies", "advice")
        case .warning: say("let op", "warning")
        case .problem: say("probleem", "problem")
        }
    }

    /// The field a finding is about: the partner's statement, votes or contributions, the purpose.
    static func link(_ finding: ReadinessFinding, form: ProfileForm) -> String {
        let row = finding.partner.flatMap { id in form.partners.first { $0.id == id } }
        switch finding.check {
        case .purposeClarity: return "/section/purpose#purpose"
        case .purposeConsensus:
            // Without a partner named, the first partner whose own why is still missing.
            let target = row ?? form.partners.first { $0.statement.isEmpty }
            return target.map { "/section/partners#partner-\($0.key)-statement" } ?? "/section/purpose#purpose"
        case .composition:
            return row.map { "/section/partners#partner-\($0.key)-type" } ?? "/section/partners#add-partner"
        case .moneyAndPower:
            return row.map { "/section/contributions#vote-\($0.key)-votes" } ?? "/section/contributions#votes"
        case .maturity: return "/section/purpose#founded"
        }
    }
}
