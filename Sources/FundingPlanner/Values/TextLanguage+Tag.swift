internal import FundingPlannerText

extension TextLanguage {
    /// The language of an `xml:lang` tag such as `nl`, `nl-BE` or `en`.
    init?(tag: String) {
        switch LocalizedText.primary(tag) {
        case "nl": self = .dutch
        case "en": self = .english
        default: return nil
        }
    }
}
