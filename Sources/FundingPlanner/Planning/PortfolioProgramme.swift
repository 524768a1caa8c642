internal import FundingPlannerSolver

/// The mixed-integer programme behind a plan, in thousands of euros (money is scaled inside
/// the model: CBC misjudged optima with coefficients in euros).
///
/// Variables, for model m, start year s and plan year t:
/// - `start_m_s` ∈ {0,1}: m is started in year s (at most once);
/// - `income_m_t` ≥ 0: expected income from m in year t (k€), at most the expected yearly
///   income × the share of year t after the lead time, within its duration (one-off: once);
/// - `acquire_a_t` ∈ {0,1}: asset a is acquired in year t (one-off cost), needed before a
///   model that requires it starts;
/// - `total_t`: all cash income in year t (partners' cash + models);
/// - `shortfall_t` ≥ 0: costs not covered.
///
/// Constraints per year: net income (income × (1 − direct-cost ratio)) + partners' cash +
/// shortfall ≥ costs + acquisitions; each model's income ≤ the one-source share × total; public
/// income (public models + local governments' cash) ≤ the public share × total; start-up hours
/// in the start year + running hours ≤ volunteer and staff hours; at most N starts; pinned
/// models started; co-financing: income ≤ partners' cash × (1 − share) / share.
///
/// Objective (maximise): Σ alignment weight × net income − effort cost − acquisition costs −
/// penalty × shortfall, where alignment weight = (50 + alignment) / 100, 0.5 to 1.5.
struct PortfolioProgramme {
    static let scale = 100_000.0  // cents per thousand euros

    let candidates: [PlanningCandidate]
    let years: Int
    let costs: [Money]
    let partnerCash: [Money]
    let publicPartnerCash: [Money]
    let capacityHoursPerYear: Int
    let hourlyRate: Money
    let maximumShare: BasisPoints
    let maximumPublicShare: BasisPoints
    let maximumNewPerYear: Int
    let shortfallPenalty: Double

    private(set) var model = MILPModel(name: "fundingplan", maximize: true)
    private(set) var startVariables: [[Int?]] = []
    private(set) var incomeVariables: [[Int]] = []
    private(set) var acquireVariables: [AssetType: [Int]] = [:]
    private(set) var shortfallVariables: [Int] = []
    /// Constraint indices by group, for explaining what blocks a plan.
    private(set) var groups: [ConstraintGroup: [Int]] = [:]

    enum ConstraintGroup: String, CaseIterable {
        case oneSourceShare = "one-source-share"
        case publicShare = "public-share"
        case effortCapacity = "effort-capacity"
        case newModelsPerYear = "new-models-per-year"
        case pinned
        case cofinancing
    }

    static func kilo(_ money: Money) -> Double { Double(money.cents) / scale }

    mutating func build() {
        let expected = candidates.map { NetContribution(model: $0.model, hourlyRate: hourlyRate) }
        for (index, candidate) in candidates.enumerated() {
            let weight = Double(50 + candidate.alignment) / 100
            let keep = 1 - Double(candidate.model.cost.directCostRatio.value) / 10_000
            var starts: [Int?] = []
            for year in 0..<years {
                guard candidate.allowedStarts.contains(year) else {
                    starts.append(nil)
                    continue
                }
                var effortCost = Double(candidate.model.effort.startupHours) * Self.kilo(hourlyRate)
                for running in year..<years where candidate.isRunning(start: year, year: running) {
                    effortCost += Double(12 * candidate.model.effort.hoursPerMonth) * Self.kilo(hourlyRate)
                }
                starts.append(model.addBinary("start_\(Self.name(candidate.model.id))_\(year)", objective: -effortCost))
            }
            startVariables.append(starts)
            var incomes: [Int] = []
            for year in 0..<years {
                let variable = model.addVariable(
                    "income_\(Self.name(candidate.model.id))_\(year)", objective: weight * keep)
                incomes.append(variable)
                var terms: [(Int, Double)] = [(variable, 1)]
                for (start, startVariable) in starts.enumerated() {
                    guard let startVariable else { continue }
                    let factor = candidate.incomeFactor(start: start, year: year)
                    if factor > 0 { terms.append((startVariable, -factor * Self.kilo(expected[index].expected))) }
                }
                model.addConstraint("cap_\(Self.name(candidate.model.id))_\(year)", terms, upper: 0)
            }
            incomeVariables.append(incomes)
            model.addConstraint(
                "once_\(Self.name(candidate.model.id))", starts.compactMap { $0.map { ($0, 1.0) } }, upper: 1)
        }
        buildAcquisitions()
        buildYears()
    }

    private mutating func buildAcquisitions() {
        let needed = Set(candidates.flatMap(\.assetsToAcquire)).sorted { $0.rawValue < $1.rawValue }
        for asset in needed {
            let cost = Self.kilo(AssetAcquisition.cost(asset))
            let variables = (0..<years).map {
                model.addBinary("acquire_\(Self.name(asset.rawValue))_\($0)", objective: -cost)
            }
            acquireVariables[asset] = variables
            model.addConstraint("acquire_once_\(Self.name(asset.rawValue))", variables.map { ($0, 1.0) }, upper: 1)
            for (index, candidate) in candidates.enumerated() where candidate.assetsToAcquire.contains(asset) {
                for (start, startVariable) in startVariables[index].enumerated() {
                    guard let startVariable else { continue }
                    model.addConstraint(
                        "needs_\(Self.name(asset.rawValue))_\(Self.name(candidate.model.id))_\(start)",
                        [(startVariable, 1)] + (0...start).map { (variables[$0], -1.0) }, upper: 0)
                }
            }
        }
    }

    private mutating func buildYears() {
        let publicIndices = candidates.indices.filter { candidates[$0].model.taxonomy.resourceType == .public }
        for year in 0..<years {
            let shortfall = model.addVariable("shortfall_\(year)", objective: -shortfallPenalty)
            shortfallVariables.append(shortfall)
            let total = model.addVariable("total_\(year)")
            let cash = Self.kilo(partnerCash[year])
            model.addConstraint(
                "total_\(year)", [(total, 1)] + candidates.indices.map { (incomeVariables[$0][year], -1.0) },
                lower: cash, upper: cash)
            var cover: [(Int, Double)] = [(shortfall, 1)]
            for index in candidates.indices {
                cover.append(
                    (
                        incomeVariables[index][year],
                        1 - Double(candidates[index].model.cost.directCostRatio.value) / 10_000
                    ))
            }
            for (asset, variables) in acquireVariables.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                cover.append((variables[year], -Self.kilo(AssetAcquisition.cost(asset))))
            }
            model.addConstraint("cover_\(year)", cover, lower: Self.kilo(costs[year]) - cash)
            let share = Double(maximumShare.value) / 10_000
            for index in candidates.indices {
                add(
                    .oneSourceShare, "share_\(Self.name(candidates[index].model.id))_\(year)",
                    [(incomeVariables[index][year], 1), (total, -share)], upper: 0)
            }
            let publicShare = Double(maximumPublicShare.value) / 10_000
            add(
                .publicShare, "public_\(year)",
                publicIndices.map { (incomeVariables[$0][year], 1.0) } + [(total, -publicShare)],
                upper: -Self.kilo(publicPartnerCash[year]))
            var effort: [(Int, Double)] = []
            var starts: [(Int, Double)] = []
            for (index, candidate) in candidates.enumerated() {
                for (start, variable) in startVariables[index].enumerated() {
                    guard let variable else { continue }
                    var hours = start == year ? Double(candidate.model.effort.startupHours) : 0
                    if candidate.isRunning(start: start, year: year) {
                        hours += Double(12 * candidate.model.effort.hoursPerMonth)
                    }
                    if hours > 0 { effort.append((variable, hours)) }
                    if start == year { starts.append((variable, 1)) }
                }
            }
            add(.effortCapacity, "effort_\(year)", effort, upper: Double(capacityHoursPerYear))
            add(.newModelsPerYear, "new_\(year)", starts, upper: Double(maximumNewPerYear))
            for (index, candidate) in candidates.enumerated() {
                if let limit = candidate.cofinancingLimit {
                    add(
                        .cofinancing, "cofinancing_\(Self.name(candidate.model.id))_\(year)",
                        [(incomeVariables[index][year], 1)], upper: cash * limit)
                }
            }
        }
        for (index, candidate) in candidates.enumerated() where candidate.isPinned {
            add(
                .pinned, "pinned_\(Self.name(candidate.model.id))",
                startVariables[index].compactMap { $0.map { ($0, 1.0) } }, lower: 1)
        }
    }

    private mutating func add(
        _ group: ConstraintGroup, _ name: String, _ terms: [(Int, Double)], lower: Double = -.infinity,
        upper: Double = .infinity
    ) {
        groups[group, default: []].append(model.constraints.count)
        model.addConstraint(name, terms, lower: lower, upper: upper)
    }

    /// Variable and row names for LP/MPS files: ASCII letters, digits and underscores.
    static func name(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    /// The model with one group of constraints switched off (to find what blocks a plan).
    func relaxing(_ group: ConstraintGroup) -> MILPModel {
        var relaxed = model
        for index in groups[group] ?? [] {
            relaxed.setConstraintBounds(index, lower: -.infinity, upper: .infinity)
        }
        return relaxed
    }
}
