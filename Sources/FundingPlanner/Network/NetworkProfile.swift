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
    /// The municipalities where the network works, by NIS code (`<municipality nis>`; may be empty
    /// in older profiles).
    public var municipalities: [Municipality] = []
    /// The date the network was founded (`<founded>`, written `YYYY-MM-DD`).
    public var founded: CalendarDate
    /// The network's legal form, for example a nonprofit association (`<legalForm type>`).
    public var legalForm: NetworkLegalForm
    /// The organisations in the network (`<partners>`).
    public var partners: [Partner]
    /// Groups of partners that act together, declared by name (`<blocs>`); the money-and-power
    /// check treats each as it treats partners of one type.
    public var blocs: [Bloc] = []
    /// What the network can use: rooms, a kitchen, a website, … (`<assets>`).
    public var assets: [Asset]
    /// Licences and registrations the partners hold for the network's activities (`<licences>`).
    public var licences: [Licence] = []
    /// The volunteer hours a month the network can count on (`<capacity volunteerHoursPerMonth>`).
    public var volunteerHoursPerMonth: Int
    /// The paid staff hours a month the network can count on (`<capacity staffHoursPerMonth>`).
    public var staffHoursPerMonth: Int
    /// What an hour of staff time costs the employer, if stated.
    public var staffHourValue: Money?
    /// The replacement value of a volunteer hour, if stated (lower than staff time).
    public var volunteerHourValue: Money?
    /// Whether a value framework or manifesto exists.
    public var hasManifesto: Bool
    /// The costs per year over the plan horizon, and the reserves (`<budget>`).
    public var budget: Budget
    /// How the coordinator wants the funding mix (`<preferences>`).
    public var preferences: Preferences
    /// What the network aims to reach each year: participants, sessions, hours … (`<indicators>`).
    public var outputIndicators: [OutputIndicator] = []
    /// The file and line of the root element.
    public var origin: SourcePosition

    /// Where the network works.
    public struct Region: Sendable, Hashable {
        /// The ISO 3166-2 code, for example `BE-VLI` (the `code` attribute of `<region>`).
        public var code: String
        /// The name of the place, for example Genk (the text of `<region>`).
        public var name: String
    }

    /// A Belgian municipality where the network works: its NIS code (Statbel REFNIS, after the
    /// mergers of 1 January 2025) and its name.
    public struct Municipality: Sendable, Hashable {
        /// Five digits; the first two are the administrative arrondissement (`71016` Genk).
        public var nisCode: String
        /// The municipality's name, as the profile writes it.
        public var name: String

        /// A municipality with its NIS code and name.
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

    /// A named group of partners that act together (`<bloc>`).
    public struct Bloc: Sendable, Hashable {
        /// The bloc's id, unique in the profile (`id`).
        public var id: String
        /// The bloc's name, as the partners call it (`name`).
        public var name: String
        /// The partner ids of its members (`<member partner>`), two or more.
        public var members: [String]

        /// A bloc `id` named `name` of the partners `members`.
        public init(id: String, name: String, members: [String]) {
            self.id = id
            self.name = name
            self.members = members
        }
    }

    /// A licence held by one partner.
    public struct Licence: Sendable, Hashable {
        /// What kind of licence or registration it is.
        public var type: LicenceType
        /// The partner that holds it.
        public var holder: String
        /// The last day it is valid, if it expires.
        public var validUntil: CalendarDate?
        /// A short description (which activity or place it covers).
        public var description: String?

        /// A licence held by `holder` (a partner id).
        public init(type: LicenceType, holder: String, validUntil: CalendarDate? = nil, description: String? = nil) {
            self.type = type
            self.holder = holder
            self.validUntil = validUntil
            self.description = description
        }
    }

    /// A piece (or set) of equipment in an asset.
    public struct Equipment: Sendable, Hashable {
        /// What kind of equipment it is.
        public var type: EquipmentType
        /// How many (work stations, laptops, …); 1 by default.
        public var count: Int
        /// A short description.
        public var description: String?

        /// Equipment of `type`, `count` of them.
        public init(type: EquipmentType, count: Int = 1, description: String? = nil) {
            self.type = type
            self.count = count
            self.description = description
        }
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
        /// The partner's line of business (companies of the same sector are competitors).
        public var sector: String? = nil
        /// The country where the partner is based, ISO 3166-1 (`country`; `BE` when absent).
        public var country: String = "BE"
        /// What the partner's veto covers (only meaningful with `hasVeto`).
        public var vetoScope: VetoScope = .networkDecisions
        /// The most new money a year the network may ask this partner for (`askCeiling`); `nil`
        /// takes the planner's default, a fifth of what the partner gives now.
        public var askCeiling: Money? = nil

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
        /// Hours valued (staff or volunteer time), with `hourlyRate`; `amount` = hours × rate.
        public var hours: Int? = nil
        /// The value of one of those hours (`hourlyRate`).
        public var hourlyRate: Money? = nil
        /// Whether the partner has firmly committed it (`committed`, true by default); planning
        /// does not count on an uncommitted contribution as certain.
        public var isCommitted: Bool = true
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
        /// A neutral place: no single partner's home turf, open to all on equal terms.
        public var isNeutral: Bool = false
        /// The equipment in the asset (`<equipment>`), such as the work stations of a teaching kitchen.
        public var equipment: [Equipment] = []
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
        /// Public money at most this share of the last plan year's cash income (`publicShareGoal`).
        public var publicShareGoal: BasisPoints? = nil
        /// Own income at least this share of the last plan year's cash income (`ownIncomeGoal`).
        public var ownIncomeGoal: BasisPoints? = nil
    }

    /// The value of one hour of effort: staff hours at `staffHourValue` and volunteer hours at
    /// `volunteerHourValue` (each `hourlyRate` when not stated), averaged by the network's own
    /// staff and volunteer hours a month.
    public var effortHourValue: Money {
        let total = staffHoursPerMonth + volunteerHoursPerMonth
        guard total > 0 else { return preferences.hourlyRate }
        let staff = staffHourValue ?? preferences.hourlyRate
        let volunteer = volunteerHourValue ?? preferences.hourlyRate
        let cents = Int64(staffHoursPerMonth) * staff.cents + Int64(volunteerHoursPerMonth) * volunteer.cents
        return Money(cents: (cents + Int64(total) / 2) / Int64(total))
    }

    /// The partner with this id.
    public func partner(id: String) -> Partner? {
        partners.first { $0.id == id }
    }

    /// Whether the network has an asset of this type, or equipment that is one.
    ///
    /// Equipment recorded inside another asset (the teaching kitchen in a kitchen) counts as
    /// equipment; a teaching or professional kitchen recorded as equipment counts as a kitchen,
    /// workshop tools as a workshop and a cargo bike as a vehicle. An outdoor space is not a room.
    public func has(_ asset: AssetType) -> Bool {
        assets.contains { item in
            if item.type == asset { return true }
            switch asset {
            case .equipment: return !item.equipment.isEmpty
            case .kitchen:
                return item.equipment.contains { $0.type == .teachingKitchen || $0.type == .professionalKitchen }
            case .workshop: return item.equipment.contains { $0.type == .workshopTools }
            case .vehicle: return item.equipment.contains { $0.type == .cargoBike }
            case .room, .outdoorSpace, .website: return false
            }
        }
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
