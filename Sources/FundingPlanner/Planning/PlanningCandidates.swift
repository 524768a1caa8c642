/// A revenue model the optimiser may choose, with everything the programme needs about it.
struct PlanningCandidate {
    var model: RevenueModel
    /// Alignment 0–100 from the matching.
    var alignment: Int
    /// Years (0-based) in which it may start (maturity, partner types…).
    var allowedStarts: [Int]
    /// Assets the network lacks and must acquire before starting it.
    var assetsToAcquire: [AssetType]
    /// Own funds needed: the model's income may be at most this multiple of partners' cash.
    var cofinancingLimit: Double?
    var isPinned: Bool
    /// The share of the expected yearly income that arrives in year `year` when started in
    /// `start` (lead time, recurrence, duration limit).
    func incomeFactor(start: Int, year: Int) -> Double {
        guard year >= start else { return 0 }
        let lead = model.timing.leadTimeMonths
        let firstIncomeYear = start + lead / 12
        guard year >= firstIncomeYear else { return 0 }
        if let limit = model.timing.maximumYears, year >= firstIncomeYear + limit { return 0 }
        switch model.timing.recurrence {
        case .oneOff:
            return year == firstIncomeYear ? 1 : 0
        case .yearly:
            return 1
        case .continuous:
            let months = min(12, 12 * (year - start + 1) - lead)
            return Double(max(0, months)) / 12
        }
    }

    /// Whether the model still needs running effort in `year` when started in `start`.
    func isRunning(start: Int, year: Int) -> Bool {
        guard year >= start else { return false }
        let firstIncomeYear = start + model.timing.leadTimeMonths / 12
        switch model.timing.recurrence {
        case .oneOff: return year <= firstIncomeYear
        case .yearly, .continuous:
            if let limit = model.timing.maximumYears { return year < firstIncomeYear + limit }
            return true
        }
    }
}

/// Why a model cannot be in the plan at all.
struct BlockedModel {
    var modelID: String
    var reason: String
}

/// Chooses the candidates and the blocked models for a plan.
enum PlanningCandidates {
    static func build(
        network: NetworkProfile, catalogue: Catalogue, matches: [String: Int], stage: MaturityStage, years: Int,
        pinned: Set<String>, excluded: Set<String>, language: Language
    ) -> (candidates: [PlanningCandidate], blocked: [BlockedModel], inKind: [RevenueModel]) {
        let wording = Wording(language: language)
        var candidates: [PlanningCandidate] = []
        var blocked: [BlockedModel] = []
        var inKind: [RevenueModel] = []
        let age = max(0, network.founded.months(until: CalendarDate(year: network.budget.startYear, month: 1, day: 1)))
        // Plan elements (a bridging loan) are not income, so they never become a source, even when pinned.
        let incomeModels = catalogue.models.filter(\.countsAsIncome)
        for model in incomeModels.sorted(by: { $0.id < $1.id }) where !excluded.contains(model.id) {
            if model.category == .inKind || model.taxonomy.revenueMechanism == .contributionInKind {
                inKind.append(model)
                continue
            }
            var allowed = Array(0..<years)
            var reasons: [String] = []
            var assets: [AssetType] = []
            var cofinancing: Double?
            for prerequisite in model.prerequisites {
                switch prerequisite {
                case .asset(let asset) where !network.has(asset):
                    assets.append(asset)
                // A missing legal form is an action, not a block: a partner can act as legal host
                // (penhouder) or the network sets one up; the milestones list it.
                case .partnerType(let type) where !network.partners.contains(where: { $0.type == type }):
                    reasons.append(
                        wording(
                            "geen partner van het type \(type.label(language))",
                            "no partner of type \(type.label(language))"))
                case .minimumMaturity(let minimum):
                    allowed = allowed.filter {
                        Feasibility.rank(projectedStage(stage, ageAtStart: age, year: $0, network: network))
                            >= Feasibility.rank(minimum)
                    }
                    if allowed.isEmpty {
                        reasons.append(
                            wording(
                                "het netwerk is binnen de planperiode niet \(minimum.label(language))",
                                "the network is not \(minimum.label(language)) within the plan period"))
                    }
                case .cofinancing(let share) where share.value > 0 && share.value < 10_000:
                    cofinancing = Double(10_000 - share.value) / Double(share.value)
                default:
                    break
                }
            }
            allowed = allowed.filter { start in
                (start..<years).contains { year in
                    PlanningCandidate(
                        model: model, alignment: 0, allowedStarts: [], assetsToAcquire: [], cofinancingLimit: nil,
                        isPinned: false
                    ).incomeFactor(start: start, year: year) > 0
                }
            }
            if allowed.isEmpty && reasons.isEmpty {
                reasons.append(
                    wording(
                        "de eerste inkomsten vallen na de planperiode", "its first income falls after the plan period"))
            }
            // Eligibility: never a model the network may not use (PlanningEligibility).
            if reasons.isEmpty {
                switch PlanningEligibility.allowedStarts(
                    model, starts: allowed, network: network, catalogue: catalogue, stage: stage,
                    isPinned: pinned.contains(model.id), language: language)
                {
                case .success(let starts): allowed = starts
                case .failure(let reason): reasons.append(reason.text)
                }
            }
            if !reasons.isEmpty {
                blocked.append(BlockedModel(modelID: model.id, reason: reasons.joined(separator: "; ")))
                continue
            }
            // The likely yield the match uses: venue hire scaled to the network's rooms (AssetMeans).
            var model = model
            model.yield.likely = AssetMeans.yield(of: model, network: network).likely
            candidates.append(
                PlanningCandidate(
                    model: model, alignment: matches[model.id] ?? 0, allowedStarts: allowed, assetsToAcquire: assets,
                    cofinancingLimit: cofinancing, isPinned: pinned.contains(model.id)
                ))
        }
        // Never two models that exclude each other (PlanningEligibility).
        let exclusive = PlanningEligibility.withoutExclusions(candidates, catalogue: catalogue, language: language)
        return (exclusive.kept, (blocked + exclusive.blocked).sorted { $0.modelID < $1.modelID }, inKind)
    }

    /// The stage in a plan year: forming becomes growing at 24 months; growing becomes mature at
    /// 36 months when a manifesto exists (a projection, stated in the README).
    static func projectedStage(_ stage: MaturityStage, ageAtStart: Int, year: Int, network: NetworkProfile)
        -> MaturityStage
    {
        let age = ageAtStart + 12 * year
        var projected = stage
        if projected == .forming && age >= 24 { projected = .growing }
        if projected == .growing && age >= 36 && network.hasManifesto && year > 0 { projected = .mature }
        return projected
    }
}
