/// What `fundplan plan` optimises under, with documented defaults.
public struct PlanSettings: Sendable, Hashable {
    /// Plan length in years; `nil` takes the network's own horizon.
    public var years: Int?
    /// Seed of the Monte Carlo simulation.
    public var seed: UInt64
    /// Monte Carlo runs.
    public var runs: Int
    /// At most this many new revenue models started in one year (pilot few at a time).
    public var maximumNewModelsPerYear: Int
    /// Extra models to pin (must be in the plan), on top of the profile's preferences.
    public var pinned: [String]
    /// Extra models to leave out, on top of the profile's preferences.
    public var excluded: [String]
    /// Each euro of uncovered costs costs this many euros of objective.
    public var shortfallPenalty: Double
    /// The language of the plan's texts.
    public var language: Language
    /// The reserve to reach by the last year, in months of that year's costs (`--reserve-months`).
    public var reserveMonths = 3
    /// The chance of covering every year the plan aims for (`--coverage`, 8000 = 80 %).
    public var coverage = BasisPoints(8_000)
    /// The funding call the plan is made for (`--call`): its rules apply while planning.
    public var call: CallRules? = nil
    /// The what-if the plan is made with (`--scenario`), applied with ``apply(_:)``.
    public var scenario: ScenarioOverrides? = nil

    /// The defaults: the profile's horizon, seed 42, 10,000 runs, 2 new models a year, penalty 3,
    /// a reserve of three months of costs and an 80 % chance of covering every year.
    public static let standard = PlanSettings(
        years: nil, seed: 42, runs: 10_000, maximumNewModelsPerYear: 2, pinned: [], excluded: [],
        shortfallPenalty: 3, language: .nl
    )

    /// Settings with every value given; start from ``standard`` to change only some.
    public init(
        years: Int?, seed: UInt64, runs: Int, maximumNewModelsPerYear: Int, pinned: [String], excluded: [String],
        shortfallPenalty: Double, language: Language
    ) {
        self.years = years
        self.seed = seed
        self.runs = runs
        self.maximumNewModelsPerYear = maximumNewModelsPerYear
        self.pinned = pinned
        self.excluded = excluded
        self.shortfallPenalty = shortfallPenalty
        self.language = language
    }
}

/// One-off cost of acquiring an asset a model needs, when the network lacks it.
///
/// Planning assumptions (equipping or renting for a first year), to be replaced by a real quote.
enum AssetAcquisition {
    static func cost(_ asset: AssetType) -> Money {
        switch asset {
        case .room: Money(euros: 6_000)
        case .kitchen: Money(euros: 15_000)
        case .outdoorSpace: Money(euros: 2_000)
        case .equipment: Money(euros: 3_000)
        case .website: Money(euros: 1_500)
        case .workshop: Money(euros: 10_000)
        case .vehicle: Money(euros: 8_000)
        }
    }
}
