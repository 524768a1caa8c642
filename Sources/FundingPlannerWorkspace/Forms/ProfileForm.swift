import Foundation
import FundingPlanner

/// A network profile as the coordinator typed it: every field as text, so that a half-filled or
/// wrong answer is kept (and shown back with its error) instead of lost.
///
/// The workspace autosaves this as the draft; ``ProfileForm/build(language:)`` turns it into a
/// ``NetworkProfile`` with the same typed-input rules as `fundplan init`. Rows carry a stable
/// `key` (`r7`) so that forms name their fields `partner[r7][name]` and "remove" acts on one row.
public struct ProfileForm: Codable, Sendable, Equatable {
    /// Increases with every saved change; a form posted with an older revision is a conflict.
    public var revision = 0
    /// The next row key to hand out.
    public var nextKey = 1
    /// The network's id (the root's `id`).
    public var networkID = ""
    /// Marked as a made-up example.
    public var fictional = false
    /// The name, in `textLanguage`.
    public var name = ""
    /// The purpose sentence, in `textLanguage`.
    public var purpose = ""
    /// The language of the name, purpose and statements typed here (`nl` or `en`).
    public var textLanguage = "nl"
    /// Name and purpose in other languages, kept as loaded (language, name, purpose).
    public var otherTexts: [[String]] = []
    /// Theme ids.
    public var themes: [String] = []
    /// Target group tokens.
    public var targetGroups: [String] = []
    /// ISO 3166-2 code.
    public var regionCode = "BE-VLG"
    /// The place's name.
    public var regionName = ""
    /// Municipalities, kept as loaded (NIS code, name).
    public var municipalities: [[String]] = []
    /// The founding date as typed.
    public var founded = ""
    /// The legal form token.
    public var legalForm = "none"
    /// The partners, in order.
    public var partners: [PartnerRow] = []
    /// Contributions, in order; each names its partner by id.
    public var contributions: [ContributionRow] = []
    /// Places and equipment.
    public var assets: [AssetRow] = []
    /// Licences, kept as loaded (type, holder, validUntil, description).
    public var licences: [[String]] = []
    /// Output indicators, edited on their own page (`nil` in a form stored before they were kept,
    /// and when there are none).
    public var indicators: [IndicatorRow]? = nil
    /// Volunteer hours a month.
    public var volunteerHours = "0"
    /// Staff hours a month.
    public var staffHours = "0"
    /// Value of a staff hour, if stated.
    public var staffHourValue = ""
    /// Value of a volunteer hour, if stated.
    public var volunteerHourValue = ""
    /// Whether a value framework exists.
    public var manifesto = false
    /// First year of the plan.
    public var startYear = ""
    /// Number of years, 1 to 6.
    public var horizonYears = "3"
    /// Reserves in euros.
    public var reserves = "0"
    /// Cost lines.
    public var costs: [CostRow] = []
    /// Largest share of one source, in percent.
    public var maxShareOfOneSource = "40"
    /// Largest public share, in percent.
    public var maxPublicShare = "60"
    /// Value of an hour of effort.
    public var hourlyRate = "35"
    /// Models left out.
    public var excludedModels: [String] = []
    /// Models pinned.
    public var pinnedModels: [String] = []
    /// Blocs, kept as loaded (id, name, then the members' partner ids); `nil` when there are none.
    public var blocs: [[String]]? = nil
    /// The public-share goal in basis points, kept as loaded; `nil` when not set.
    public var publicShareGoal: String? = nil
    /// The own-income goal in basis points, kept as loaded; `nil` when not set.
    public var ownIncomeGoal: String? = nil

    /// An empty form (a new network).
    public init() {}

    /// One partner row.
    public struct PartnerRow: Codable, Sendable, Equatable {
        /// The row's stable key in form field names.
        public var key: String
        /// The partner's id.
        public var id = ""
        /// The organisation's name.
        public var name = ""
        /// Partner type token.
        public var type = ""
        /// Role tokens.
        public var roles: [String] = []
        /// First year the partner takes part.
        public var joins = ""
        /// The partner's own why.
        public var statement = ""
        /// The statement's language.
        public var statementLanguage = "nl"
        /// Board seats.
        public var seats = "1"
        /// Votes.
        public var votes = "1"
        /// Right of veto.
        public var veto = false
        /// Veto scope token.
        public var vetoScope = "network-decisions"
        /// Line of business, kept as loaded.
        public var sector = ""
        /// The most new money a year the plan may ask this partner for, as typed; empty or `nil`
        /// takes the planner's default (a fifth of what the partner gives now).
        public var askCeiling: String? = nil
        /// The country (ISO 3166-1), kept as loaded; `nil` for Belgium.
        public var country: String? = nil
    }

    /// One contribution row.
    public struct ContributionRow: Codable, Sendable, Equatable {
        /// The row's stable key.
        public var key: String
        /// The giving partner's id.
        public var partner = ""
        /// The year.
        public var year = ""
        /// Contribution kind token.
        public var kind = "cash"
        /// Amount as typed.
        public var amount = ""
        /// Valuation method token (in kind only).
        public var valuation = ""
        /// What is given.
        public var description = ""
        /// Hours and rate, kept as loaded.
        public var hours = ""
        /// The value of an hour, kept as loaded.
        public var hourlyRate = ""
        /// `false` when the profile marks the contribution as not yet committed; `nil` otherwise.
        public var committed: Bool? = nil
    }

    /// One asset row.
    public struct AssetRow: Codable, Sendable, Equatable {
        /// The row's stable key.
        public var key: String
        /// Asset type token.
        public var type = "room"
        /// Owner partner id, or empty.
        public var owner = ""
        /// Capacity (people).
        public var capacity = ""
        /// Free hours a week.
        public var freeHours = ""
        /// Short description.
        public var description = ""
        /// A neutral place.
        public var neutral = false
        /// Equipment, kept as loaded (type, count, description).
        public var equipment: [[String]] = []
    }

    /// One cost line row.
    public struct CostRow: Codable, Sendable, Equatable {
        /// The row's stable key.
        public var key: String
        /// The year.
        public var year = ""
        /// Cost category token.
        public var category = "coordination"
        /// Amount as typed.
        public var amount = ""
        /// What it is for.
        public var description = ""
    }

    /// A fresh row key.
    public mutating func newKey() -> String {
        defer { nextKey += 1 }
        return "r\(nextKey)"
    }
}

/// An output indicator as the workspace keeps it: the profile's `<indicator>` in plain values,
/// its targets as typed.
public struct IndicatorRow: Codable, Sendable, Equatable {
    /// The row's stable key; `nil` in a form stored before indicators had a page (see
    /// ``ProfileForm/indicatorKey(_:)``).
    public var key: String?
    /// The indicator's id.
    public var id: String
    /// What it counts (an `IndicatorUnit` token).
    public var unit: String
    /// The call indicator it answers, or empty.
    public var callIndicator: String
    /// Its names: language tag and text.
    public var names: [[String]]
    /// Its targets: year and value, as typed.
    public var targets: [[String]]

    /// An indicator row.
    public init(
        key: String?, id: String = "", unit: String = "participants", callIndicator: String = "",
        names: [[String]] = [], targets: [[String]] = []
    ) {
        self.key = key
        self.id = id
        self.unit = unit
        self.callIndicator = callIndicator
        self.names = names
        self.targets = targets
    }

    private enum CodingKeys: String, CodingKey { case key, id, unit, callIndicator, names, targets }

    /// Reads a stored row; a form stored before indicators had a page kept its targets as numbers.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decodeIfPresent(String.self, forKey: .key)
        id = try container.decode(String.self, forKey: .id)
        unit = try container.decode(String.self, forKey: .unit)
        callIndicator = try container.decode(String.self, forKey: .callIndicator)
        names = try container.decode([[String]].self, forKey: .names)
        if let typed = try? container.decode([[String]].self, forKey: .targets) {
            targets = typed
        } else {
            targets = try container.decode([[Int]].self, forKey: .targets).map { $0.map(String.init) }
        }
    }

    /// The name in `language`, else the first one.
    func name(in language: String) -> String {
        (names.first { $0.first == language } ?? names.first).flatMap { $0.count == 2 ? $0[1] : nil } ?? ""
    }
}

extension ProfileForm {
    /// The key of the indicator at `index`: its own, or one made from the index for a row stored
    /// before rows had keys (`x1`, never a key ``newKey()`` gives).
    public func indicatorKey(_ index: Int) -> String {
        indicators?[index].key ?? "x\(index + 1)"
    }
}
