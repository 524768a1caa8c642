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
    /// The chance of success in the network's phase (lower while forming), when the catalogue
    /// gives one for it; `nil` takes the model's own.
    var phaseProbability: BasisPoints? = nil
    /// Running hours a month that are the activity itself and serve this network's purpose: they
    /// count against capacity but are not charged.
    var purposeHoursPerMonth = 0
    /// For new partner money: the partners that may be asked, with their ceilings.
    var askPartners: [AskablePartner] = []
    /// The most it may bring per plan year (a call's share of the eligible costs), if limited.
    var yearCaps: [Money]? = nil
    /// Whether this is the grant of the call the plan is made for: it must bring money each
    /// year it runs.
    var appliesForCall = false
    /// For the call's grant: the first this many years with income must bring money (the call's
    /// minimum duration, in whole years).
    var minimumIncomeYears = 0
    /// The most the plan may expect from it a year, when a scenario caps it (`<cap perYear>`).
    var scenarioCap: Money? = nil

    /// The chance of success the plan counts with.
    var probability: BasisPoints { phaseProbability ?? model.success.probability }

    /// Whether this is new money from the partners, asked per partner.
    var isPartnerMoney: Bool { PartnerMoney.isPartnerMoney(model) }

    /// Expected income in a full year of running: likely yield × chance, or for partner money the
    /// sum of the partners' ceilings × chance.
    var expectedYearly: Money {
        let base = isPartnerMoney ? askPartners.reduce(Money.zero) { $0 + $1.ceiling } : model.yield.likely
        return Money(cents: (base.cents * Int64(probability.value) + 5_000) / 10_000)
    }

    /// Running hours a month that are charged as a cost (coordination and acquisition).
    var chargedHoursPerMonth: Int { max(0, model.effort.hoursPerMonth - purposeHoursPerMonth) }

    /// Own income: market sources and the members' or partners' money (membership models).
    var countsAsOwnIncome: Bool { model.taxonomy.resourceType == .market || model.category == .membership }

    /// The simulated yield relative to the planned amount: the catalogue's min / likely / max ÷
    /// likely; for asks of partners: from half the ask up to the ask, never more.
    var relativeYield: Triangular {
        if isPartnerMoney { return Triangular(minimum: 0.5, likely: 1, maximum: 1) }
        let likely = max(1, Double(model.yield.likely.cents))
        return Triangular(
            minimum: Double(model.yield.minimum.cents) / likely, likely: 1,
            maximum: Double(model.yield.maximum.cents) / likely)
    }

    /// A quick win: short lead time (≤ 3 months) and low effort (≤ 10 hours a month).
    var isQuickWin: Bool { model.timing.leadTimeMonths <= 3 && model.effort.hoursPerMonth <= 10 }

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
        pinned: Set<String>, excluded: Set<String>, language: Language, practised: Set<String> = []
    ) -> (candidates: [PlanningCandidate], blocked: [BlockedModel], inKind: [RevenueModel]) {
        let askable = PartnerMoney.askable(network)
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
            if PartnerMoney.isPartnerMoney(model) && askable.isEmpty {
                reasons.append(
                    wording(
                        "geen partner kan om nieuw geld gevraagd worden (elk plafond is 0)",
                        "no partner can be asked for new money (every ceiling is 0)"))
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
                    cofinancingLimit: cofinancing, isPinned: pinned.contains(model.id),
                    phaseProbability: model.success.phaseProbabilities.first { $0.stage == stage }?.probability,
                    purposeHoursPerMonth: practised.contains(model.id)
                        ? min(model.effort.hoursPerMonth, model.effort.purposeHoursPerMonth) : 0,
                    askPartners: PartnerMoney.isPartnerMoney(model) ? askable : []
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
