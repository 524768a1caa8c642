import Foundation

/// Applies the fields a section page posted to the form, and its "add another" and "remove" buttons.
enum SectionInput {
    /// The form after `body` from the page of `section`; `focus` is the field to show first (a new row).
    static func apply(_ body: FormBody, section: Section, to form: ProfileForm) -> (form: ProfileForm, focus: String?) {
        var form = form
        var focus: String?
        let action = body["action"] ?? ""
        let removed = action.hasPrefix("remove:") ? String(action.dropFirst(7)) : nil
        func text(_ name: String) -> String { (body[name] ?? "").trimmingCharacters(in: .whitespaces) }
        switch section {
        case .purpose:
            form.name = text("name")
            form.purpose = (body["purpose"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            form.themes = body.all("themes[]")
            form.targetGroups = body.all("targetGroups[]")
            form.regionCode = text("regionCode").isEmpty ? form.regionCode : text("regionCode")
            form.regionName = text("regionName")
            form.founded = text("founded")
            form.legalForm = text("legalForm")
        case .partners:
            let old = Dictionary(form.partners.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            form.partners = body.rows("partner").filter { $0.key != removed }.map { row in
                var partner = old[row.key] ?? .init(key: row.key)
                partner.name = row.fields.text("name")
                partner.id = row.fields.text("id").isEmpty ? ProfileBuilder.slug(partner.name) : row.fields.text("id")
                if partner.name.isEmpty { partner.id = row.fields.text("id") }
                partner.type = row.fields.text("type")
                partner.roles = row.fields["roles"] ?? []
                partner.joins = row.fields.text("joins")
                partner.statement = (row.fields["statement"]?.first ?? "").trimmingCharacters(
                    in: .whitespacesAndNewlines)
                return partner
            }
            if action == "add-partner" {
                let key = form.newKey()
                form.partners.append(.init(key: key, joins: form.startYear))
                focus = "partner-\(key)-name"
            }
        case .contributions:
            form.contributions = body.rows("contribution").filter { $0.key != removed }.map { row in
                var item = form.contributions.first { $0.key == row.key } ?? .init(key: row.key)
                item.partner = row.fields.text("partner")
                item.year = row.fields.text("year")
                item.kind = row.fields.text("kind")
                item.amount = row.fields.text("amount")
                item.valuation = row.fields.text("valuation")
                item.description = row.fields.text("description")
                return item
            }
            let votes = Dictionary(body.rows("vote").map { ($0.key, $0.fields) }, uniquingKeysWith: { a, _ in a })
            for index in form.partners.indices {
                guard let fields = votes[form.partners[index].key] else { continue }
                form.partners[index].seats = fields.text("seats")
                form.partners[index].votes = fields.text("votes")
                form.partners[index].veto = fields.ticked("veto")
                if fields["askCeiling"] != nil { form.partners[index].askCeiling = fields.text("askCeiling") }
            }
            if action == "add-contribution" {
                let key = form.newKey()
                form.contributions.append(.init(key: key, partner: form.partners.first?.id ?? "", year: form.startYear))
                focus = "contribution-\(key)-partner"
            }
        case .assets:
            form.assets = body.rows("asset").filter { $0.key != removed }.map { row in
                var asset = form.assets.first { $0.key == row.key } ?? .init(key: row.key)
                asset.type = row.fields.text("type")
                asset.owner = row.fields.text("owner")
                asset.capacity = row.fields.text("capacity")
                asset.freeHours = row.fields.text("freeHours")
                asset.description = row.fields.text("description")
                asset.neutral = row.fields.ticked("neutral")
                return asset
            }
            if action == "add-asset" {
                let key = form.newKey()
                form.assets.append(.init(key: key))
                focus = "asset-\(key)-type"
            }
        case .budget:
            form.startYear = text("startYear")
            form.horizonYears = text("horizonYears")
            form.reserves = text("reserves")
            form.costs = body.rows("cost").filter { $0.key != removed }.map { row in
                CostRow(
                    key: row.key, year: row.fields.text("year"), category: row.fields.text("category"),
                    amount: row.fields.text("amount"), description: row.fields.text("description"))
            }
            if action == "add-cost" {
                let key = form.newKey()
                form.costs.append(.init(key: key, year: form.costs.last?.year ?? form.startYear))
                focus = "cost-\(key)-year"
            } else if action == "copy-last-year", let last = form.costs.compactMap({ Int($0.year) }).max() {
                for row in form.costs where Int(row.year) == last {
                    let key = form.newKey()
                    form.costs.append(
                        .init(
                            key: key, year: "\(last + 1)", category: row.category, amount: row.amount,
                            description: row.description))
                    if focus == nil { focus = "cost-\(key)-amount" }
                }
            }
        case .indicators:
            (form, focus) = IndicatorInput.apply(body, to: form, removed: removed, adding: action == "add-indicator")
        case .preferences:
            form.volunteerHours = text("volunteerHours")
            form.staffHours = text("staffHours")
            form.staffHourValue = text("staffHourValue")
            form.volunteerHourValue = text("volunteerHourValue")
            form.manifesto = body["manifesto"] == "true"
            form.maxShareOfOneSource = text("maxShareOfOneSource")
            form.maxPublicShare = text("maxPublicShare")
            form.hourlyRate = text("hourlyRate")
        }
        return (form, focus)
    }
}

typealias CostRow = ProfileForm.CostRow
