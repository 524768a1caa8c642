import Foundation
public import FundingPlanner

/// The differences between two profiles, field by field, in words.
///
/// For example "Partner added: Stad Gent" or "Costs 2027 coordination: € 4.000 → € 6.500".
/// Partners are matched by id, not by position.
public enum ProfileDiff {
    /// Each difference as one sentence, in `language`; empty when the profiles say the same.
    public static func changes(from old: NetworkProfile, to new: NetworkProfile, language: Language) -> [String] {
        let say = Say(language)
        var out: [String] = []
        func field(_ label: String, _ a: String, _ b: String) {
            if a != b { out.append("\(label): \(a.isEmpty ? "—" : a) → \(b.isEmpty ? "—" : b)") }
        }
        func money(_ m: Money) -> String { m.formatted(language) }
        field(say("Naam", "Name"), old.name.text(in: language), new.name.text(in: language))
        field(say("Doel", "Purpose"), old.purpose.text(in: language), new.purpose.text(in: language))
        field(say("Thema's", "Themes"), old.themes.joined(separator: ", "), new.themes.joined(separator: ", "))
        field(
            say("Doelgroepen", "Target groups"), old.targetGroups.map { $0.label(language) }.joined(separator: ", "),
            new.targetGroups.map { $0.label(language) }.joined(separator: ", "))
        field(say("Plaats", "Place"), old.region.name, new.region.name)
        field(say("Opgericht", "Founded"), old.founded.description, new.founded.description)
        field(say("Rechtsvorm", "Legal form"), old.legalForm.label(language), new.legalForm.label(language))
        let oldPartners = Dictionary(old.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newPartners = Dictionary(new.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for partner in new.partners where oldPartners[partner.id] == nil {
            out.append(say("Partner toegevoegd: ", "Partner added: ") + partner.name)
        }
        for partner in old.partners where newPartners[partner.id] == nil {
            out.append(say("Partner verwijderd: ", "Partner removed: ") + partner.name)
        }
        for partner in new.partners {
            guard let before = oldPartners[partner.id] else { continue }
            let label = partner.name
            field("\(label) — " + say("naam", "name"), before.name, partner.name)
            field("\(label) — " + say("soort", "type"), before.type.label(language), partner.type.label(language))
            field(
                "\(label) — " + say("rollen", "roles"), before.roles.map { $0.label(language) }.joined(separator: ", "),
                partner.roles.map { $0.label(language) }.joined(separator: ", "))
            field(
                "\(label) — " + say("waarom", "why"), before.statement.entries.first?.text ?? "",
                partner.statement.entries.first?.text ?? "")
            field("\(label) — " + say("stemmen", "votes"), "\(before.votes)", "\(partner.votes)")
            field("\(label) — " + say("zetels", "seats"), "\(before.seats)", "\(partner.seats)")
            field(
                "\(label) — veto", before.hasVeto ? say("ja", "yes") : say("nee", "no"),
                partner.hasVeto ? say("ja", "yes") : say("nee", "no"))
            let keys = Set(
                (before.contributions + partner.contributions).map { ContributionKey(year: $0.year, kind: $0.kind) })
            for key in keys.sorted() {
                let a = before.contributions.filter { ContributionKey(year: $0.year, kind: $0.kind) == key }.reduce(
                    Money.zero
                ) { $0 + $1.amount }
                let b = partner.contributions.filter { ContributionKey(year: $0.year, kind: $0.kind) == key }.reduce(
                    Money.zero
                ) { $0 + $1.amount }
                if a != b {
                    out.append("\(label) — \(key.kind.label(language)) \(key.year): \(money(a)) → \(money(b))")
                }
            }
        }
        field(say("Eerste jaar", "First year"), "\(old.budget.startYear)", "\(new.budget.startYear)")
        field(say("Aantal jaren", "Years"), "\(old.budget.horizonYears)", "\(new.budget.horizonYears)")
        field(say("Reserves", "Reserves"), money(old.budget.reserves), money(new.budget.reserves))
        let costKeys = Set((old.budget.costs + new.budget.costs).map { CostKey(year: $0.year, category: $0.category) })
        for key in costKeys.sorted() {
            let a = old.budget.costs.filter { CostKey(year: $0.year, category: $0.category) == key }.reduce(Money.zero)
            { $0 + $1.amount }
            let b = new.budget.costs.filter { CostKey(year: $0.year, category: $0.category) == key }.reduce(Money.zero)
            { $0 + $1.amount }
            if a != b {
                out.append(
                    say("Kosten ", "Costs ") + "\(key.year) \(key.category.label(language)): \(money(a)) → \(money(b))")
            }
        }
        out += indicatorChanges(from: old.outputIndicators, to: new.outputIndicators, say: say, language: language)
        field(
            say("Activa", "Places and equipment"), old.assets.map { $0.type.label(language) }.joined(separator: ", "),
            new.assets.map { $0.type.label(language) }.joined(separator: ", "))
        field(
            say("Vrijwilligersuren per maand", "Volunteer hours a month"), "\(old.volunteerHoursPerMonth)",
            "\(new.volunteerHoursPerMonth)")
        field(
            say("Personeelsuren per maand", "Staff hours a month"), "\(old.staffHoursPerMonth)",
            "\(new.staffHoursPerMonth)")
        field(
            say("Grootste aandeel van één bron", "Largest share of one source"),
            old.preferences.maximumShareOfOneSource.formatted(language),
            new.preferences.maximumShareOfOneSource.formatted(language))
        field(
            say("Grootste publiek aandeel", "Largest public share"),
            old.preferences.maximumPublicShare.formatted(language),
            new.preferences.maximumPublicShare.formatted(language))
        field(say("Uurtarief", "Hourly rate"), money(old.preferences.hourlyRate), money(new.preferences.hourlyRate))
        return out
    }

    /// Outputs added or removed (by id), and their names, units and targets changed.
    private static func indicatorChanges(
        from old: [NetworkProfile.OutputIndicator], to new: [NetworkProfile.OutputIndicator], say: Say,
        language: Language
    ) -> [String] {
        var out: [String] = []
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Set(new.map(\.id))
        for indicator in new where before[indicator.id] == nil {
            out.append(say("Resultaat toegevoegd: ", "Output added: ") + indicator.name.text(in: language))
        }
        for indicator in old where !after.contains(indicator.id) {
            out.append(say("Resultaat verwijderd: ", "Output removed: ") + indicator.name.text(in: language))
        }
        for indicator in new {
            guard let earlier = before[indicator.id] else { continue }
            let label = say("Resultaat ", "Output ") + indicator.name.text(in: language)
            func change(_ what: String, _ a: String, _ b: String) {
                if a != b { out.append("\(label) — \(what): \(a.isEmpty ? "—" : a) → \(b.isEmpty ? "—" : b)") }
            }
            change(say("naam", "name"), earlier.name.text(in: language), indicator.name.text(in: language))
            change(say("eenheid", "unit"), earlier.unit.label(language), indicator.unit.label(language))
            let years = Set((earlier.targets + indicator.targets).map(\.year)).sorted()
            for year in years {
                change(
                    say("streefwaarde", "target") + " \(year)",
                    earlier.targets.first { $0.year == year }.map { "\($0.value)" } ?? "",
                    indicator.targets.first { $0.year == year }.map { "\($0.value)" } ?? "")
            }
        }
        return out
    }

    private struct ContributionKey: Hashable, Comparable {
        var year: Int
        var kind: ContributionKind
        static func < (a: Self, b: Self) -> Bool { (a.year, a.kind.rawValue) < (b.year, b.kind.rawValue) }
    }

    private struct CostKey: Hashable, Comparable {
        var year: Int
        var category: CostCategory
        static func < (a: Self, b: Self) -> Bool { (a.year, a.category.rawValue) < (b.year, b.category.rawValue) }
    }
}
