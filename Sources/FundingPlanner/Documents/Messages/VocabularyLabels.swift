import Foundation

/// The Dutch and English labels of the values of a schema enumeration, taken from the Swift
/// vocabulary that has the same name as the XSD type, and the closest allowed value to a
/// mistyped one (by spelling, or by a label: `nieuwkomers` → `newcomers`).
enum VocabularyLabels {
    /// XSD type name → labeller of its values.
    private static let vocabularies: [String: @Sendable (String, Language) -> String?] = [
        "AssetType": labeller(AssetType.self),
        "BridgespanModel": labeller(BridgespanModel.self),
        "Category": labeller(RevenueCategory.self),
        "ContributionKind": labeller(ContributionKind.self),
        "CostCategory": labeller(CostCategory.self),
        "EvidenceStrength": labeller(EvidenceStrength.self),
        "FunderType": labeller(FunderType.self),
        "IndicatorUnit": labeller(IndicatorUnit.self),
        "LegalForm": labeller(LegalForm.self),
        "Level": labeller(RiskLevel.self),
        "MaturityStage": labeller(MaturityStage.self),
        "NetworkLegalForm": labeller(NetworkLegalForm.self),
        "PartnerRole": labeller(PartnerRole.self),
        "PartnerRoles": labeller(PartnerRole.self),
        "PartnerType": labeller(PartnerType.self),
        "Recurrence": labeller(Recurrence.self),
        "ResourceType": labeller(ResourceType.self),
        "RevenueMechanism": labeller(RevenueMechanism.self),
        "RiskKind": labeller(RiskKind.self),
        "TargetGroup": labeller(TargetGroup.self),
        "ValuationMethod": labeller(ValuationMethod.self),
        "YieldDriver": labeller(YieldDriver.self),
    ]

    private static func labeller<Vocabulary: Labelled>(_: Vocabulary.Type) -> @Sendable (String, Language) -> String? {
        { value, language in Vocabulary(rawValue: value)?.label(language) }
    }

    /// The label of `value` of the XSD type `type` in `language`, when a vocabulary labels it
    /// with something other than the value itself.
    static func label(type: String, value: String, language: Language) -> String? {
        guard let label = vocabularies[type]?(value, language), label != value else { return nil }
        return label
    }

    /// `value (label)` for every allowed value, joined for a sentence.
    static func listing(type: String, values: [String], language: Language) -> String {
        values.map { value in label(type: type, value: value, language: language).map { "\(value) (\($0))" } ?? value }
            .joined(separator: ", ")
    }

    /// The allowed value meant by `written`: its label in either language, or the closest spelling.
    static func closest(to written: String, type: String, values: [String]) -> String? {
        let key = normalized(written)
        for value in values {
            for language in Language.allCases {
                if let label = label(type: type, value: value, language: language), forms(of: label).contains(key) {
                    return value
                }
            }
            if normalized(value) == key { return value }
        }
        if let spelled = Suggestion.closest(to: key, among: Set(values)) { return spelled }
        var labels: [String: String] = [:]
        for value in values {
            for language in Language.allCases {
                for form in label(type: type, value: value, language: language).map(forms) ?? [] {
                    labels[form] = value
                }
            }
        }
        return Suggestion.closest(to: key, among: Set(labels.keys)).flatMap { labels[$0] }
    }

    /// A label and its parts: `feitelijke vereniging (geen rechtspersoon)` also matches as
    /// `feitelijke-vereniging` and `geen-rechtspersoon`.
    private static func forms(of label: String) -> Set<String> {
        var forms: Set<String> = [normalized(label)]
        for part in label.split(whereSeparator: { $0 == "(" || $0 == ")" }) {
            let form = normalized(String(part))
            if !form.isEmpty { forms.insert(form) }
        }
        return forms
    }

    /// Lower case, without accents, words joined by hyphens: `Coördinatie` → `coordinatie`.
    static func normalized(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }
}
