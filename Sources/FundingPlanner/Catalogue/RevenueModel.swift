/// One way a network can bring in money or means: venue hire, a social café, a CSR award, a
/// municipal project subsidy, an ESF+ call…
///
/// Every figure carries its basis: sourced (with the cited source) or an assumption that users
/// should replace with their own.
public struct RevenueModel: Sendable, Hashable, Identifiable {
    /// Stable identifier, e.g. `venue-hire`. A user catalogue overrides a model by reusing its id.
    public var id: String
    public var category: RevenueCategory
    public var name: LocalizedText
    public var description: LocalizedText
    public var taxonomy: Taxonomy
    public var funder: Funder
    public var yield: Yield
    public var cost: Cost
    public var effort: Effort
    public var timing: Timing
    public var success: Success
    public var prerequisites: [Prerequisite]
    public var alignment: AlignmentHooks
    public var risks: [Risk]
    public var example: LocalizedText
    public var provenance: Provenance
    /// Where the model was defined: file and line.
    public var origin: SourcePosition

    /// Taxonomy tags: EMES resource type, Business Model Canvas revenue mechanism, closest
    /// Bridgespan funding model.
    public struct Taxonomy: Sendable, Hashable {
        public var resourceType: ResourceType
        public var revenueMechanism: RevenueMechanism
        public var bridgespanModel: BridgespanModel
    }

    /// Who pays, and why they give.
    public struct Funder: Sendable, Hashable {
        public var type: FunderType
        public var motive: LocalizedText
    }

    /// Typical yield per year in euros, and what it grows with.
    public struct Yield: Sendable, Hashable {
        public var minimum: Money
        public var likely: Money
        public var maximum: Money
        public var driver: YieldDriver
        public var scalesWith: LocalizedText
        public var basis: FigureBasis
    }

    /// Direct costs as a share of the yield.
    public struct Cost: Sendable, Hashable {
        public var directCostRatio: BasisPoints
        public var basis: FigureBasis
    }

    /// Volunteer or staff hours it takes.
    public struct Effort: Sendable, Hashable {
        public var hoursPerMonth: Int
        public var startupHours: Int
        public var basis: FigureBasis
    }

    /// When money arrives and for how long.
    public struct Timing: Sendable, Hashable {
        public var leadTimeMonths: Int
        public var recurrence: Recurrence
        /// At most this many years (a 2-year grant ends), or `nil` for no limit.
        public var maximumYears: Int?
    }

    /// Chance that an application or bid succeeds.
    public struct Success: Sendable, Hashable {
        public var isCompetitive: Bool
        public var probability: BasisPoints
        public var basis: FigureBasis
    }

    /// Themes and mechanisms through which running the activity serves a network's purpose.
    public struct AlignmentHooks: Sendable, Hashable {
        public var themes: [String]
        public var mechanisms: [String]
    }

    /// A risk of relying on this model.
    public struct Risk: Sendable, Hashable {
        public var kind: RiskKind
        public var level: RiskLevel
        public var text: LocalizedText
    }

    /// Where the figures and claims come from.
    public struct Provenance: Sendable, Hashable {
        public var evidence: EvidenceStrength
        /// ISO 3166 code (BE-VLG, BE, GB, US) or EU.
        public var region: String
        /// Date of the last review, `YYYY-MM-DD`.
        public var reviewed: String
        /// Ids of the catalogue sources cited.
        public var citations: [String]
        public var note: LocalizedText
    }
}

/// Where a figure comes from.
public enum FigureBasis: Sendable, Hashable {
    /// Taken from the cited catalogue source.
    case sourced(sourceID: String)
    /// A planning estimate: replace it with your own figure.
    case assumption

    /// Whether users should replace the figure with their own.
    public var isAssumption: Bool { self == .assumption }
}

/// Something a network must have before it can run a model.
public enum Prerequisite: Sendable, Hashable {
    case asset(AssetType)
    case legalForm(LegalForm)
    case licence(id: String, label: LocalizedText)
    case minimumMaturity(MaturityStage)
    case partnerType(PartnerType)
    /// The network must pay at least this share of eligible costs itself.
    case cofinancing(minimumShare: BasisPoints)
}
