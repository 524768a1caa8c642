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
    }

    /// When money arrives and for how long.
    public struct Timing: Sendable, Hashable {
        /// The months between starting work on the model and its first money (`leadTimeMonths`).
        public var leadTimeMonths: Int
        /// How often the money arrives: once, yearly or continuously (`recurrence`).
        public var recurrence: Recurrence
        /// At most this many years (a 2-year grant ends), or `nil` for no limit.
        public var maximumYears: Int?
    }

    /// Chance that an application or bid succeeds.
    public struct Success: Sendable, Hashable {
        /// Whether the money must be won in competition with others, as a call or a bid (`competitive`).
        public var isCompetitive: Bool
        /// The chance that the money comes in, 10 000 for certain (`probability`).
        public var probability: BasisPoints
        /// Where the probability comes from.
        public var basis: FigureBasis
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
