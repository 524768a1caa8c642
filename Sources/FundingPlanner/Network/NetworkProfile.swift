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
    /// The municipalities where the network works, by NIS code (may be empty in older profiles).
    public var municipalities: [Municipality] = []
    /// `YYYY-MM-DD`.
    public var founded: CalendarDate
    public var legalForm: NetworkLegalForm
    public var partners: [Partner]
    public var assets: [Asset]
    /// Licences and registrations the partners hold for the network's activities.
    public var licences: [Licence] = []
    public var volunteerHoursPerMonth: Int
    public var staffHoursPerMonth: Int
    /// What an hour of staff time costs the employer, if stated.
    public var staffHourValue: Money?
    /// The replacement value of a volunteer hour, if stated (lower than staff time).
    public var volunteerHourValue: Money?
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

    /// A Belgian municipality where the network works: its NIS code (Statbel REFNIS, after the
    /// mergers of 1 January 2025) and its name.
    public struct Municipality: Sendable, Hashable {
        /// Five digits; the first two are the administrative arrondissement (`71016` Genk).
        public var nisCode: String
        public var name: String

        public init(nisCode: String, name: String) {
            self.nisCode = nisCode
            self.name = name
        }

        /// The ISO 3166-2 code of the province the arrondissement lies in (`BE-VLI` for 71016), or
        /// `BE-BRU` for Brussels.
        public var provinceCode: String {
            switch Int(nisCode.prefix(2)) ?? 0 {
            case 11...13: "BE-VAN"
            case 21: "BE-BRU"
            case 23, 24: "BE-VBR"
            case 25: "BE-WBR"
            case 31...38: "BE-VWV"
            case 41...46: "BE-VOV"
            case 51...58: "BE-WHT"
            case 61...64: "BE-WLG"
            case 71...73: "BE-VLI"
            case 81...85: "BE-WLX"
            case 91...93: "BE-WNA"
            default: ""
            }
        }
    }

    /// A licence held by one partner.
    public struct Licence: Sendable, Hashable {
        public var type: LicenceType
        /// The partner that holds it.
        public var holder: String
        public var validUntil: CalendarDate?
        public var description: String?

        public init(type: LicenceType, holder: String, validUntil: CalendarDate? = nil, description: String? = nil) {
            self.type = type
            self.holder = holder
            self.validUntil = validUntil
            self.description = description
        }
    }

    /// A piece (or set) of equipment in an asset.
    public struct Equipment: Sendable, Hashable {
        public var type: EquipmentType
        public var count: Int
        public var description: String?

        public init(type: EquipmentType, count: Int = 1, description: String? = nil) {
            self.type = type
            self.count = count
            self.description = description
        }
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
        /// The partner's line of business (companies of the same sector are competitors).
        public var sector: String? = nil
        /// What the partner's veto covers (only meaningful with `hasVeto`).
        public var vetoScope: VetoScope = .networkDecisions

        /// Everything the partner gives, cash and in kind, over all years.
        public var totalContribution: Money {
            contributions.reduce(.zero) { $0 + $1.amount }
        }

        /// Cash only, over all years.
        public var cashContribution: Money {
            contributions.filter { $0.kind == .cash }.reduce(.zero) { $0 + $1.amount }
        }

        /// Staff time, goods and services and volunteer hours, valued, over all years.
        public var nonCashContribution: Money {
            contributions.filter { $0.kind != .cash }.reduce(.zero) { $0 + $1.amount }
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
        /// Hours valued (staff or volunteer time), with `hourlyRate`; `amount` = hours × rate.
        public var hours: Int? = nil
        public var hourlyRate: Money? = nil
    }

    /// Something the network can use: a room, a kitchen, a website…
    public struct Asset: Sendable, Hashable {
        public var type: AssetType
        /// The partner that owns it, if any.
        public var owner: String?
        public var capacity: Int?
        public var freeHoursPerWeek: Int?
        public var description: String?
        /// A neutral place: no single partner's home turf, open to all on equal terms.
        public var isNeutral: Bool = false
        public var equipment: [Equipment] = []
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

    /// Whether the network has an asset of this type; equipment recorded inside another asset (the
    /// teaching kitchen in a kitchen) counts as equipment.
    public func has(_ asset: AssetType) -> Bool {
        assets.contains { $0.type == asset || (asset == .equipment && !$0.equipment.isEmpty) }
    }

    /// Whether a partner holds a licence of this type.
    public func holds(_ licence: LicenceType) -> Bool {
        licences.contains { $0.type == licence }
    }

    /// Whether an asset holds equipment of this type.
    public func hasEquipment(_ type: EquipmentType) -> Bool {
        assets.contains { $0.equipment.contains { $0.type == type } }
    }
}
