import Foundation
import FundingPlanner

/// Turns a ``ProfileForm`` into a ``NetworkProfile`` field by field, with the typed-input rules of
/// `fundplan init` (a Belgian `10.000` is ten thousand, `40 %` is 4000 basis points), collecting
/// an error per field instead of stopping at the first.
struct ProfileBuilder {
    let form: ProfileForm
    let language: Language
    private(set) var errors: [FieldError] = []

    init(form: ProfileForm, language: Language) {
        self.form = form
        self.language = language
    }

    var say: Say { Say(language) }

    /// The profile, or `nil` when a field could not be read (see `errors`).
    mutating func build() -> NetworkProfile? {
        let name = required(form.name, "name", .purpose)
        let purpose = required(form.purpose, "purpose", .purpose)
        let founded = value(form.founded, "founded", .purpose, TypedInput.date)
        let legal = NetworkLegalForm(rawValue: form.legalForm)
        let groups = form.targetGroups.compactMap(TargetGroup.init(rawValue:))
        if groups.isEmpty {
            fail("targetGroups", .purpose, say("Kies minstens één doelgroep.", "Choose at least one target group."))
        }
        if form.themes.isEmpty {
            fail("themes", .purpose, say("Kies minstens één thema.", "Choose at least one theme."))
        }
        _ = required(form.regionName, "regionName", .purpose)
        let start = value(form.startYear, "startYear", .budget) { TypedInput.whole($0, in: 2000...2100) }
        let horizon = value(form.horizonYears, "horizonYears", .budget) { TypedInput.whole($0, in: 1...6) }
        let years = (start ?? 2000)...((start ?? 2000) + max((horizon ?? 1) - 1, 0))
        let reserves = value(form.reserves, "reserves", .budget, TypedInput.amount)
        if form.partners.isEmpty {
            fail("add-partner", .partners, say("Voeg minstens één partner toe.", "Add at least one partner."))
        }
        var partners: [NetworkProfile.Partner] = []
        var seen: Set<String> = []
        for row in form.partners {
            let field = "partner-\(row.key)-"
            let partnerName = required(row.name, field + "name", .partners)
            var id = row.id.trimmingCharacters(in: .whitespaces)
            if id.isEmpty { id = Self.slug(row.name) }
            if id.wholeMatch(of: /[A-Za-z_][A-Za-z0-9_.\-]*/) == nil {
                fail(
                    field + "id", .partners,
                    say("Gebruik letters, cijfers en streepjes als id.", "Use letters, digits and hyphens for the id."))
            } else if !seen.insert(id).inserted {
                fail(field + "id", .partners, say("De id '\(id)' is al gebruikt.", "The id '\(id)' is taken."))
            }
            let type = PartnerType(rawValue: row.type)
            if type == nil {
                fail(field + "type", .partners, say("Kies een soort organisatie.", "Choose a kind of organisation."))
            }
            let joins = value(row.joins, field + "joins", .partners) { TypedInput.whole($0, in: 2000...2100) }
            let seats = value(row.seats, "vote-\(row.key)-seats", .contributions) {
                TypedInput.whole($0, in: 0...1_000)
            }
            let votes = value(row.votes, "vote-\(row.key)-votes", .contributions) {
                TypedInput.whole($0, in: 0...1_000)
            }
            let statement = row.statement.trimmingCharacters(in: .whitespacesAndNewlines)
            let ceiling = optional(
                row.askCeiling ?? "", "vote-\(row.key)-askCeiling", .contributions, TypedInput.amount)
            guard let partnerName, let type, let joins, let seats, let votes, let ceiling else { continue }
            var partner =
                NetworkProfile.Partner.make(
                    id: id, name: partnerName, type: type, roles: row.roles.compactMap(PartnerRole.init(rawValue:)),
                    statement: statement.isEmpty
                        ? LocalizedText() : LocalizedText([(row.statementLanguage, statement)]),
                    contributions: [], seats: seats, votes: votes, hasVeto: row.veto, joins: joins,
                    origin: SourcePosition(file: "workspace", line: 0), sector: row.sector.isEmpty ? nil : row.sector,
                    vetoScope: VetoScope(rawValue: row.vetoScope) ?? .networkDecisions)
            partner.askCeiling = ceiling
            partner.country = row.country ?? "BE"
            partners.append(partner)
        }
        for row in form.contributions {
            let field = "contribution-\(row.key)-"
            let index = partners.firstIndex { $0.id == row.partner }
            if index == nil {
                fail(
                    field + "partner", .contributions,
                    say("Kies de partner die geeft.", "Choose the partner who gives."))
            }
            let year = value(row.year, field + "year", .contributions) { TypedInput.whole($0, in: 2000...2100) }
            let amount = value(row.amount, field + "amount", .contributions, TypedInput.amount)
            let kind = ContributionKind(rawValue: row.kind) ?? .cash
            let valuation = ValuationMethod(rawValue: row.valuation)
            if !kind.isCash && valuation == nil {
                fail(
                    field + "valuation", .contributions,
                    say("Zeg hoe de bijdrage in natura gewaardeerd is.", "Say how the in-kind contribution is valued."))
            }
            guard let index, let year, let amount else { continue }
            let description = row.description.trimmingCharacters(in: .whitespaces)
            var contribution = NetworkProfile.Contribution.make(
                year: year, kind: kind, amount: amount, valuation: kind.isCash ? nil : valuation,
                description: description.isEmpty ? nil : description, hours: Int(row.hours),
                hourlyRate: row.hourlyRate.isEmpty ? nil : try? TypedInput.amount(row.hourlyRate).get())
            contribution.isCommitted = row.committed ?? true
            partners[index].contributions.append(contribution)
        }
        var assets: [NetworkProfile.Asset] = []
        for row in form.assets {
            let field = "asset-\(row.key)-"
            let capacity = optional(row.capacity, field + "capacity", .assets) { TypedInput.whole($0, in: 0...100_000) }
            let hours = optional(row.freeHours, field + "freeHours", .assets) { TypedInput.whole($0, in: 0...168) }
            guard let type = AssetType(rawValue: row.type) else { continue }
            let description = row.description.trimmingCharacters(in: .whitespaces)
            assets.append(
                NetworkProfile.Asset.make(
                    type: type, owner: row.owner.isEmpty ? nil : row.owner, capacity: capacity ?? nil,
                    freeHoursPerWeek: hours ?? nil, description: description.isEmpty ? nil : description,
                    isNeutral: row.neutral,
                    equipment: row.equipment.compactMap { item in
                        guard item.count == 3, let type = EquipmentType(rawValue: item[0]) else { return nil }
                        return NetworkProfile.Equipment(
                            type: type, count: Int(item[1]) ?? 1, description: item[2].isEmpty ? nil : item[2])
                    }))
        }
        if form.costs.isEmpty {
            fail("add-cost", .budget, say("Voeg minstens één kostenlijn toe.", "Add at least one cost line."))
        }
        var costs: [NetworkProfile.CostLine] = []
        for row in form.costs {
            let field = "cost-\(row.key)-"
            let year = value(row.year, field + "year", .budget) { TypedInput.whole($0, in: years) }
            let amount = value(row.amount, field + "amount", .budget, TypedInput.amount)
            guard let year, let amount, let category = CostCategory(rawValue: row.category) else { continue }
            let description = row.description.trimmingCharacters(in: .whitespaces)
            costs.append(
                .init(
                    year: year, category: category, amount: amount, description: description.isEmpty ? nil : description
                ))
        }
        let volunteers = value(form.volunteerHours, "volunteerHours", .preferences) {
            TypedInput.whole($0, in: 0...100_000)
        }
        let staff = value(form.staffHours, "staffHours", .preferences) { TypedInput.whole($0, in: 0...100_000) }
        let staffValue = optional(form.staffHourValue, "staffHourValue", .preferences, TypedInput.amount)
        let volunteerValue = optional(form.volunteerHourValue, "volunteerHourValue", .preferences, TypedInput.amount)
        let maxShare = value(form.maxShareOfOneSource, "maxShareOfOneSource", .preferences, TypedInput.percentage)
        let maxPublic = value(form.maxPublicShare, "maxPublicShare", .preferences, TypedInput.percentage)
        let rate = value(form.hourlyRate, "hourlyRate", .preferences, TypedInput.amount)
        let indicators = outputIndicators(years: years)
        guard errors.isEmpty, let name, let purpose, let founded, let legal, let start, let horizon, let reserves,
            let volunteers, let staff, let maxShare, let maxPublic, let rate
        else { return nil }
        var names = [(form.textLanguage, name)]
        var purposes = [(form.textLanguage, purpose)]
        for other in form.otherTexts where other.count == 3 {
            if !other[1].isEmpty { names.append((other[0], other[1])) }
            if !other[2].isEmpty { purposes.append((other[0], other[2])) }
        }
        let networkID = form.networkID.isEmpty ? Self.slug(name) : form.networkID
        var profile = NetworkProfile.make(
            id: networkID, isFictional: form.fictional, name: LocalizedText(names), purpose: LocalizedText(purposes),
            themes: form.themes, targetGroups: groups,
            region: .make(code: form.regionCode, name: form.regionName.trimmingCharacters(in: .whitespaces)),
            municipalities: form.municipalities.compactMap { $0.count == 2 ? .init(nisCode: $0[0], name: $0[1]) : nil },
            founded: founded, legalForm: legal, partners: partners, assets: assets,
            licences: form.licences.compactMap { item in
                guard item.count == 4, let type = LicenceType(rawValue: item[0]) else { return nil }
                return .init(
                    type: type, holder: item[1], validUntil: CalendarDate(item[2]),
                    description: item[3].isEmpty ? nil : item[3])
            },
            volunteerHoursPerMonth: volunteers, staffHoursPerMonth: staff, staffHourValue: staffValue ?? nil,
            volunteerHourValue: volunteerValue ?? nil, hasManifesto: form.manifesto,
            budget: .make(startYear: start, horizonYears: horizon, reserves: reserves, costs: costs),
            preferences: .make(
                maximumShareOfOneSource: maxShare, maximumPublicShare: maxPublic, hourlyRate: rate,
                excludedModels: form.excludedModels, pinnedModels: form.pinnedModels),
            origin: SourcePosition(file: "profile.xml", line: 1))
        // Kept as loaded: blocs and the dependence goals (the workspace has no fields for them yet).
        profile.blocs = (form.blocs ?? []).compactMap {
            $0.count >= 2 ? NetworkProfile.Bloc(id: $0[0], name: $0[1], members: Array($0.dropFirst(2))) : nil
        }
        profile.preferences.publicShareGoal = form.publicShareGoal.flatMap(Int.init).map(BasisPoints.init)
        profile.preferences.ownIncomeGoal = form.ownIncomeGoal.flatMap(Int.init).map(BasisPoints.init)
        profile.outputIndicators = indicators
        return profile
    }

    mutating func fail(_ field: String, _ section: Section, _ message: String) {
        errors.append(FieldError(field: field, section: section, message: message))
    }

    mutating func required(_ text: String, _ field: String, _ section: Section) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            fail(field, section, say("\(label(field)): vul dit in.", "\(label(field)): fill this in."))
            return nil
        }
        return trimmed
    }

    mutating func value<T>(
        _ text: String, _ field: String, _ section: Section, _ read: (String) -> Result<T, TypedInput.Problem>
    ) -> T? {
        guard required(text, field, section) != nil else { return nil }
        switch read(text) {
        case .success(let value): return value
        case .failure(let problem):
            fail(field, section, "\(label(field)): \(problem.text(language))")
            return nil
        }
    }

    /// `nil` when the problem is in the text; `.some(nil)` when left empty.
    private mutating func optional<T>(
        _ text: String, _ field: String, _ section: Section, _ read: (String) -> Result<T, TypedInput.Problem>
    ) -> T?? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .some(nil) }
        return value(text, field, section, read).map { .some($0) } ?? .some(nil)
    }

    /// What a field is called in messages: "Partner 2: naam", "Reserves".
    private func label(_ field: String) -> String {
        let fixed: [String: (String, String)] = [
            "name": ("Naam van het netwerk", "Name of the network"), "purpose": ("Doel", "Purpose"),
            "founded": ("Opgericht op", "Founded on"), "regionName": ("Gemeente of streek", "Town or area"),
            "startYear": ("Eerste jaar", "First year"), "horizonYears": ("Aantal jaren", "Number of years"),
            "reserves": ("Reserves", "Reserves"), "volunteerHours": ("Vrijwilligersuren", "Volunteer hours"),
            "staffHours": ("Personeelsuren", "Staff hours"),
            "staffHourValue": ("Waarde personeelsuur", "Value of a staff hour"),
            "volunteerHourValue": ("Waarde vrijwilligersuur", "Value of a volunteer hour"),
            "maxShareOfOneSource": ("Grootste aandeel van één bron", "Largest share of one source"),
            "maxPublicShare": ("Grootste publiek aandeel", "Largest public share"),
            "hourlyRate": ("Uurtarief", "Hourly rate"),
        ]
        if let words = fixed[field] { return say(words.0, words.1) }
        let parts = field.split(separator: "-").map(String.init)
        guard parts.count == 3 else { return field }
        let rows: [(String, [String])] = [
            ("partner", form.partners.map(\.key)), ("vote", form.partners.map(\.key)),
            ("contribution", form.contributions.map(\.key)), ("asset", form.assets.map(\.key)),
            ("cost", form.costs.map(\.key)),
            ("indicator", (form.indicators ?? []).indices.map(form.indicatorKey)),
        ]
        let number = (rows.first { $0.0 == parts[0] }?.1.firstIndex(of: parts[1])).map { $0 + 1 } ?? 0
        let owner: String
        switch parts[0] {
        case "partner", "vote": owner = say("Partner", "Partner") + " \(number)"
        case "contribution": owner = say("Bijdrage", "Contribution") + " \(number)"
        case "asset": owner = say("Ruimte of materiaal", "Place or equipment") + " \(number)"
        case "indicator": owner = say("Resultaat", "Output") + " \(number)"
        default: owner = say("Kostenlijn", "Cost line") + " \(number)"
        }
        let words: [String: (String, String)] = [
            "name": ("naam", "name"), "joins": ("jaar van deelname", "year of joining"), "seats": ("zetels", "seats"),
            "votes": ("stemmen", "votes"), "askCeiling": ("hoogste vraag per jaar", "most to ask a year"),
            "year": ("jaar", "year"), "amount": ("bedrag", "amount"),
            "capacity": ("aantal personen", "number of people"), "freeHours": ("vrije uren", "free hours"),
        ]
        if parts[2].hasPrefix("target") {
            return owner + ": " + say("streefwaarde", "target") + " " + parts[2].dropFirst(6)
        }
        return owner + ": " + (words[parts[2]].map { say($0.0, $0.1) } ?? parts[2])
    }

    /// A lower-case id from a name: `De Keukenbrug vzw` → `de-keukenbrug-vzw`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let parts = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let slug = parts.joined(separator: "-")
        guard let first = slug.first, first.isLetter else { return "n-" + slug }
        return String(slug.prefix(40))
    }
}
