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
    /// The reserve to reach by the last year: `reserveMonths` months of the last year's costs.
    let reserveTarget: Money
    /// The partners the plan may ask for new money, with their ceilings.
    let askable: [AskablePartner]
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
        guard (1...6).contains(count) else { throw .invalidYears(count) }
        years = (0..<count).map { network.budget.startYear + $0 }
        let call = settings.call.map(CallPlanning.init(call:))
        let chosen = ScenarioOverrides.combine(
            profilePinned: network.preferences.pinnedModels, profileExcluded: network.preferences.excludedModels,
            scenario: settings.scenario, settings: settings)
        let pinned = chosen.pinned.union([call?.call.grantModel].compactMap { $0 })
        // A call's grant is never combined with the calls it excludes.
        let excluded = chosen.excluded.union(call?.call.excludedModels ?? [])
        let unknown = pinned.union(excluded).union(settings.scenario?.modelIDs ?? []).sorted().filter {
            inputs.catalogue.model(id: $0) == nil
        }
        guard unknown.isEmpty else { throw .unknownModels(unknown) }
        let contradictory = pinned.intersection(excluded).sorted()
        guard contradictory.isEmpty else { throw .pinnedAndExcluded(contradictory) }
        match = Matcher.match(network, catalogue: inputs.catalogue, language: settings.language)
        if let call {
            let reasons = call.obstacles(
                network: network, stage: match.readiness.maturity.stage, firstYear: network.budget.startYear,
                wording: wording)
            guard reasons.isEmpty else { throw .callNotApplicable(call: call.call.id, reasons: reasons) }
        }
        let alignment = Dictionary(uniqueKeysWithValues: match.matches.map { ($0.modelID, $0.alignment) })
        let built = PlanningCandidates.build(
            network: network, catalogue: inputs.catalogue, matches: alignment, stage: match.readiness.maturity.stage,
            years: count, pinned: pinned, excluded: excluded, language: settings.language,
            practised: Set(match.matches.filter(\.practisesActivity).map(\.modelID))
        )
        let scenarioAsks = Set(settings.scenario?.asks.map(\.partner) ?? [])
        askable = PartnerMoney.askable(network).map { partner in
            var partner = partner
            partner.ceilingFromScenario = scenarioAsks.contains(partner.partnerID)
            return partner
        }
        let blockedPins = built.blocked.filter { pinned.contains($0.modelID) }
        guard blockedPins.isEmpty else {
            throw .pinnedButBlocked(blockedPins.map { BlockedSource(modelID: $0.modelID, reason: $0.reason) })
        }
        var candidates = built.candidates
        if let call, let index = candidates.firstIndex(where: { $0.model.id == call.call.grantModel }) {
            guard
                let shaped = call.shape(
                    candidates[index], firstYear: network.budget.startYear, years: count,
                    eligibleCosts: call.eligibleCosts(network, years: years))
            else {
                throw .callNotApplicable(
                    call: call.call.id,
                    reasons: [
                        wording(
                            "geen startjaar laat toe in te dienen vóór de deadline (\(call.call.deadline)), daarna geld te ontvangen en de minimale looptijd binnen het plan te halen",
                            "no start year lets the network apply by the deadline (\(call.call.deadline)), receive money after it and run the minimum duration within the plan"
                        )
                    ])
            }
            candidates[index] = shaped
        }
        for cap in settings.scenario?.caps ?? [] {
            guard let index = candidates.firstIndex(where: { $0.model.id == cap.model }) else { continue }
            candidates[index].scenarioCap = cap.perYear
        }
        self.candidates = candidates
        blocked = built.blocked
        inKindModels = built.inKind
        pinnedInKind = Set(built.inKind.map(\.id)).intersection(pinned)
        var notes: [String] = []
        var costs = years.map { network.budget.totalCost(year: $0) }
        if count > network.budget.horizonYears, let last = costs[..<network.budget.horizonYears].last {
            for index in network.budget.horizonYears..<count { costs[index] = last }
            notes.append(
                wording(
                    "De kosten na \(network.budget.years.upperBound) zijn die van \(network.budget.years.upperBound) herhaald: vul het budget aan.",
                    "Costs after \(network.budget.years.upperBound) repeat those of \(network.budget.years.upperBound): extend the budget."
                ))
        }
        self.costs = costs
        self.notes = notes
        let plannedYears = (0..<count).map { network.budget.startYear + $0 }
        let partnerCash = network.partners.sorted { $0.id < $1.id }.compactMap { partner -> PartnerCash? in
            let cash = partner.contributions.filter { $0.kind == .cash }
            let amounts = plannedYears.map { year in
                cash.filter { $0.year == year }.reduce(Money.zero) { $0 + $1.amount }
            }
            guard amounts.contains(where: { $0 > .zero }) else { return nil }
            let uncommitted = plannedYears.map { year in
                cash.filter { $0.year == year && !$0.isCommitted }.reduce(Money.zero) { $0 + $1.amount }
            }
            return PartnerCash(
                partnerID: partner.id, name: partner.name, isPublic: partner.type == .localGovernment, amounts: amounts,
                uncommitted: uncommitted.contains { $0 > .zero } ? uncommitted : [])
        }
        self.partnerCash = partnerCash
        reserveTarget = Money(cents: ((costs.last ?? .zero).cents * Int64(settings.reserveMonths) + 6) / 12)
    }

    /// The programme with `riskBuffer` standard deviations held back per uncertain source.
    func programme(riskBuffer: Double) -> PortfolioProgramme {
        let network = inputs.network
        let indices = years.indices
        func sum(_ partners: [PartnerCash], _ amounts: (PartnerCash) -> [Money]) -> [Money] {
            indices.map { index in
                partners.reduce(Money.zero) { total, partner in
                    let values = amounts(partner)
                    return total + (values.isEmpty ? .zero : values[index])
                }
            }
        }
        var programme = PortfolioProgramme(
            candidates: candidates, years: years.count, costs: costs,
            partnerCash: sum(partnerCash, \.amounts), publicPartnerCash: sum(partnerCash.filter(\.isPublic), \.amounts),
            capacityHoursPerYear: 12 * (network.volunteerHoursPerMonth + network.staffHoursPerMonth),
            hourlyRate: network.effortHourValue,
            maximumShare: network.preferences.maximumShareOfOneSource,
            maximumPublicShare: network.preferences.maximumPublicShare,
            maximumNewPerYear: settings.maximumNewModelsPerYear, shortfallPenalty: settings.shortfallPenalty
        )
        programme.uncommittedCash = sum(partnerCash, \.uncommitted)
        programme.ownPartnerCash = sum(partnerCash.filter { !$0.isPublic }, \.amounts)
        programme.reserveTarget = reserveTarget
        programme.reserves = network.budget.reserves
        programme.riskBuffer = riskBuffer
        programme.wantsQuickWin = [.forming, .growing].contains(match.readiness.maturity.stage)
        programme.publicShareGoal = network.preferences.publicShareGoal
        programme.ownShareGoal = network.preferences.ownIncomeGoal
        if let call = settings.call.map(CallPlanning.init(call:)) {
            programme.callCofinancing = call.cofinancing(network, years: years)
        }
        return programme
    }

    /// Names the constraint groups whose removal makes the programme feasible.
    func explainInfeasibility(_ programme: PortfolioProgramme) -> PlanningError {
        var blocking: [PlanConstraint] = []
        for group in PortfolioProgramme.ConstraintGroup.allCases where programme.groups[group] != nil {
            let relaxed = CBCSolver.solve(programme.relaxing(group), seconds: 20)
            if relaxed.status == .optimal { blocking.append(constraint(group)) }
        }
        return .noFeasiblePlan(blocking)
    }

    /// The condition a constraint group stands for, with this network's value.
    func constraint(_ group: PortfolioProgramme.ConstraintGroup) -> PlanConstraint {
        let network = inputs.network
        switch group {
        case .oneSourceShare: return .maximumShareOfOneSource(network.preferences.maximumShareOfOneSource)
        case .publicShare: return .maximumPublicShare(network.preferences.maximumPublicShare)
        case .effortCapacity: return .effortHoursPerMonth(network.volunteerHoursPerMonth + network.staffHoursPerMonth)
        case .newModelsPerYear: return .newModelsPerYear(settings.maximumNewModelsPerYear)
        case .pinned: return .pinnedModels
        case .cofinancing: return .cofinancing
        case .enough: return .enoughButNoMore(reserveTarget)
        case .callCofinancing:
            let call = settings.call.map(CallPlanning.init(call:))
            let rows = call?.cofinancing(network, years: years)
            let short = years.indices.compactMap { index -> CofinancingYear? in
                guard let rows, rows.required[index] > rows.declared[index] else { return nil }
                return CofinancingYear(
                    year: years[index], required: rows.required[index], declared: rows.declared[index])
            }
            return .callCofinancing(
                call: call?.call.id ?? "", minimumShare: call?.call.minimumCofinancing ?? BasisPoints(0),
                kinds: call?.acceptedKinds ?? [], short: short)
        }
    }
}
