internal import FundingPlannerSolver

/// The mixed-integer programme behind a plan, in thousands of euros (money is scaled inside
/// the model: CBC misjudged optima with coefficients in euros).
///
/// Variables, for model m, start year s, plan year t and partner p:
/// - `start_m_s` ∈ {0,1}: m is started in year s (at most once);
/// - `income_m_t` ≥ 0: planned (expected) income from m in year t (k€), at most the expected
///   yearly income × the share of year t after the lead time, within its duration (one-off: once);
/// - `ask_m_p_t` ≥ 0: for new partner money, what m asks partner p in year t; the income is
///   the chance × the asks, and each partner's asks stay within its ceiling;
/// - `acquire_a_t` ∈ {0,1}: asset a is acquired in year t (one-off cost);
/// - `total_t`: all cash income in year t; `largest_t`: the largest source's income;
/// - `shortfall_t`, `reserve_short`, `quick_miss`, `goal_public`, `goal_own` ≥ 0: what is missed.
///
/// Enough, with a margin: per year, expected net income + partners' cash + shortfall ≥ costs +
/// acquisitions; and income counted with a risk buffer (each uncertain source's expected income
/// less `riskBuffer` standard deviations of its simulated income, never more than planned) +
/// partners' cash counted the same way + margin short ≥ costs + acquisitions; over
/// the plan, the same counted balances + reserves + `reserve_short` ≥ the reserve target; and
/// no year's net source income above max(0, costs − partners' cash) + acquisitions + reserve
/// target + the largest source (one lumpy source). Caps per source and on public money, hours
/// (charged and purpose hours), new models per year, pinned models, co-financing as before.
///
/// Objective (maximise, k€): − penalty × shortfall − margin penalty × margin short − reserve
/// short − charged effort (hours that are not the activity itself × the value of an hour) −
/// acquisitions − per euro planned (2 cents + 10 cents × (1 − alignment) + 10 cents × (1 −
/// chance)) − 5 cents per euro of the largest source − 2 cents × vote share per euro asked of a
/// partner − 2 k€ for a missed quick win − 1 per k€ off a dependence goal. Nothing rewards
/// raising more than needed.
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
    /// Declared partner cash per year that is not committed (counted with its chance).
    var uncommittedCash: [Money] = []
    /// Partners' own (not public) declared cash per year, for the own-income goal.
    var ownPartnerCash: [Money] = []
    /// The reserve to reach by the last year, and the reserves the network has now.
    var reserveTarget: Money = .zero
    var reserves: Money = .zero
    /// Standard deviations of simulated income held back per uncertain source.
    var riskBuffer = 0.0
    /// Whether the plan should start a quick win in its first year (forming or growing networks).
    var wantsQuickWin = false
    /// Dependence goals for the last year: public share at most, own-income share at least.
    var publicShareGoal: BasisPoints? = nil
    var ownShareGoal: BasisPoints? = nil
    /// Objective cost per thousand euros of the year's largest source (prefers spread sources).
    var lumpyPenalty = 0.05
    /// Objective cost per thousand euros of costs not covered with the margin (income counted
    /// with the risk buffer), on top of `shortfallPenalty` for costs not covered in expectation.
    var marginPenalty = 1.0
    /// For a plan made for a call: the co-financing the call asks in every year its grant runs.
    var callCofinancing: CallCofinancing? = nil

    var model = MILPModel(name: "fundingplan", maximize: true)
    private(set) var startVariables: [[Int?]] = []
    private(set) var incomeVariables: [[Int]] = []
    /// For partner money: per candidate, per asked partner, per year.
    private(set) var askVariables: [[[Int]]] = []
    private(set) var acquireVariables: [AssetType: [Int]] = [:]
    private(set) var shortfallVariables: [Int] = []
    private(set) var largestVariables: [Int] = []
    private(set) var reserveShortVariable: Int?
    private(set) var quickMissVariable: Int?
    private(set) var goalVariables: (publicExcess: Int?, ownShort: Int?) = (nil, nil)
    /// Constraint indices by group, for explaining what blocks a plan.
    private(set) var groups: [ConstraintGroup: [Int]] = [:]

    enum ConstraintGroup: String, CaseIterable {
        case oneSourceShare = "one-source-share"
        case publicShare = "public-share"
        case effortCapacity = "effort-capacity"
        case newModelsPerYear = "new-models-per-year"
        case pinned
        case cofinancing
        case enough
        case callCofinancing = "call-cofinancing"
    }

    static func kilo(_ money: Money) -> Double { Double(money.cents) / scale }

    /// The share of a year's planned income the cover and reserve rows count on: the mean of
    /// the simulated income less `riskBuffer` standard deviations, between 0 and 1.
    func counted(_ candidate: PlanningCandidate) -> Double {
        let yield = candidate.relativeYield
        let p = max(1e-6, Double(candidate.probability.value) / 10_000)
        let (a, b, c) = (yield.minimum, yield.likely, yield.maximum)
        let mean = (a + b + c) / 3
        let square = (a * a + b * b + c * c + a * b + a * c + b * c) / 6
        let deviation = max(0, square / p - mean * mean).squareRoot()
        return min(1, max(0, mean - riskBuffer * deviation))
    }

    /// The share of uncommitted partner cash counted: its chance less `riskBuffer` deviations.
    var countedUncommitted: Double {
        let q = Double(PartnerMoney.uncommittedProbability.value) / 10_000
        return min(1, max(0, q - riskBuffer * (q * (1 - q)).squareRoot()))
    }

    /// What the cover rows count of year `year`'s partner cash.
    func countedCash(_ year: Int) -> Double {
        let uncommitted = uncommittedCash.isEmpty ? 0 : Self.kilo(uncommittedCash[year])
        return Self.kilo(partnerCash[year]) - uncommitted + countedUncommitted * uncommitted
    }

    /// Objective cost of one planned thousand euros from a candidate (k€).
    static func preferenceCost(_ candidate: PlanningCandidate) -> Double {
        0.02 + 0.10 * (1 - Double(candidate.alignment) / 100) + 0.10
            * (1 - Double(candidate.probability.value) / 10_000)
    }

    mutating func build() {
        let value = Self.kilo(hourlyRate)
        for candidate in candidates {
            let id = Self.name(candidate.model.id)
            var starts: [Int?] = []
            for year in 0..<years {
                guard candidate.allowedStarts.contains(year) else {
                    starts.append(nil)
                    continue
                }
                var effortCost = Double(candidate.model.effort.startupHours) * value
                for running in year..<years where candidate.isRunning(start: year, year: running) {
                    effortCost += Double(12 * candidate.chargedHoursPerMonth) * value
                }
                starts.append(model.addBinary("start_\(id)_\(year)", objective: -effortCost))
            }
            startVariables.append(starts)
            var incomes: [Int] = []
            let expected = Self.kilo(candidate.expectedYearly)
            for year in 0..<years {
                let variable = model.addVariable("income_\(id)_\(year)", objective: -Self.preferenceCost(candidate))
                incomes.append(variable)
                var terms: [(Int, Double)] = [(variable, 1)]
                for (start, startVariable) in starts.enumerated() {
                    guard let startVariable else { continue }
                    let factor = candidate.incomeFactor(start: start, year: year)
                    if factor > 0 { terms.append((startVariable, -factor * expected)) }
                }
                model.addConstraint("cap_\(id)_\(year)", terms, upper: 0)
            }
            incomeVariables.append(incomes)
            model.addConstraint("once_\(id)", starts.compactMap { $0.map { ($0, 1.0) } }, upper: 1)
            askVariables.append(buildAsks(candidate, incomes: incomes))
        }
        buildCeilings()
        buildAcquisitions()
        buildYears()
        buildCallCofinancing()
        buildReserveAndGoals()
    }

    /// Income of partner money = chance × what it asks the partners.
    private mutating func buildAsks(_ candidate: PlanningCandidate, incomes: [Int]) -> [[Int]] {
        guard candidate.isPartnerMoney else { return [] }
        let chance = Double(candidate.probability.value) / 10_000
        let asks = candidate.askPartners.map { partner in
            (0..<years).map { year in
                model.addVariable(
                    "ask_\(Self.name(candidate.model.id))_\(Self.name(partner.partnerID))_\(year)",
                    objective: -0.02 * partner.voteShare)
            }
        }
        for year in 0..<years {
            model.addConstraint(
                "asked_\(Self.name(candidate.model.id))_\(year)",
                [(incomes[year], 1)] + asks.map { ($0[year], -chance) }, lower: 0, upper: 0)
        }
        return asks
    }

    /// Each partner's asks over all partner-money models stay within its ceiling.
    private mutating func buildCeilings() {
        var byPartner: [String: (ceiling: Money, variables: [[Int]])] = [:]
        for (index, candidate) in candidates.enumerated() where candidate.isPartnerMoney {
            for (position, partner) in candidate.askPartners.enumerated() {
                byPartner[partner.partnerID, default: (partner.ceiling, [])].variables.append(
                    askVariables[index][position])
            }
        }
        for (partner, entry) in byPartner.sorted(by: { $0.key < $1.key }) {
            for year in 0..<years {
                model.addConstraint(
                    "ceiling_\(Self.name(partner))_\(year)", entry.variables.map { ($0[year], 1.0) },
                    upper: Self.kilo(entry.ceiling))
            }
        }
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

    /// The acquisitions of `year` as terms with their cost (k€) times `sign`.
    func acquisitionTerms(_ year: Int, sign: Double) -> [(Int, Double)] {
        acquireVariables.sorted(by: { $0.key.rawValue < $1.key.rawValue }).map {
            ($0.value[year], sign * Self.kilo(AssetAcquisition.cost($0.key)))
        }
    }

    mutating func add(
        _ group: ConstraintGroup, _ name: String, _ terms: [(Int, Double)], lower: Double = -.infinity,
        upper: Double = .infinity
    ) {
        groups[group, default: []].append(model.constraints.count)
        model.addConstraint(name, terms, lower: lower, upper: upper)
    }

    mutating func addVariable(_ name: String, upper: Double = .infinity, objective: Double) -> Int {
        model.addVariable(name, upper: upper, objective: objective)
    }

    mutating func addConstraint(_ name: String, _ terms: [(Int, Double)], lower: Double = -.infinity) {
        model.addConstraint(name, terms, lower: lower)
    }

    mutating func record(shortfall: Int, largest: Int) {
        shortfallVariables.append(shortfall)
        largestVariables.append(largest)
    }

    mutating func record(reserveShort: Int?, quickMiss: Int?, publicExcess: Int?, ownShort: Int?) {
        reserveShortVariable = reserveShort
        quickMissVariable = quickMiss
        goalVariables = (publicExcess, ownShort)
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
