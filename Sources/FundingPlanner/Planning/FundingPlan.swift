/// A multi-year funding plan: which sources, from when, for how much, and how sure.
///
/// Every amount is in cents; every total is computed from its parts after rounding, so it equals
/// their sum exactly. In-kind means are kept apart and never added to cash totals.
public struct FundingPlan: Sendable, Hashable {
    public var networkID: String
    public var networkName: String
    /// The purpose as used for the plan, and its language tag.
    public var purposeText: String
    public var purposeLanguage: String
    public var language: Language
    /// The plan's calendar years.
    public var years: [Int]
    public var inputs: [PlanInput]
    public var seed: UInt64
    public var runs: Int
    public var solver: SolverOutcome
    public var limits: PlanLimits
    /// Chosen revenue models with their yearly expected income.
    public var sources: [PlannedSource]
    /// Partners' existing cash contributions, by partner.
    public var partnerContributions: [PartnerCash]
    public var acquisitions: [Acquisition]
    public var yearTotals: [YearTotals]
    public var inKind: [InKindItem]
    public var indicators: PlanIndicators
    public var simulation: SimulationSummary
    public var milestones: [Milestone]
    /// "What's in it for you", per funder type of the chosen sources.
    public var addedValue: [FunderAddedValue]
    /// Why costs are not fully covered, or why an ask cannot be met (empty when all is well).
    public var explanations: [String]
    /// Models that cannot be in this plan, and why.
    public var blocked: [BlockedSource]
    public var readiness: ReadinessReport
    public var matches: MatchResult
}

/// The added value of the network for one type of funder.
public struct FunderAddedValue: Sendable, Hashable {
    public var funder: FunderType
    public var text: String
}

/// A model that cannot be in the plan, and why.
public struct BlockedSource: Sendable, Hashable {
    public var modelID: String
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
}

/// What the solver reported.
public struct SolverOutcome: Sendable, Hashable {
    public var name: String
    public var version: String
    /// How the search ended.
    public var status: SolverStatus
    /// Objective value in thousands of euros (see README).
    public var objective: Double
}

/// The limits the plan was optimised under.
public struct PlanLimits: Sendable, Hashable {
    public var maximumShareOfOneSource: BasisPoints
    public var maximumPublicShare: BasisPoints
    public var maximumNewModelsPerYear: Int
    public var effortHoursPerYear: Int
    public var hourlyRate: Money
    /// Weight of one uncovered thousand euros in the objective.
    public var shortfallPenalty: Double
}

/// One chosen revenue model.
public struct PlannedSource: Sendable, Hashable {
    public var modelID: String
    public var name: String
    public var startYear: Int
    public var resourceType: ResourceType
    public var funderType: FunderType
    public var alignment: Int
    public var quadrant: MatrixQuadrant
    public var isCompetitive: Bool
    public var probability: BasisPoints
    public var directCostRatio: BasisPoints
    public var isPinned: Bool
    /// Expected income per plan year (zero before the lead time has passed).
    public var income: [Money]
    /// Income minus direct costs, per plan year.
    public var net: [Money]
    /// Volunteer and staff hours per plan year.
    public var effortHours: [Int]
    public var maximumYears: Int?
}

/// A partner's cash contributions per plan year.
public struct PartnerCash: Sendable, Hashable {
    public var partnerID: String
    public var name: String
    public var isPublic: Bool
    public var amounts: [Money]
}

/// An asset bought or rented so that a chosen model can run.
public struct Acquisition: Sendable, Hashable {
    public var asset: AssetType
    public var year: Int
    public var cost: Money
}

/// The totals of one plan year; each is the sum of its parts.
public struct YearTotals: Sendable, Hashable {
    public var year: Int
    public var costs: Money
    public var acquisitions: Money
    public var partnerCash: Money
    public var sourceIncome: Money
    /// partnerCash + sourceIncome.
    public var income: Money
    public var directCosts: Money
    /// income − directCosts.
    public var netIncome: Money
    /// max(0, costs + acquisitions − netIncome).
    public var shortfall: Money
    /// netIncome − costs − acquisitions (may be negative).
    public var balance: Money
    public var inKind: Money
    /// The costs by category (their sum is `costs`).
    public var costLines: [CostShare] = []
}

/// The costs of one category in one year.
public struct CostShare: Sendable, Hashable {
    public var category: CostCategory
    public var amount: Money
}

/// In-kind means: partners' contributions and in-kind models worth seeking; valued, never cash.
public struct InKindItem: Sendable, Hashable {
    public var source: String
    public var name: String
    public var isPartner: Bool
    public var amounts: [Money]
}

/// A dated step of the plan.
public struct Milestone: Sendable, Hashable {
    public var modelID: String
    public var date: CalendarDate
    public var step: PlannedStep
}
