/// One prerequisite of a model checked against the network, with the action when it is unmet.
public struct PrerequisiteCheck: Sendable, Hashable {
    /// The prerequisite, in words in the match's language (for example "has: kitchen").
    public var prerequisite: String
    /// Whether the network meets it.
    public var isMet: Bool
    /// What to do to meet it (empty when met).
    public var action: String
    /// True for the check that first income falls inside the plan period (not a thing to obtain).
    public var isTiming: Bool = false
}

/// Which prerequisites of a model the network meets: assets, legal form, licences, maturity,
/// partner types, co-financing, and a lead time that ends inside the plan horizon.
enum Feasibility {
    static func checks(_ model: RevenueModel, network: NetworkProfile, stage: MaturityStage, language: Language)
        -> [PrerequisiteCheck]
    {
        let wording = Wording(language: language)
        var checks: [PrerequisiteCheck] = []
        for prerequisite in model.prerequisites {
            switch prerequisite {
            case .asset(let asset):
                let label = asset.label(language)
                checks.append(
                    PrerequisiteCheck(
                        prerequisite: wording("beschikt over: ", "has: ") + label,
                        isMet: network.has(asset),
                        action: wording(
                            "nodig: \(label) — huur of leen die bij een partner of de gemeente, of neem de aankoop op als actie met zijn kosten",
                            "needs a \(label) — rent or borrow one from a partner or the municipality, or plan acquiring it as an action with its cost"
                        )
                    ))
            case .legalForm(let form):
                checks.append(
                    PrerequisiteCheck(
                        prerequisite: wording("rechtsvorm: ", "legal form: ") + form.label(language),
                        isMet: satisfies(network.legalForm, form),
                        action: wording(
                            "nodig: rechtsvorm \(form.label(language)) — richt er een op of laat een partner als penhouder optreden",
                            "needs legal form \(form.label(language)) — set one up or let a partner act as legal host")
                    ))
            case .licence(let id, let label):
                let held = network.licences.contains { $0.type.satisfies(licencePrerequisite: id) }
                checks.append(
                    PrerequisiteCheck(
                        prerequisite: wording("vergunning: ", "licence: ") + label.text(in: language),
                        isMet: held,
                        action: held ? "" : wording("vraag aan: ", "obtain: ") + label.text(in: language)
                    ))
            case .minimumMaturity(let minimum):
                checks.append(
                    PrerequisiteCheck(
                        prerequisite: wording("netwerk minstens ", "network at least ") + minimum.label(language),
                        isMet: rank(stage) >= rank(minimum),
                        action: wording(
                            "pas mogelijk als het netwerk \(minimum.label(language)) is: eerst gedeeld doel, bestuur en resultaten",
                            "only once the network is \(minimum.label(language)): shared purpose, governance and results first"
                        )
                    ))
            case .partnerType(let type):
                checks.append(
                    PrerequisiteCheck(
                        prerequisite: wording("partner van het type ", "a partner of type ") + type.label(language),
                        isMet: network.partners.contains { $0.type == type },
                        action: wording(
                            "zoek een partner van het type \(type.label(language))",
                            "find a partner of type \(type.label(language))")
                    ))
            case .cofinancing(let share):
                let needed = cofinancingNeeded(yield: model.yield.likely, share: share)
                let available = averageYearlyCash(network)
                checks.append(
                    PrerequisiteCheck(
                        prerequisite: wording("cofinanciering van minstens ", "co-financing of at least ")
                            + share.formatted(language),
                        isMet: available >= needed,
                        action: wording(
                            "zorg voor \(needed.formatted(.nl)) eigen middelen per jaar (nu gemiddeld \(available.formatted(.nl)) geld van partners)",
                            "secure \(needed.formatted(.en)) of own funds a year (partners now give \(available.formatted(.en)) cash on average)"
                        )
                    ))
            }
        }
        let horizonMonths = network.budget.horizonYears * 12
        checks.append(
            PrerequisiteCheck(
                prerequisite: wording("eerste inkomsten binnen de planperiode", "first income within the plan period"),
                isMet: model.timing.leadTimeMonths < horizonMonths,
                action: wording(
                    "eerste inkomsten pas na \(model.timing.leadTimeMonths) maanden, na de planperiode",
                    "first income only after \(model.timing.leadTimeMonths) months, after the plan period"),
                isTiming: true
            ))
        return checks
    }

    static func satisfies(_ form: NetworkLegalForm, _ required: LegalForm) -> Bool {
        switch required {
        case .any: true
        case .legalEntity: form != .withoutLegalPersonality
        case .nonprofitAssociation: form == .nonprofitAssociation
        case .cooperative: form == .cooperative
        case .publicBody: form == .publicBody
        }
    }

    static func rank(_ stage: MaturityStage) -> Int {
        MaturityStage.allCases.firstIndex(of: stage) ?? 0
    }

    /// Own funds needed so that they are `share` of the total: yield × share / (1 − share).
    static func cofinancingNeeded(yield: Money, share: BasisPoints) -> Money {
        guard share.value < 10_000 else { return yield }
        let rest = Int64(10_000 - share.value)
        return Money(cents: (yield.cents * Int64(share.value) + rest / 2) / rest)
    }

    static func averageYearlyCash(_ network: NetworkProfile) -> Money {
        let total = network.partners.reduce(Money.zero) { $0 + $1.cashContribution }
        let years = Int64(max(1, network.budget.horizonYears))
        return Money(cents: total.cents / years)
    }
}
