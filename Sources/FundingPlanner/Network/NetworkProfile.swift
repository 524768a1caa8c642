/// An organisation network as its coordinator describes it: purpose, partners, assets,
/// capacity, budget and preferences (`network-1.xsd`).
public struct NetworkProfile: Sendable, Hashable {
    public var id: String
    /// Marked as a made-up example.
    public var isFictional: Bool
    public var name: LocalizedText
    /// The network's why: one simple sentence, in Dutch and/or English.
    public var purpose: LocalizedText
    /// Theme ids from the catalogue's vocabulary.
    public var themes: [String]
    public var targetGroups: [TargetGroup]
    /// ISO 3166-2 code (BE-VLI) and the place's name.
    public var region: Region
    /// `YYYY-MM-DD`.
    public var founded: CalendarDate
    public var legalForm: NetworkLegalForm
    public var partners: [Partner]
    public var assets: [Asset]
    public var volunteerHoursPerMonth: Int
    public var staffHoursPerMonth: Int
    /// Whether a value framework or manifesto exists.
    public var hasManifesto: Bool
    public var budget: Budget
    public var preferences: Preferences
    /// The file and line of the root element.
    public var origin: SourcePosition

    /// Where the network works.
    public struct Region: Sendable, Hashable {
        public var code: String
        public var name: String
    }

    /// One organisation in the network.
    public struct Partner: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: String
        public var type: PartnerType
        public var roles: [PartnerRole]
        /// The partner's own one-sentence statement of why the network exists.
        public var statement: LocalizedText
        public var contributions: [Contribution]
        public var seats: Int
        public var votes: Int
        public var hasVeto: Bool
        /// The first year the partner takes part.
        public var joins: Int
        public var origin: SourcePosition

        /// Everything the partner gives, cash and in kind, over all years.
        public var totalContribution: Money {
            contributions.reduce(.zero) { $0 + $1.amount }
        }

        /// Cash only, over all years.
        public var cashContribution: Money {
            contributions.filter { $0.kind == .cash }.reduce(.zero) { $0 + $1.amount }
        }
    }

    /// Money or means a partner gives in one year.
    public struct Contribution: Sendable, Hashable {
        public var year: Int
        public var kind: ContributionKind
        public var amount: Money
        /// How an in-kind contribution is valued; `nil` for cash.
        public var valuation: ValuationMethod?
        public var description: String?
    }

    /// Something the network can use: a room, a kitchen, a website…
    public struct Asset: Sendable, Hashable {
        public var type: AssetType
        /// The partner that owns it, if any.
        public var owner: String?
        public var capacity: Int?
        public var freeHoursPerWeek: Int?
        public var description: String?
    }

    /// Costs per year over the plan horizon, and reserves.
    public struct Budget: Sendable, Hashable {
        public var startYear: Int
        /// 1 to 6 years.
        public var horizonYears: Int
        public var reserves: Money
        public var costs: [CostLine]

        /// The plan's years, in order.
        public var years: ClosedRange<Int> { startYear...(startYear + horizonYears - 1) }

        /// Total costs of one year.
        public func totalCost(year: Int) -> Money {
            costs.filter { $0.year == year }.reduce(.zero) { $0 + $1.amount }
        }
    }

    /// One cost line.
    public struct CostLine: Sendable, Hashable {
        public var year: Int
        public var category: CostCategory
        public var amount: Money
        public var description: String?

        public init(year: Int, category: CostCategory, amount: Money, description: String?) {
            self.year = year
            self.category = category
            self.amount = amount
            self.description = description
        }
    }

    /// How the coordinator wants the funding mix.
    public struct Preferences: Sendable, Hashable {
        public var maximumShareOfOneSource: BasisPoints
        public var maximumPublicShare: BasisPoints
        /// The value of one hour of effort, used to cost a model's effort.
        public var hourlyRate: Money
        public var excludedModels: [String]
        public var pinnedModels: [String]
    }

    /// The partner with this id.
    public func partner(id: String) -> Partner? {
        partners.first { $0.id == id }
    }

    /// Whether the network has an asset of this type.
    public func has(_ asset: AssetType) -> Bool {
        assets.contains { $0.type == asset }
    }
}
