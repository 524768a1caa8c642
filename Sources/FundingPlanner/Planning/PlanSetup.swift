import Foundation
internal import FundingPlannerSolver

/// Everything a plan is computed from, checked: years, pins and exclusions, candidates, costs.
struct PlanSetup {
    let inputs: Planner.Inputs
    let settings: PlanSettings
    let years: [Int]
    let match: MatchResult
    let candidates: [PlanningCandidate]
    let blocked: [BlockedModel]
    let inKindModels: [RevenueModel]
    let costs: [Money]
    let partnerCash: [PartnerCash]
    let programme: PortfolioProgramme
    let notes: [String]
    /// Pinned models that bring means in kind: listed with the in-kind support, not optimised.
    let pinnedInKind: Set<String>
    var wording: Wording { Wording(language: settings.language) }

    init(inputs: Planner.Inputs, settings: PlanSettings) throws(PlanningError) {
        self.inputs = inputs
        self.settings = settings
        let network = inputs.network
        let wording = Wording(language: settings.language)
        let count = settings.years ?? network.budget.horizonYears
        guard (1...6).contains(count) else {
            throw PlanningError(explanations: [wording("een plan loopt 1 tot 6 jaar, niet \(count)", "a plan runs 1 to 6 years, not \(count)")])
        }
        years = (0..<count).map { network.budget.startYear + $0 }
        let pinned = Set(network.preferences.pinnedModels + settings.pinned)
        let excluded = Set(network.preferences.excludedModels + settings.excluded)
        var problems: [String] = []
        for id in pinned.union(excluded).sorted() where inputs.catalogue.model(id: id) == nil {
            problems.append(wording("onbekend verdienmodel '\(id)'; zie `fundplan catalogue list`", "unknown revenue model '\(id)'; see `fundplan catalogue list`"))
        }
        for id in pinned.intersection(excluded).sorted() {
            problems.append(wording("'\(id)' is tegelijk vastgepind en uitgesloten; kies één van beide", "'\(id)' is both pinned and excluded; keep one of the two"))
        }
        guard problems.isEmpty else { throw PlanningError(explanations: problems) }
        match = Matcher.match(network, catalogue: inputs.catalogue, language: settings.language)
        let alignment = Dictionary(uniqueKeysWithValues: match.matches.map { ($0.modelID, $0.alignment) })
        let built = PlanningCandidates.build(
            network: network, catalogue: inputs.catalogue, matches: alignment, stage: match.readiness.maturity.stage,
            years: count, pinned: pinned, excluded: excluded, language: settings.language
        )
        for model in built.blocked where pinned.contains(model.modelID) {
            problems.append(wording("'\(model.modelID)' is vastgepind maar kan niet in het plan: \(model.reason)", "'\(model.modelID)' is pinned but cannot be in the plan: \(model.reason)"))
        }
        guard problems.isEmpty else { throw PlanningError(explanations: problems) }
        candidates = built.candidates
        blocked = built.blocked
        inKindModels = built.inKind
        pinnedInKind = Set(built.inKind.map(\.id)).intersection(pinned)
        var notes: [String] = []
        var costs = years.map { network.budget.totalCost(year: $0) }
        if count > network.budget.horizonYears, let last = costs[..<network.budget.horizonYears].last {
            for index in network.budget.horizonYears..<count { costs[index] = last }
            notes.append(wording("De kosten na \(network.budget.years.upperBound) zijn die van \(network.budget.years.upperBound) herhaald: vul het budget aan.", "Costs after \(network.budget.years.upperBound) repeat those of \(network.budget.years.upperBound): extend the budget."))
        }
        self.costs = costs
        self.notes = notes
        let plannedYears = (0..<count).map { network.budget.startYear + $0 }
        let partnerCash = network.partners.sorted { $0.id < $1.id }.compactMap { partner -> PartnerCash? in
            let amounts = plannedYears.map { year in
                partner.contributions.filter { $0.year == year && $0.kind == .cash }.reduce(Money.zero) { $0 + $1.amount }
            }
            guard amounts.contains(where: { $0 > .zero }) else { return nil }
            return PartnerCash(partnerID: partner.id, name: partner.name, isPublic: partner.type == .localGovernment, amounts: amounts)
        }
        self.partnerCash = partnerCash
        let capacity = 12 * (network.volunteerHoursPerMonth + network.staffHoursPerMonth)
        programme = PortfolioProgramme(
            candidates: built.candidates, years: count, costs: costs,
            partnerCash: plannedYears.indices.map { index in partnerCash.reduce(Money.zero) { $0 + $1.amounts[index] } },
            publicPartnerCash: plannedYears.indices.map { index in partnerCash.filter(\.isPublic).reduce(Money.zero) { $0 + $1.amounts[index] } },
            capacityHoursPerYear: capacity, hourlyRate: network.preferences.hourlyRate,
            maximumShare: network.preferences.maximumShareOfOneSource, maximumPublicShare: network.preferences.maximumPublicShare,
            maximumNewPerYear: settings.maximumNewModelsPerYear, shortfallPenalty: settings.shortfallPenalty
        )
    }

    /// Names the constraint groups whose removal makes the programme feasible.
    func explainInfeasibility(_ programme: PortfolioProgramme) -> [String] {
        var reasons: [String] = []
        for group in PortfolioProgramme.ConstraintGroup.allCases where programme.groups[group] != nil {
            let relaxed = CBCSolver.solve(programme.relaxing(group), seconds: 20)
            if relaxed.status == .optimal { reasons.append(describe(group, blocking: true)) }
        }
        if reasons.isEmpty {
            reasons.append(wording("Geen plan mogelijk: meerdere voorwaarden samen sluiten elkaar uit (vastgepinde modellen, maxima per bron en voor publiek geld, inzet, nieuwe modellen per jaar).",
                                   "No plan is possible: several conditions together exclude each other (pinned models, caps per source and on public money, effort, new models per year)."))
        }
        return reasons
    }

    func describe(_ group: PortfolioProgramme.ConstraintGroup, blocking: Bool) -> String {
        let network = inputs.network
        let verb = blocking ? wording("maakt het plan onmogelijk", "makes the plan impossible") : wording("laat kosten ongedekt", "leaves costs uncovered")
        switch group {
        case .oneSourceShare:
            return wording("Het maximum per bron (\(network.preferences.maximumShareOfOneSource.formatted(.nl))) \(verb): verhoog maxShareOfOneSource of voeg bronnen toe.",
                           "The cap per source (\(network.preferences.maximumShareOfOneSource.formatted(.en))) \(verb): raise maxShareOfOneSource or add sources.")
        case .publicShare:
            return wording("Het maximum aan publiek geld (\(network.preferences.maximumPublicShare.formatted(.nl))) \(verb): de overblijvende bronnen zijn vooral publiek; verhoog maxPublicShare of zoek eigen inkomsten.",
                           "The cap on public money (\(network.preferences.maximumPublicShare.formatted(.en))) \(verb): the remaining sources are mostly public; raise maxPublicShare or find earned income.")
        case .effortCapacity:
            return wording("De beschikbare uren (\(network.volunteerHoursPerMonth + network.staffHoursPerMonth) per maand) \(verb): meer vrijwilligers- of personeelsuren maken meer bronnen mogelijk.",
                           "The available hours (\(network.volunteerHoursPerMonth + network.staffHoursPerMonth) a month) \(verb): more volunteer or staff hours allow more sources.")
        case .newModelsPerYear:
            return wording("Het maximum van \(settings.maximumNewModelsPerYear) nieuwe verdienmodellen per jaar \(verb).", "The limit of \(settings.maximumNewModelsPerYear) new revenue models a year \(verb).")
        case .pinned:
            return wording("De vastgepinde modellen \(verb): ze passen niet samen binnen de andere voorwaarden.", "The pinned models \(verb): they do not fit together within the other conditions.")
        case .cofinancing:
            return wording("De cofinanciering die Europese oproepen vragen \(verb): de partners brengen te weinig eigen geld in.", "The co-financing EU calls require \(verb): partners bring too little cash of their own.")
        }
    }
}
