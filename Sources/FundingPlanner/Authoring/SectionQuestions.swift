import Foundation

/// The partner questions: name, id, type, roles, the partner's own why, what it gives per year, seats,
/// votes and veto.
///
/// Asked until an empty name; at least one partner.
struct PartnerQuestions {
    let asker: Asker
    let years: ClosedRange<Int>
    let founded: Int
    let statementLanguage: String

    func ask(keeping existing: [NetworkProfile.Partner]) throws(InterviewError) -> [NetworkProfile.Partner] {
        let say = asker.wording
        var partners: [NetworkProfile.Partner] = []
        if !existing.isEmpty {
            asker.console.show(
                say("Partners in het vertrekpunt: ", "Partners in the starting point: ")
                    + existing.map(\.name).joined(separator: "; "))
            if try asker.ask(
                "Deze partners overnemen? (ja/nee)", "Keep these partners? (yes/no)", default: say("ja", "yes"),
                TypedInput.yesNo)
            {
                partners = existing.map { partner in
                    var kept = partner
                    kept.contributions = partner.contributions.filter { years.contains($0.year) }
                    return kept
                }
            }
        }
        while true {
            let number = partners.count + 1
            let required = partners.isEmpty
            let name = try asker.ask(
                required ? "Naam van partner \(number)" : "Naam van partner \(number) (leeg = klaar)",
                required ? "Name of partner \(number)" : "Name of partner \(number) (empty = done)"
            ) { typed -> Result<String?, TypedInput.Problem> in
                typed.isEmpty && !required ? .success(nil) : asker.text(typed).map { Optional($0) }
            }
            guard let name else { return partners }
            partners.append(try askPartner(named: name, after: partners))
        }
    }

    private func askPartner(named name: String, after others: [NetworkProfile.Partner]) throws(InterviewError)
        -> NetworkProfile.Partner
    {
        let id = try asker.newIdentifier(for: name, taken: Set(others.map(\.id)))
        asker.list(PartnerType.self)
        let type = try asker.ask("  Soort organisatie", "  Kind of organisation") {
            VocabularyChoice.pick($0, among: PartnerType.self)
        }
        asker.list(PartnerRole.self)
        let roles = try asker.ask(
            "  Rollen in het netwerk (nummers of namen)", "  Roles in the network (numbers or names)"
        ) {
            VocabularyChoice.pickSeveral($0, among: PartnerRole.self)
        }
        let joins = try asker.ask(
            "  Doet mee sinds (jaar)", "  Takes part since (year)", default: "\(max(founded, 2000))"
        ) { TypedInput.whole($0, in: 2000...2100) }
        let statement = try asker.optional(
            "  Waarom doet deze partner mee? (in de woorden van de partner; leeg = later)",
            "  Why does this partner take part? (in the partner's words; empty = later)"
        ) { asker.text($0, maximum: 1_000) }
        var contributions: [NetworkProfile.Contribution] = []
        while true {
            let year = try asker.optional(
                "  Bijdrage: jaar (\(years.lowerBound)–\(years.upperBound); leeg = geen bijdrage meer)",
                "  Contribution: year (\(years.lowerBound)–\(years.upperBound); empty = no more)"
            ) { TypedInput.whole($0, in: years) }
            guard let year else { break }
            let kind = try asker.ask(
                "    Geld of in natura? (1 = geld, 2 = in natura, 3 = personeelsinzet, 4 = vrijwilligersuren)",
                "    Cash or in kind? (1 = cash, 2 = in kind, 3 = staff time, 4 = volunteer hours)"
            ) {
                VocabularyChoice.pick($0, among: ContributionKind.self)
            }
            let amount = try asker.ask("    Bedrag of waarde (euro)", "    Amount or value (euros)", TypedInput.amount)
            var valuation: ValuationMethod?
            var description: String?
            if !kind.isCash {
                asker.list(ValuationMethod.self)
                valuation = try asker.ask("    Hoe gewaardeerd?", "    How is it valued?") {
                    VocabularyChoice.pick($0, among: ValuationMethod.self)
                }
                description = try asker.ask(
                    "    Wat geeft de partner? (bijvoorbeeld: zaal, 20 uur per week)",
                    "    What does the partner give? (for example: a room, 20 hours a week)"
                ) {
                    asker.text($0)
                }
            }
            contributions.append(
                .init(year: year, kind: kind, amount: amount, valuation: valuation, description: description))
        }
        let seats = try asker.ask("  Zetels in het bestuur", "  Seats on the board", default: "1") {
            TypedInput.whole($0, in: 0...1_000)
        }
        let votes = try asker.ask("  Stemmen", "  Votes", default: "1") { TypedInput.whole($0, in: 0...1_000) }
        let veto = try asker.ask(
            "  Vetorecht? (ja/nee)", "  Right of veto? (yes/no)", default: asker.wording("nee", "no"), TypedInput.yesNo)
        return NetworkProfile.Partner(
            id: id, name: name, type: type, roles: roles,
            statement: statement.map { LocalizedText([(statementLanguage, $0)]) } ?? LocalizedText(),
            contributions: contributions, seats: seats, votes: votes, hasVeto: veto, joins: joins,
            origin: SourcePosition(file: "fundplan init", line: 0))
    }
}

/// Rooms, kitchens, equipment the network can use: type, owner, size and free hours for rooms.
struct AssetQuestions {
    let asker: Asker
    let partners: [NetworkProfile.Partner]

    func ask(keeping existing: [NetworkProfile.Asset]) throws(InterviewError) -> [NetworkProfile.Asset] {
        let owners = Set(partners.map(\.id))
        var assets = existing.filter { $0.owner.map(owners.contains) ?? true }
        asker.list(AssetType.self)
        while true {
            let type = try asker.optional(
                "Ruimte of middel dat het netwerk kan gebruiken (nummer of naam; leeg = klaar)",
                "A place or means the network can use (number or name; empty = done)"
            ) { VocabularyChoice.pick($0, among: AssetType.self) }
            guard let type else { return assets }
            let partnerOptions = partners.map { ($0.id, $0.id, [$0.name]) }
            let owner = try asker.optional(
                "  Van welke partner? (nummer, naam of id; leeg = niemand)",
                "  Whose is it? (number, name or id; empty = nobody)"
            ) {
                VocabularyChoice.pick($0, options: partnerOptions)
            }
            var capacity: Int?
            var freeHours: Int?
            if type == .room {
                capacity = try asker.optional("  Hoeveel personen?", "  How many people?") {
                    TypedInput.whole($0, in: 0...1_000)
                }
                freeHours = try asker.optional("  Uren per week vrij voor verhuur", "  Hours a week free for hire") {
                    TypedInput.whole($0, in: 0...168)
                }
            }
            let description = try asker.optional(
                "  Korte beschrijving (leeg = geen)", "  Short description (empty = none)"
            ) { asker.text($0) }
            assets.append(
                .init(
                    type: type, owner: owner, capacity: capacity, freeHoursPerWeek: freeHours, description: description)
            )
        }
    }
}

/// The budget's cost lines, year by year: category, amount, description; at least one line.
struct CostQuestions {
    let asker: Asker
    let years: ClosedRange<Int>

    func ask(keeping existing: [NetworkProfile.CostLine]) throws(InterviewError) -> [NetworkProfile.CostLine] {
        var costs = existing
        if !existing.isEmpty {
            let kept = try asker.ask(
                "Kostenlijnen uit het vertrekpunt overnemen? (\(existing.count); ja/nee)",
                "Keep the starting point's cost lines? (\(existing.count); yes/no)",
                default: asker.wording("ja", "yes"), TypedInput.yesNo)
            if !kept { costs = [] }
        }
        asker.list(CostCategory.self)
        for year in years {
            while true {
                let required = costs.isEmpty && year == years.upperBound
                let category = try asker.ask(
                    "Kosten in \(year): categorie (nummer of naam; leeg = \(year == years.upperBound ? "klaar" : "volgend jaar"))",
                    "Costs in \(year): category (number or name; empty = \(year == years.upperBound ? "done" : "next year"))"
                ) { typed -> Result<CostCategory?, TypedInput.Problem> in
                    if typed.isEmpty {
                        return required
                            ? .failure(.init("geef minstens één kostenlijn", "give at least one cost line"))
                            : .success(nil)
                    }
                    return VocabularyChoice.pick(typed, among: CostCategory.self).map { Optional($0) }
                }
                guard let category else { break }
                let amount = try asker.ask(
                    "  Bedrag in \(year) (euro)", "  Amount in \(year) (euros)", TypedInput.amount)
                let description = try asker.optional("  Omschrijving (leeg = geen)", "  Description (empty = none)") {
                    asker.text($0)
                }
                costs.append(.init(year: year, category: category, amount: amount, description: description))
            }
        }
        return costs
    }
}
