import Foundation
import FundingPlanner

/// Where in the workspace's sections a problem of an uploaded profile lies: the section and the
/// row (the third partner, the second cost line), found from the element on the diagnostic's line.
enum UploadErrors {
    /// "Begroting per jaar en categorie, kostenlijn 2 (regel 61): message", in `language`.
    static func describe(_ diagnostic: Diagnostic, in text: String, language: Language) -> String {
        let say = Say(language)
        let message = diagnostic.message(in: language)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard diagnostic.line >= 1, diagnostic.line <= lines.count else { return message }
        let before = lines[0..<diagnostic.line]
        func ordinal(_ tag: String) -> Int {
            before.reduce(0) {
                $0 + $1.components(separatedBy: "<\(tag) ").count - 1 + $1.components(separatedBy: "<\(tag)>").count - 1
            }
        }
        let line = lines[diagnostic.line - 1]
        let element = line.drop { $0 != "<" }.dropFirst().prefix { $0.isLetter }
        let place: String
        let inIndicators =
            before.contains { $0.contains("<indicators>") } && !before.contains { $0.contains("</indicators>") }
        switch element {
        case "indicator", "target", "indicators",
            "name" where inIndicators:
            place = Section.indicators.title(language) + ", " + say("resultaat", "output") + " \(ordinal("indicator"))"
        case "partner", "statement", "governance", "contribution":
            place = Section.partners.title(language) + ", " + say("partner", "partner") + " \(ordinal("partner"))"
        case "name" where before.contains { $0.contains("<partners") }:
            place = Section.partners.title(language) + ", " + say("partner", "partner") + " \(ordinal("partner"))"
        case "asset", "equipment":
            place = Section.assets.title(language) + " \(ordinal("asset"))"
        case "cost":
            place = Section.budget.title(language) + ", " + say("kostenlijn", "cost line") + " \(ordinal("cost"))"
        case "budget": place = Section.budget.title(language)
        case "capacity", "manifesto", "preferences", "exclude", "pin": place = Section.preferences.title(language)
        case "name", "purpose", "themes", "theme", "targetGroups", "group", "region", "municipality", "founded",
            "legalForm":
            place = Section.purpose.title(language)
        default: place = ""
        }
        let location = say("regel", "line") + " \(diagnostic.line)"
        return place.isEmpty ? "\(location): \(message)" : "\(place) (\(location)): \(message)"
    }
}
