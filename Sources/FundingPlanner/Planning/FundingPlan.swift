/// A multi-year funding plan: which sources, from when, for how much, and how sure.
///
/// Every amount is in cents; every total is computed from its parts after rounding, so it equals
/// their sum exactly. In-kind means are kept apart and never added to cash totals.
///
/// ``Planner/plan(_:settings:)`` makes a plan; ``PlanXMLWriter`` writes it as `plan.xml` and
/// ``PlanFolder`` writes the whole plan folder. Arrays of per-year values (``PlannedSource/income``,
/// ``PartnerCash/amounts``, …) have one entry per element of ``years``, in the same order.
public struct FundingPlan: Sendable, Hashable {
    /// The network's identifier, from the `id` attribute of the profile's root element.
    public var networkID: String
    /// The network's name in the plan's language (`<network>` in `plan.xml`).
    public var networkName: String
    /// The network's ISO 3166-2 region, so a review can check a call's region.
    public var networkRegion: String = ""
    /// The NIS codes of the municipalities where the network works.
    public var municipalities: [String] = []
    /// Each partner's type, so a review can check a call's applicant rules.
    public var partnerTypes: [PartnerType] = []
    /// The partners with their roles and their cash and in-kind contributions per plan year
    /// (`<partners>`), for the funder's partner table.
    public var partners: [PlanPartner] = []
    /// The purpose as used for the plan, and its language tag.
    public var purposeText: String
    /// The language tag of ``purposeText``, for example `nl` (the `xml:lang` of `<purpose>`).
    public var purposeLanguage: String
    /// The language the plan's texts (titles, explanations, rationales) are written in.
    public var language: Language
    /// The plan's calendar years.
    public var years: [Int]
    /// The files the plan was made from, with their SHA-256 digests (`<inputs>`).
    public var inputs: [PlanInput]
    /// The seed of the Monte Carlo simulation; the same seed gives the same simulation.
    public var seed: UInt64
    /// The number of Monte Carlo runs the simulation made.
    public var runs: Int
    /// What the optimiser reported about its search (`<solver>`).
    public var solver: SolverOutcome
    /// The limits the plan was optimised under (`<limits>`).
    public var limits: PlanLimits
    /// The models pinned (`--pin`) and excluded (`--exclude`) for this run on top of the
    /// profile's preferences (`<options>`), so that the plan can be made again.
    public var options: PlanOptions = PlanOptions()
    /// Chosen revenue models with their yearly expected income.
    public var sources: [PlannedSource]
    /// Per partner that may be asked: the ceiling, what the plan asks, and its effect on the
    /// partner's share of cash and votes.
    public var partnerAsks: [PartnerAsk] = []
    /// What the plan aims for: the reserve target and the chance of covering every year.
    public var objective = PlanObjective()
    /// Partners' existing cash contributions, by partner.
    public var partnerContributions: [PartnerCash]
    /// Assets the plan buys or rents so that a chosen model can run, with their year and cost.
    public var acquisitions: [Acquisition]
    /// One set of totals per plan year, in the order of ``years`` (`<years>`).
    public var yearTotals: [YearTotals]
    /// In-kind means: partners' in-kind contributions, then in-kind models worth seeking (`<inKind>`).
    public var inKind: [InKindItem]
    /// Sustainability indicators: own, earned and public shares, concentration, break-even, cliffs.
    public var indicators: PlanIndicators
    /// The outcome of the Monte Carlo simulation of the plan's uncertain income.
    public var simulation: SimulationSummary
    /// The dated steps towards each chosen source's money, earliest first (`<milestones>`).
    public var milestones: [Milestone]
    /// "What's in it for you", per funder type of the chosen sources.
    public var addedValue: [FunderAddedValue]
    /// Why costs are not fully covered, or why an ask cannot be met (empty when all is well).
    public var explanations: [String]
    /// Models that cannot be in this plan, and why.
    public var blocked: [BlockedSource]
    /// The readiness of the network, as assessed when the plan was made, with the findings the
    /// plan's partner asks cause (``findingsFromAsks``) at the end.
    public var readiness: ReadinessReport
    /// The readiness findings the plan's partner asks cause: a money-and-power problem the
    /// profile does not have but would have with every ask granted (`power.follows-money` when a
    /// partner's cash share then follows its vote share).
    public var findingsFromAsks: [ReadinessFinding] = []
    /// The match of the network against the catalogue that the plan chose its sources from.
    public var matches: MatchResult
    /// The network's output indicators and, for a plan made for a call, the call's indicators
    /// with the ones that answer them (`<outputIndicators>`).
    public var outputIndicators = PlanOutputIndicators()
    /// For a plan made for a call (`plan --call`): the co-financing in the call's structure
    /// (`<cofinancing>`); `nil` otherwise.
    public var cofinancing: CofinancingTable? = nil
}

/// The added value of the network for one type of funder.
public struct FunderAddedValue: Sendable, Hashable {
    /// The type of funder the text addresses (the `type` attribute of `<funder>`).
    public var funder: FunderType
    /// A short paragraph, in the plan's language, on what the network offers this funder.
    public var text: String
}

/// A model that cannot be in the plan, and why.
public struct BlockedSource: Sendable, Hashable {
    /// The catalogue identifier of the blocked model.
    public var modelID: String
    /// Why the model cannot be in the plan, in the plan's language.
    public var reason: String
}

/// An input file of a plan: what it was for, how it is named, and the SHA-256 of the bytes read.
public struct PlanInput: Sendable, Hashable {
    /// What the file was to the plan.
    public var role: InputRole
    /// How the plan names the file (its path, or "(built-in) …" for the shipped catalogue).
    public var file: String
    /// SHA-256 of the bytes parsed, as 64 lower-case hexadecimal digits.
    public var sha256: String

    /// The input `source` read as `role`.
    public init(role: InputRole, source: SourceFile) {
        self.role = role
        file = source.label
        sha256 = source.sha256
    }
}

/// What an input file was to a plan.
public enum InputRole: String, Sendable, Hashable, CaseIterable {
    /// The network profile.
    case network
    /// A catalogue file (built-in or the user's).
    case catalogue
    /// A concept lexicon file the user added with `--lexicon`.
    case lexicon
    /// The funding call the plan was made for (`--call`).
    case call
    /// The scenario file the plan's scenario was read from (`--scenario`).
    case scenario
}

/// How the solver's search ended.
public enum SolverStatus: String, Sendable, Hashable, CaseIterable {
    /// Proven optimal.
    case optimal
    /// No plan satisfies the constraints.
    case infeasible
    /// The objective can grow without bound (a modelling error).
    case unbounded
    /// Stopped by a limit with the best plan found so far.
    case stopped
    /// The solver failed.
    case failed

    /// The status in words, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .optimal: language == .nl ? "optimaal" : "optimal"
        case .infeasible: language == .nl ? "geen oplossing" : "infeasible"
        case .unbounded: language == .nl ? "onbegrensd" : "unbounded"
        case .stopped: language == .nl ? "gestopt bij een tijdslimiet" : "stopped at a time limit"
        case .failed: language == .nl ? "mislukt" : "failed"
        }
    }
}

/// The models a run of the planner was told to include or leave out, on top of the profile.
public struct PlanOptions: Sendable, Hashable {
    /// The models the plan had to include.
    public var pinned: [String] = []
    /// The models the plan had to leave out.
    public var excluded: [String] = []
    /// The id of the scenario the plan was made with (`--scenario`), if any.
    public var scenarioID: String?
    /// That scenario's name in the plan's language.
    public var scenarioName: String?

    /// No pins, no exclusions and no scenario, or the given ones.
    public init(pinned: [String] = [], excluded: [String] = [], scenarioID: String? = nil, scenarioName: String? = nil)
    {
        self.pinned = pinned
        self.excluded = excluded
        self.scenarioID = scenarioID
        self.scenarioName = scenarioName
    }
}

/// What the solver reported.
public struct SolverOutcome: Sendable, Hashable {
    /// The solver's name (`CBC`).
    public var name: String
    /// The solver library's version, as it reports it.
    public var version: String
    /// How the search ended.
    public var status: SolverStatus
    /// Objective value in thousands of euros (see README).
    public var objective: Double
}

/// The limits the plan was optimised under.
public struct PlanLimits: Sendable, Hashable {
    /// The largest share of a year's cash income one source may bring, from the profile's preferences.
    public var maximumShareOfOneSource: BasisPoints
    /// The largest share of a year's cash income that may be public money, from the profile's preferences.
    public var maximumPublicShare: BasisPoints
    /// The most revenue models the plan may start in one year.
    public var maximumNewModelsPerYear: Int
    /// The volunteer and staff hours a year the chosen models may take together.
    public var effortHoursPerYear: Int
    /// The value of one hour of effort, from the profile's preferences.
    public var hourlyRate: Money
    /// Weight of one uncovered thousand euros in the objective.
    public var shortfallPenalty: Double
}

/// One chosen revenue model.
public struct PlannedSource: Sendable, Hashable {
    /// The catalogue identifier of the model (the `model` attribute of `<source>`).
    public var modelID: String
    /// The model's name in the plan's language.
    public var name: String
    /// The calendar year in which the network starts working on the model.
    public var startYear: Int
    /// The model's EMES resource type: market, public or reciprocity.
    public var resourceType: ResourceType
    /// The type of funder that pays for the model.
    public var funderType: FunderType
    /// The model's alignment score with the network's purpose, 0–100 (see ``ModelMatch/alignment``).
    public var alignment: Int
    /// The model's Matrix Map quadrant: impact against net contribution.
    public var quadrant: MatrixQuadrant
    /// Whether the money depends on winning an application or bid.
    public var isCompetitive: Bool
    /// The chance that the model's money comes in: of winning the application or bid when competitive.
    public var probability: BasisPoints
    /// The direct costs as a share of the income.
    public var directCostRatio: BasisPoints
    /// Whether the network pinned the model in its preferences, so the plan had to include it.
    public var isPinned: Bool
    /// Expected income per plan year (zero before the lead time has passed).
    public var income: [Money]
    /// Income minus direct costs, per plan year.
    public var net: [Money]
    /// Volunteer and staff hours per plan year.
    public var effortHours: [Int]
    /// The most years the model brings money (a two-year grant ends), or `nil` for no limit.
    public var maximumYears: Int?
    /// Hours per plan year that are the activity itself and deliver the purpose (counted in
    /// `effortHours`, not charged as a cost).
    public var purposeHours: [Int] = []
    /// For new partner money: what is asked of each partner per plan year (new, to be agreed).
    public var asks: [String: [Money]] = [:]

    /// Whether the source is new money asked of the partners, still to be agreed.
    public var isNewPartnerMoney: Bool { funderType == .partners }

    /// The amount to ask for per plan year when the money depends on winning an application,
    /// or `nil` when it does not.
    ///
    /// The plan counts a competitive source at its expected value, the amount asked times the
    /// chance of winning; the amount asked is that income divided by the chance, rounded to the
    /// cent (half away from zero).
    public var requested: [Money]? {
        guard isCompetitive, probability.value > 0 else { return nil }
        let chance = Int64(probability.value)
        return income.map { Money(cents: ($0.cents * 10_000 + chance / 2) / chance) }
    }
}

/// A partner as a funder reads it: who, in which roles, giving what each year.
public struct PlanPartner: Sendable, Hashable {
    /// The partner's identifier in the network profile.
    public var id: String
    /// The organisation's name.
    public var name: String
    /// The kind of organisation.
    public var type: PartnerType
    /// What the partner does in the network.
    public var roles: [PartnerRole]
    /// The partner's cash contribution in each plan year.
    public var cash: [Money]
    /// The value of the partner's in-kind, staff and volunteer contributions in each plan year.
    public var inKind: [Money]
}

/// A partner's cash contributions per plan year.
public struct PartnerCash: Sendable, Hashable {
    /// The partner's identifier in the network profile.
    public var partnerID: String
    /// The partner's name.
    public var name: String
    /// Whether the partner is a local government, so that its cash counts as public money.
    public var isPublic: Bool
    /// The partner's cash contribution in each plan year.
    public var amounts: [Money]
    /// The part of each year's amount the partner has not committed (empty when all is committed).
    public var uncommitted: [Money] = []
}

/// An asset bought or rented so that a chosen model can run.
public struct Acquisition: Sendable, Hashable {
    /// The kind of asset: a room, a kitchen, a website, and so on.
    public var asset: AssetType
    /// The calendar year of the purchase or the start of the rent.
    public var year: Int
    /// The one-off cost of acquiring the asset.
    public var cost: Money
}

/// The totals of one plan year; each is the sum of its parts.
public struct YearTotals: Sendable, Hashable {
    /// The calendar year.
    public var year: Int
    /// The network's own costs of the year, from the profile's budget.
    public var costs: Money
    /// The cost of the assets acquired this year.
    public var acquisitions: Money
    /// The partners' cash contributions of the year.
    public var partnerCash: Money
    /// The expected income of the chosen sources in the year.
    public var sourceIncome: Money
    /// partnerCash + sourceIncome.
    public var income: Money
    /// The chosen sources' direct costs in the year.
    public var directCosts: Money
    /// income − directCosts.
    public var netIncome: Money
    /// max(0, costs + acquisitions − netIncome).
    public var shortfall: Money
    /// netIncome − costs − acquisitions (may be negative).
    public var balance: Money
    /// The value of the partners' in-kind contributions of the year (never added to cash totals).
    public var inKind: Money
    /// The costs by category (their sum is `costs`).
    public var costLines: [CostShare] = []
}

/// The costs of one category in one year.
public struct CostShare: Sendable, Hashable {
    /// The budget category.
    public var category: CostCategory
    /// The year's costs in that category.
    public var amount: Money
}

/// In-kind means: partners' contributions and in-kind models worth seeking; valued, never cash.
public struct InKindItem: Sendable, Hashable {
    /// The partner's identifier, or the model's catalogue identifier for a suggested model.
    public var source: String
    /// The partner's or the model's name.
    public var name: String
    /// Whether the item is a partner's contribution (`true`) or an in-kind model worth seeking (`false`).
    public var isPartner: Bool
    /// The value of the means in each plan year.
    public var amounts: [Money]
}

/// A dated step of the plan.
public struct Milestone: Sendable, Hashable {
    /// The catalogue identifier of the model the step belongs to.
    public var modelID: String
    /// The first day of the month in which the step is due.
    public var date: CalendarDate
    /// What to do: title, detail, and whether the date is a hard deadline.
    public var step: PlannedStep
}

/// What a plan aims for: enough for every year's costs and a reserve, at a chosen chance.
public struct PlanObjective: Sendable, Hashable {
    /// The reserve to reach by the last year, in months of that year's costs.
    public var reserveMonths = 3
    /// That reserve in euros.
    public var reserveTarget = Money.zero
    /// The reserve expected at the end of the last year: today's reserves + every year's balance.
    public var expectedReserve = Money.zero
    /// The chance of covering every year the plan aims for.
    public var coverageTarget = BasisPoints(8_000)
    /// The risk buffer that reached it: standard deviations of each uncertain source's income
    /// held back when counting what covers the costs.
    public var riskBuffer = 0.0
    /// Whether the simulated chance reaches the target.
    public var coverageMet = false

    /// The defaults: three months, 80 %.
    public init() {}
}
