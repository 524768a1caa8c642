/// One way a network can bring in money or means, as one `<model>` element of a catalogue.
///
/// A model can be venue hire, a social café, a CSR award, a municipal project subsidy, an ESF+
/// call, and so on. Names, descriptions and other texts are bilingual (Dutch and English).
///
/// Every figure carries its basis: sourced (with the cited source) or an assumption that users
/// should replace with their own.
public struct RevenueModel: Sendable, Hashable, Identifiable {
    /// Stable identifier, for example `venue-hire` (the `id` attribute of `<model>`).
    ///
    /// A user catalogue overrides a model by reusing its id.
    public var id: String
    /// How the catalogue groups the model: earned income, public funding, EU funding, … (`category`).
    public var category: RevenueCategory
    /// The model's short name, in Dutch and English (`<name>`).
    public var name: LocalizedText
    /// What the network does to bring in the money, in a few sentences (`<description>`).
    public var description: LocalizedText
    /// The model's place in three taxonomies (`<taxonomy>`).
    public var taxonomy: Taxonomy
    /// Who pays, and why (`<funder>`).
    public var funder: Funder
    /// What the model typically brings in a year: minimum, likely and maximum (`<yield>`).
    public var yield: Yield
    /// The direct costs of running the model, as a share of its yield (`<cost>`).
    public var cost: Cost
    /// The volunteer or staff hours the model takes (`<effort>`).
    public var effort: Effort
    /// When the money arrives, how often, and for how long (`<timing>`).
    public var timing: Timing
    /// Whether the money must be won, and the chance of winning it (`<success>`).
    public var success: Success
    /// What the network must have before it can run the model (`<prerequisites>`).
    public var prerequisites: [Prerequisite]
    /// Who may use the model: regions, phases, legal forms, partners, co-financing kinds, exclusions (`<eligibility>`).
    public var eligibility = Eligibility()
    /// The themes and mechanisms through which the model serves a purpose (`<alignment>`).
    public var alignment: AlignmentHooks
    /// The risks of relying on the model (`<risks>`).
    public var risks: [Risk]
    /// A short worked example of a network running the model (`<example>`).
    public var example: LocalizedText
    /// Where the figures and claims come from (`<provenance>`).
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
        /// The EMES resource type: market, public or reciprocity (`resourceType`).
        public var resourceType: ResourceType
        /// The Business Model Canvas revenue mechanism, for example renting (`revenueMechanism`).
        public var revenueMechanism: RevenueMechanism
        /// The closest of Bridgespan's ten nonprofit funding models (`bridgespanModel`).
        public var bridgespanModel: BridgespanModel
    }

    /// Who pays, and why they give.
    public struct Funder: Sendable, Hashable {
        /// The type of funder: a municipality, a foundation, customers, … (`type`).
        public var type: FunderType
        /// Why this funder gives or pays (`<motive>`).
        public var motive: LocalizedText
    }

    /// Typical yield per year in euros, and what it grows with.
    public struct Yield: Sendable, Hashable {
        /// The lowest yield a year to expect, for the simulation's triangle (`min`, in euros in the XML).
        public var minimum: Money
        /// The most likely yield a year, which the plan's expected income is based on (`likely`).
        public var likely: Money
        /// The highest yield a year to expect, for the simulation's triangle (`max`).
        public var maximum: Money
        /// What the yield grows with: room hours, participants, visitors, … (`driver`).
        public var driver: YieldDriver
        /// How to estimate the yield from the driver, with a worked figure (`<scalesWith>`).
        public var scalesWith: LocalizedText
        /// Where the yield figures come from.
        public var basis: FigureBasis
    }

    /// Direct costs as a share of the yield.
    public struct Cost: Sendable, Hashable {
        /// The direct costs as a share of the income, for example 2 500 for a quarter (`directCostRatio`).
        public var directCostRatio: BasisPoints
        /// Where the ratio comes from.
        public var basis: FigureBasis
    }

    /// Volunteer or staff hours it takes.
    public struct Effort: Sendable, Hashable {
        /// The hours a month the model takes while it runs (`hoursPerMonth`).
        public var hoursPerMonth: Int
        /// The hours it takes once to set the model up, in its first year (`startupHours`).
        public var startupHours: Int
        /// Where the hour figures come from.
        public var basis: FigureBasis
        /// The part of `hoursPerMonth` that is the activity itself, not coordination or
        /// acquisition (`purposeHoursPerMonth`, 0 by default).
        ///
        /// For a network whose participants practise the activity, these hours deliver the
        /// purpose: they count against capacity but are not charged as a cost.
        public var purposeHoursPerMonth: Int = 0
    }

    /// When money arrives and for how long.
    public struct Timing: Sendable, Hashable {
        /// The months between starting work on the model and its first money (`leadTimeMonths`).
        public var leadTimeMonths: Int
        /// How often the money arrives: once, yearly or continuously (`recurrence`).
        public var recurrence: Recurrence
        /// At most this many years (a 2-year grant ends), or `nil` for no limit.
        public var maximumYears: Int?
        /// Moments in the funder's calendar (budget revisions, elections, a call that closed).
        public var moments: [CalendarMoment] = []
    }

    /// Chance that an application or bid succeeds.
    public struct Success: Sendable, Hashable {
        /// Whether the money must be won in competition with others, as a call or a bid (`competitive`).
        public var isCompetitive: Bool
        /// The chance that the money comes in, 10 000 for certain (`probability`).
        public var probability: BasisPoints
        /// Where the probability comes from.
        public var basis: FigureBasis
        /// A different chance while the network is in a phase (lower while it is forming).
        public var phaseProbabilities: [PhaseProbability] = []
    }

    /// Themes and mechanisms through which running the activity serves a network's purpose.
    public struct AlignmentHooks: Sendable, Hashable {
        /// Theme identifiers from the catalogue's vocabulary (`<theme ref>`).
        public var themes: [String]
        /// Mechanism identifiers from the catalogue's vocabulary (`<mechanism ref>`).
        public var mechanisms: [String]
    }

    /// A risk of relying on this model.
    public struct Risk: Sendable, Hashable {
        /// The kind of risk: dependency, mission drift, funder influence, … (`kind`).
        public var kind: RiskKind
        /// How serious the risk is: low, medium or high (`level`).
        public var level: RiskLevel
        /// What can go wrong, in a sentence or two (`<text>`).
        public var text: LocalizedText
    }

    /// Where the figures and claims come from.
    public struct Provenance: Sendable, Hashable {
        /// How strong the evidence behind the model is: strong, moderate or weak (`evidence`).
        public var evidence: EvidenceStrength
        /// ISO 3166 code (BE-VLG, BE, GB, US) or EU.
        public var region: String
        /// Date of the last review, `YYYY-MM-DD`.
        public var reviewed: String
        /// Ids of the catalogue sources cited.
        public var citations: [String]
        /// What the sources say and how to read the figures (`<note>`).
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
    /// The network must have an asset of this type, for example a room (`<asset type>`).
    case asset(AssetType)
    /// The network must have this legal form (`<legalForm type>`).
    case legalForm(LegalForm)
    /// The network needs a licence or permit, named by its id and label (`<licence>`).
    case licence(id: String, label: LocalizedText)
    /// The network must have reached at least this maturity stage (`<maturity minimum>`).
    case minimumMaturity(MaturityStage)
    /// The network must count a partner of this type (`<partnerType type>`).
    case partnerType(PartnerType)
    /// The network must pay at least this share of eligible costs itself.
    case cofinancing(minimumShare: BasisPoints)
}

/// Who may use a model (`<eligibility>`).
///
/// Each list that is empty means no restriction of that kind.
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

    /// No restriction of any kind.
    public init() {}

    /// Whether nothing restricts the model.
    public var isUnrestricted: Bool {
        regions.isEmpty && phases.isEmpty && legalForms.isEmpty && partnerRequirements.isEmpty
            && cofinancingKinds.isEmpty && excludedModels.isEmpty
    }
}

/// A region code from the shipped region list (`catalogues/regions/flanders-regions.xml`).
public struct RegionCode: Sendable, Hashable, RawRepresentable {
    /// The code, such as `leader-westhoek`.
    public var rawValue: String

    /// The region with this code.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A partner a funder requires, and how many.
public struct PartnerRequirementRule: Sendable, Hashable {
    /// The kind of partner required (`requirement`).
    public var requirement: PartnerRequirement
    /// How many of them, at least (`minimum`, 1 when absent).
    public var minimum: Int

    /// A requirement of at least `minimum` partners of the kind `requirement`.
    public init(requirement: PartnerRequirement, minimum: Int) {
        self.requirement = requirement
        self.minimum = minimum
    }
}

/// A different chance of success while the network is in one phase.
public struct PhaseProbability: Sendable, Hashable {
    /// The phase (`stage`).
    public var stage: MaturityStage
    /// The chance of success in that phase (`probability`, basis points).
    public var probability: BasisPoints
}

/// A moment in a funder's calendar: a yearly budget revision, elections, a call that closed.
public struct CalendarMoment: Sendable, Hashable {
    /// What happens (`kind`).
    public var kind: MomentKind
    /// Every year, or once (`recurs`).
    public var recurrence: MomentRecurrence
    /// `YYYY-MM` for a moment that happens once.
    public var date: String?
    /// What to do about it (`<text>`).
    public var text: LocalizedText
}

/// One fact behind a model, with where it comes from and when it was checked.
public struct ProvenanceFact: Sendable, Hashable {
    /// What the fact supports: the mechanism, the figures or a rule (`about`).
    public var subject: FactSubject
    /// Checked in the source, our assumption, or unverified (`basis`).
    public var basis: FactBasis
    /// `YYYY-MM-DD`.
    public var checked: String
    /// Where it was checked (`url`).
    public var url: String?
    /// The document it comes from when there is no URL, or next to it (`document`).
    public var document: String?
    /// The fact in Dutch and English (`<text>`).
    public var text: LocalizedText
}

/// A figure the notes state, for the test that reads notes against data.
public struct NoteClaim: Sendable, Hashable {
    /// The model field the note states, or `external` (`field`).
    public var field: ClaimField
    /// In the field's own unit (euros, basis points, hours, months), or as the note writes it.
    public var value: Double
    /// For an external claim: the unit the note writes it in (`unit`).
    public var unit: ClaimUnit?
}
