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
    /// Who may use the model: regions, phases, legal forms, partners, co-financing kinds, exclusions.
    public var eligibility = Eligibility()
    public var alignment: AlignmentHooks
    public var risks: [Risk]
    public var example: LocalizedText
    public var provenance: Provenance
    /// Where the model was defined: file and line.
    public var origin: SourcePosition
    /// Income (the default) or a plan element that is not income (a bridging loan).
    public var role: ModelRole = .income
    /// Tags such as `quick-win`.
    public var tags: [ModelTag] = []

    /// Whether the model counts as income: plan elements are left out of matching and planning.
    public var countsAsIncome: Bool { role == .income }

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
        /// Moments in the funder's calendar (budget revisions, elections, a call that closed).
        public var moments: [CalendarMoment] = []
    }

    /// Chance that an application or bid succeeds.
    public struct Success: Sendable, Hashable {
        public var isCompetitive: Bool
        public var probability: BasisPoints
        public var basis: FigureBasis
        /// A different chance while the network is in a phase (lower while it is forming).
        public var phaseProbabilities: [PhaseProbability] = []
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
        /// The facts behind the model, each with its source and the date it was checked.
        public var facts: [ProvenanceFact] = []
        /// The figures the notes state, checked against the data by a test.
        public var claims: [NoteClaim] = []
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

/// Who may use a model. Each list that is empty means no restriction of that kind.
public struct Eligibility: Sendable, Hashable {
    /// Regions where the model applies (codes of `region-codes-1.xsd`); empty: the provenance region.
    public var regions: [RegionCode] = []
    /// The network phases the model is open to.
    public var phases: [MaturityStage] = []
    /// The legal forms that may apply.
    public var legalForms: [LegalForm] = []
    /// Partners the funder requires.
    public var partnerRequirements: [PartnerRequirementRule] = []
    /// The kinds of contribution the funder accepts as co-financing.
    public var cofinancingKinds: [CofinancingKind] = []
    /// Models that cannot be combined with this one.
    public var excludedModels: [String] = []

    public init() {}

    /// Whether nothing restricts the model.
    public var isUnrestricted: Bool {
        regions.isEmpty && phases.isEmpty && legalForms.isEmpty && partnerRequirements.isEmpty
            && cofinancingKinds.isEmpty && excludedModels.isEmpty
    }
}

/// A region code from the shipped region list (`catalogues/regions/flanders-regions.xml`).
public struct RegionCode: Sendable, Hashable, RawRepresentable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A partner a funder requires, and how many.
public struct PartnerRequirementRule: Sendable, Hashable {
    public var requirement: PartnerRequirement
    public var minimum: Int

    public init(requirement: PartnerRequirement, minimum: Int) {
        self.requirement = requirement
        self.minimum = minimum
    }
}

/// A different chance of success while the network is in one phase.
public struct PhaseProbability: Sendable, Hashable {
    public var stage: MaturityStage
    public var probability: BasisPoints
}

/// A moment in a funder's calendar: a yearly budget revision, elections, a call that closed.
public struct CalendarMoment: Sendable, Hashable {
    public var kind: MomentKind
    public var recurrence: MomentRecurrence
    /// `YYYY-MM` for a moment that happens once.
    public var date: String?
    public var text: LocalizedText
}

/// One fact behind a model, with where it comes from and when it was checked.
public struct ProvenanceFact: Sendable, Hashable {
    public var subject: FactSubject
    public var basis: FactBasis
    /// `YYYY-MM-DD`.
    public var checked: String
    public var url: String?
    public var document: String?
    public var text: LocalizedText
}

/// A figure the notes state, for the test that reads notes against data.
public struct NoteClaim: Sendable, Hashable {
    public var field: ClaimField
    /// In the field's own unit (euros, basis points, hours, months), or as the note writes it.
    public var value: Double
    public var unit: ClaimUnit?
}
