import Foundation
import FundingPlanner

/// Maps a diagnostic about the written XML back to the form field it came from.
///
/// The profile is written by ``NetworkXMLWriter`` one element a line, in the form's order, so the
/// n-th `<partner>` line is the n-th partner row, the n-th `<cost>` line the n-th cost row, and so on.
struct DiagnosticMapper {
    private let lines: [Substring]
    private let form: ProfileForm

    init(xml: String, form: ProfileForm) {
        lines = xml.split(separator: "\n", omittingEmptySubsequences: false)
        self.form = form
    }

    func fieldError(for diagnostic: Diagnostic, language: Language) -> FieldError {
        let (field, section) = locate(line: diagnostic.line, message: diagnostic.message)
        return FieldError(field: field, section: section, message: diagnostic.message(in: language))
    }

    private func locate(line: Int, message: String) -> (String, Section) {
        guard line >= 1, line <= lines.count else { return ("name", .purpose) }
        let text = lines[line - 1].trimmingCharacters(in: .whitespaces)
        let element = text.dropFirst().prefix { $0.isLetter }
        func ordinal(_ tag: String) -> Int {
            lines[0..<line].filter {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("<\(tag) ")
                    || $0.trimmingCharacters(in: .whitespaces).hasPrefix("<\(tag)>")
            }.count - 1
        }
        switch element {
        case "indicator", "target",
            "name" where inside("indicators", line):
            let index = ordinal("indicator")
            guard (form.indicators ?? []).indices.contains(index) else { break }
            return (
                indicatorField(form.indicatorKey(index), line: text, element: element, message: message), .indicators
            )
        case "partner" where insidePartners(line), "name" where insidePartners(line):
            let index = ordinal("partner")
            if form.partners.indices.contains(index) { return ("partner-\(form.partners[index].key)-name", .partners) }
        case "statement":
            let index = ordinal("partner")
            if form.partners.indices.contains(index) {
                return ("partner-\(form.partners[index].key)-statement", .partners)
            }
        case "governance":
            let index = ordinal("partner")
            if form.partners.indices.contains(index) {
                return ("vote-\(form.partners[index].key)-votes", .contributions)
            }
        case "contribution":
            let order = form.partners.flatMap { partner in form.contributions.filter { $0.partner == partner.id } }
            let index = ordinal("contribution")
            if order.indices.contains(index) { return ("contribution-\(order[index].key)-amount", .contributions) }
        case "asset", "equipment":
            let index = ordinal("asset")
            if form.assets.indices.contains(index) {
                return ("asset-\(form.assets[index].key)-\(message.contains("owner") ? "owner" : "type")", .assets)
            }
        case "cost":
            let index = ordinal("cost")
            if form.costs.indices.contains(index) { return ("cost-\(form.costs[index].key)-year", .budget) }
        case "budget": return ("startYear", .budget)
        case "name": return ("name", .purpose)
        case "purpose": return ("purpose", .purpose)
        case "theme", "themes": return ("themes", .purpose)
        case "group", "targetGroups": return ("targetGroups", .purpose)
        case "region", "municipality": return ("regionName", .purpose)
        case "founded": return ("founded", .purpose)
        case "legalForm": return ("legalForm", .purpose)
        case "capacity", "manifesto": return ("volunteerHours", .preferences)
        case "preferences", "exclude", "pin": return ("maxShareOfOneSource", .preferences)
        default: break
        }
        return ("name", .purpose)
    }

    private func insidePartners(_ line: Int) -> Bool { inside("partners", line) }

    private func inside(_ list: String, _ line: Int) -> Bool {
        let before = lines[0..<line]
        return before.contains { $0.contains("<\(list)>") } && !before.contains { $0.contains("</\(list)>") }
    }

    /// The field of indicator row `key` that a diagnostic on `line` (an `<indicator>`, `<name>`
    /// or `<target>` element) is about.
    private func indicatorField(_ key: String, line: String, element: Substring, message: String) -> String {
        let base = "indicator-\(key)-"
        if element == "target", let year = line.firstMatch(of: /year="(\d{4})"/)?.1 { return base + "target\(year)" }
        if element == "indicator" {
            if message.contains("callIndicator") { return base + "callIndicator" }
            if message.contains("'unit'") { return base + "unit" }
            if message.contains("'id'") || message.contains("indicator id") { return base + "id" }
        }
        return base + "name"
    }
}
