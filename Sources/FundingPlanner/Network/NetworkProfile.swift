/// An organisation network as its coordinator describes it: purpose, partners, assets,
/// capacity, budget and preferences (`network-1.xsd`).
///
/// Load one with ``NetworkProfile/load(path:catalogue:)``. Money is in ``Money`` (cents; euros in the
/// XML), shares are in ``BasisPoints`` and years are calendar years.
public struct NetworkProfile: Sendable, Hashable {
    /// The network's identifier, from the `id` attribute of the root `<network>` element.
    public var id: String
    /// Marked as a made-up example (`fictional="true"` on the root element).
    public var isFictional: Bool
    /// The network's name, in Dutch and/or English (`<name>`).
    public var name: LocalizedText
    /// The network's why: one simple sentence, in Dutch and/or English.
    public var purpose: LocalizedText
    /// Theme ids from the catalogue's vocabulary.
    public var themes: [String]
    /// The groups of people the network works for: job seekers, newcomers, … (`<targetGroups>`).
    public var targetGroups: [TargetGroup]
    /// ISO 3166-2 code (BE-VLI) and the place's name.
    public var region: Region
    /// The date the network was founded (`<founded>`, written `YYYY-MM-DD`).
    public var founded: CalendarDate
    /// The network's legal form, for example a nonprofit association (`<legalForm type>`).
    public var legalForm: NetworkLegalForm
    /// The organisations in the network (`<partners>`).
    public var partners: [Partner]
    /// What the network can use: rooms, a kitchen, a website, … (`<assets>`).
    public var assets: [Asset]
    /// The volunteer hours a month the network can count on (`<capacity volunteerHoursPerMonth>`).
    public var volunteerHoursPerMonth: Int
    /// The paid staff hours a month the network can count on (`<capacity staffHoursPerMonth>`).
    public var staffHoursPerMonth: Int
    /// Whether a value framework or manifesto exists.
    public var hasManifesto: Bool
    /// The costs per year over the plan horizon, and the reserves (`<budget>`).
    public var budget: Budget
    /// How the coordinator wants the funding mix (`<preferences>`).
    public var preferences: Preferences
    /// The file and line of the root element.
    public var origin: SourcePosition

    /// Where the network works.
    public struct Region: Sendable, Hashable {
        /// The ISO 3166-2 code, for example `BE-VLI` (the `code` attribute of `<region>`).
        public var code: String
        /// The name of the place, for example Genk (the text of `<region>`).
        public var name: String
    }

    /// One organisation in the network.
    public struct Partner: Sendable, Hashable, Identifiable {
        /// The partner's identifier, unique within the profile (`id`).
        public var id: String
        /// The organisation's name (`<name>`).
        public var name: String
        /// The kind of organisation: an NGO, a training centre, a local government, … (`type`).
        public var type: PartnerType
        /// What the partner does in the network: puller, host, provider, … (`roles`).
        public var roles: [PartnerRole]
        /// The partner's own one-sentence statement of why the network exists.
        public var statement: LocalizedText
        /// What the partner gives, cash and in kind, one entry per year and kind (`<contribution>`).
        public var contributions: [Contribution]
        /// The partner's seats on the network's board (`<governance seats>`).
        public var seats: Int
        /// The partner's votes in the network's decisions (`<governance votes>`).
        public var votes: Int
        /// Whether the partner can block decisions on its own (`<governance veto>`).
        public var hasVeto: Bool
        /// The first year the partner takes part.
        public var joins: Int
        /// The file and line of the partner's `<partner>` element.
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
        /// The calendar year of the contribution (`year`).
        public var year: Int
        /// Whether the partner gives cash or means in kind (`kind`).
        public var kind: ContributionKind
        /// The amount, or the value of the means in kind (`amount`, in euros in the XML).
        public var amount: Money
        /// How an in-kind contribution is valued; `nil` for cash.
        public var valuation: ValuationMethod?
        /// What the partner gives, in the partner's words, if the profile says (`description`).
        public var description: String?
    }

    /// Something the network can use: a room, a kitchen, a website, and so on.
    public struct Asset: Sendable, Hashable {
        /// The kind of asset (the `type` attribute of `<asset>`).
        public var type: AssetType
        /// The partner that owns it, if any.
        public var owner: String?
        /// How many people the asset holds, for a room, if the profile says (`capacity`).
        public var capacity: Int?
        /// The hours a week the asset is free for other uses, if the profile says (`freeHoursPerWeek`).
        public var freeHoursPerWeek: Int?
        /// A short description of the asset, if the profile gives one (`description`).
        public var description: String?
    }

    /// Costs per year over the plan horizon, and reserves.
    public struct Budget: Sendable, Hashable {
        /// The first calendar year of the plan (`startYear`).
        public var startYear: Int
        /// The number of years the plan covers, 1 to 6 (`horizonYears`).
        public var horizonYears: Int
        /// The money the network has set aside; the simulation says how many months it lasts (`reserves`).
        public var reserves: Money
        /// The network's costs, one line per year and category (`<cost>`).
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
        /// The calendar year of the cost (`year`).
        public var year: Int
        /// The budget category: coordination, activities, communication, … (`category`).
        public var category: CostCategory
        /// The cost (`amount`, in euros in the XML).
        public var amount: Money
        /// What the cost is for, if the profile says (`description`).
        public var description: String?

        /// A cost line of `amount` in `category` for `year`, with an optional description.
        public init(year: Int, category: CostCategory, amount: Money, description: String?) {
            self.year = year
            self.category = category
            self.amount = amount
            self.description = description
        }
    }

    /// How the coordinator wants the funding mix.
    public struct Preferences: Sendable, Hashable {
        /// The largest share of a year's cash income one source may bring (`maxShareOfOneSource`).
        public var maximumShareOfOneSource: BasisPoints
        /// The largest share of a year's cash income that may be public money (`maxPublicShare`).
        public var maximumPublicShare: BasisPoints
        /// The value of one hour of effort, used to cost a model's effort.
        public var hourlyRate: Money
        /// Catalogue models the network does not want considered (`<exclude model>`).
        public var excludedModels: [String]
        /// Catalogue models the network wants in every plan (`<pin model>`).
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
