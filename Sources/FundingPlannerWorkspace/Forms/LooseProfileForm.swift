import Foundation
import FundingPlanner

/// A form filled from an uploaded profile that the CLI refuses: every value as the file has it,
/// so that the workspace's own check (the same rules as `fundplan check`) puts each problem at the
/// field that holds the wrong value.
///
/// The file is read without its schema but within the CLI's hostile-input limits
/// (``DocumentKind/looseTree(path:)``); a file refused even so (not well-formed, an entity bomb,
/// an external entity, another root element) gives no form.
enum LooseProfileForm {
    /// The form for the profile at `path`, or `nil` with the reasons when the file is refused.
    static func read(path: String) -> (form: ProfileForm?, diagnostics: [Diagnostic]) {
        let (root, diagnostics) = DocumentKind.network.looseTree(path: path)
        guard let root else { return (nil, diagnostics) }
        return (form(root), diagnostics)
    }

    static func form(_ root: LooseElement) -> ProfileForm {
        var form = ProfileForm()
        form.networkID = root.attributes["id"] ?? ""
        form.fictional = root.attributes["fictional"] == "true"
        let names = root.children(named: "name")
        let purposes = root.children(named: "purpose")
        form.textLanguage = names.first?.attributes["xml:lang"] ?? purposes.first?.attributes["xml:lang"] ?? "nl"
        form.name = (names.first { $0.attributes["xml:lang"] == form.textLanguage } ?? names.first)?.text ?? ""
        form.purpose = (purposes.first { $0.attributes["xml:lang"] == form.textLanguage } ?? purposes.first)?.text ?? ""
        let others = Set((names + purposes).compactMap { $0.attributes["xml:lang"] }).subtracting([form.textLanguage])
        form.otherTexts = others.sorted().map { language in
            [
                language, names.first { $0.attributes["xml:lang"] == language }?.text ?? "",
                purposes.first { $0.attributes["xml:lang"] == language }?.text ?? "",
            ]
        }
        form.themes = root.child("themes")?.children(named: "theme").compactMap { $0.attributes["ref"] } ?? []
        form.targetGroups =
            root.child("targetGroups")?.children(named: "group").compactMap { $0.attributes["type"] } ?? []
        if let region = root.child("region") {
            form.regionCode = region.attributes["code"] ?? ""
            form.regionName = region.text
        }
        form.municipalities = root.children(named: "municipality").map { [$0.attributes["nis"] ?? "", $0.text] }
        form.founded = root.child("founded")?.text ?? ""
        form.legalForm = root.child("legalForm")?.attributes["type"] ?? ""
        for partner in root.child("partners")?.children(named: "partner") ?? [] { add(partner, to: &form) }
        for asset in root.child("assets")?.children(named: "asset") ?? [] {
            let a = asset.attributes
            form.assets.append(
                .init(
                    key: form.newKey(), type: a["type"] ?? "", owner: a["owner"] ?? "", capacity: a["capacity"] ?? "",
                    freeHours: a["freeHoursPerWeek"] ?? "", description: a["description"] ?? "",
                    neutral: a["neutral"] == "true",
                    equipment: asset.children(named: "equipment").map {
                        [
                            $0.attributes["type"] ?? "", $0.attributes["count"] ?? "1",
                            $0.attributes["description"] ?? "",
                        ]
                    }))
        }
        form.licences =
            root.child("licences")?.children(named: "licence").map { licence in
                ["type", "holder", "validUntil", "description"].map { licence.attributes[$0] ?? "" }
            } ?? []
        if let capacity = root.child("capacity")?.attributes {
            form.volunteerHours = capacity["volunteerHoursPerMonth"] ?? ""
            form.staffHours = capacity["staffHoursPerMonth"] ?? ""
            form.staffHourValue = euros(capacity["staffHourValue"] ?? "")
            form.volunteerHourValue = euros(capacity["volunteerHourValue"] ?? "")
        }
        form.manifesto = root.child("manifesto")?.attributes["exists"] == "true"
        if let budget = root.child("budget") {
            form.startYear = budget.attributes["startYear"] ?? ""
            form.horizonYears = budget.attributes["horizonYears"] ?? ""
            form.reserves = euros(budget.attributes["reserves"] ?? "0")
            for cost in budget.children(named: "cost") {
                let a = cost.attributes
                form.costs.append(
                    .init(
                        key: form.newKey(), year: a["year"] ?? "", category: a["category"] ?? "",
                        amount: euros(a["amount"] ?? ""), description: a["description"] ?? ""))
            }
        }
        if let preferences = root.child("preferences") {
            let a = preferences.attributes
            form.maxShareOfOneSource = percent(a["maxShareOfOneSource"] ?? "")
            form.maxPublicShare = percent(a["maxPublicShare"] ?? "")
            form.hourlyRate = euros(a["hourlyRate"] ?? "")
            form.excludedModels = preferences.children(named: "exclude").compactMap { $0.attributes["model"] }
            form.pinnedModels = preferences.children(named: "pin").compactMap { $0.attributes["model"] }
            form.publicShareGoal = a["publicShareGoal"]
            form.ownIncomeGoal = a["ownIncomeGoal"]
        }
        let indicators = root.child("indicators")?.children(named: "indicator") ?? []
        form.indicators =
            indicators.isEmpty
            ? nil
            : indicators.map { indicator in
                IndicatorRow(
                    key: form.newKey(), id: indicator.attributes["id"] ?? "", unit: indicator.attributes["unit"] ?? "",
                    callIndicator: indicator.attributes["callIndicator"] ?? "",
                    names: indicator.children(named: "name").map { [$0.attributes["xml:lang"] ?? "", $0.text] },
                    // Kept as written, so that a wrong target is shown back with its error.
                    targets: indicator.children(named: "target").map { target in
                        [target.attributes["year"] ?? "", target.attributes["value"] ?? ""]
                    })
            }
        let blocs = root.child("blocs")?.children(named: "bloc") ?? []
        form.blocs =
            blocs.isEmpty
            ? nil
            : blocs.map { bloc in
                [bloc.attributes["id"] ?? "", bloc.attributes["name"] ?? ""]
                    + bloc.children(named: "member").compactMap { $0.attributes["partner"] }
            }
        return form
    }

    private static func add(_ partner: LooseElement, to form: inout ProfileForm) {
        let a = partner.attributes
        let statement = partner.child("statement")
        let governance = partner.child("governance")?.attributes ?? [:]
        let id = a["id"] ?? ""
        form.partners.append(
            .init(
                key: form.newKey(), id: id, name: partner.child("name")?.text ?? "", type: a["type"] ?? "",
                roles: (a["roles"] ?? "").split(separator: " ").map(String.init), joins: a["joins"] ?? "",
                statement: statement?.text ?? "",
                statementLanguage: statement?.attributes["xml:lang"] ?? form.textLanguage,
                seats: governance["seats"] ?? "", votes: governance["votes"] ?? "", veto: governance["veto"] == "true",
                vetoScope: governance["vetoScope"] ?? "network-decisions", sector: a["sector"] ?? "",
                askCeiling: a["askCeiling"].map(euros), country: a["country"]))
        for contribution in partner.children(named: "contribution") {
            let c = contribution.attributes
            form.contributions.append(
                .init(
                    key: form.newKey(), partner: id, year: c["year"] ?? "", kind: c["kind"] ?? "",
                    amount: euros(c["amount"] ?? ""), valuation: c["valuation"] ?? "",
                    description: c["description"] ?? "", hours: c["hours"] ?? "",
                    hourlyRate: euros(c["hourlyRate"] ?? ""), committed: c["committed"] == "false" ? false : nil))
        }
    }

    /// `10000.50` as the form shows it (`10000,50`); anything else as written, so its error shows.
    private static func euros(_ text: String) -> String {
        guard let money = Money(euros: text) else { return text }
        return ProfileForm.typed(money)
    }

    /// Basis points (`4000`) as the form's percentage (`40`); anything else as written.
    private static func percent(_ text: String) -> String {
        guard let value = Int(text) else { return text }
        return ProfileForm.percent(BasisPoints(value))
    }
}
