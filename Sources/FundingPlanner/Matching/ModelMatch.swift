/// How one revenue model fits one network: the alignment score and its parts, the expected net
/// contribution, the Matrix Map quadrant, the reasons, and the prerequisites still to meet.
public struct ModelMatch: Sendable, Hashable {
    /// The model's catalogue identifier.
    public var modelID: String
    /// The model's name in the match's language.
    public var modelName: String
    /// How well the model serves the network's purpose, 0–100: the weighted mean of ``components``.
    public var alignment: Int
    /// Each part 0–100, before weighting.
    public var components: Components
    /// Likely yield × probability of success, per year.
    public var expectedIncome: Money
    /// Expected income × direct-cost ratio.
    public var directCosts: Money
    /// Effort hours per month × 12 × the hourly rate.
    public var effortCost: Money
    /// Expected income − direct costs − effort cost, per year.
    public var netContribution: Money
    /// The model's Matrix Map quadrant: high or low alignment against positive or no net contribution.
    public var quadrant: MatrixQuadrant
    /// Whether the model brings means in kind rather than cash.
    public var isInKind: Bool
    /// Whether the network pinned it in its preferences.
    public var isPinned: Bool
    /// Words of the purpose (every language) found in the model's texts in the same language.
    public var matchedTerms: [String]
    /// The network's themes the model carries.
    public var matchedThemes: [String]
    /// The model's mechanisms with a strong fit.
    public var strongMechanisms: [String]
    /// Every prerequisite of the model, checked against the network, with the action when unmet.
    public var prerequisites: [PrerequisiteCheck]
    /// One or two sentences in the chosen language.
    public var rationale: String
    /// The purpose's concepts that the model's texts name too (or a narrower, broader or
    /// sibling concept), labelled in the match's language.
    public var matchedConcepts: [RecognisedConcept] = []
    /// What the network must still check before it can count on the model ("unconfirmed: …").
    public var eligibilityChecks: [String] = []
    /// The participants' own activities (from the purpose and statements) that running the model
    /// is: why "participants practise and develop their talents" is strong.
    public var practisedActivities: [RecognisedConcept] = []
    /// How the network's own means scaled the yield ("a room for 60, free 30 hours a week: …").
    public var yieldNote: String?
    /// Whether the network's participants practise the model's activity (cooking for a café),
    /// so that the hours of the activity itself deliver the purpose rather than cost.
    public var practisesActivity = false

    /// The parts of the alignment score, each 0–100.
    public struct Components: Sendable, Hashable {
        /// How relevant the model's texts are to the purpose's words (BM25 on Snowball stems).
        public var purposeText: Int
        /// The share of the model's themes that are the network's themes.
        public var themes: Int
        /// How well the model's mechanisms serve the purpose and the target groups.
        public var mechanisms: Int
        /// The share of the model's prerequisites the network meets.
        public var feasibility: Int
    }

    /// Actions for the prerequisites not met yet.
    public var actions: [String] {
        prerequisites.filter { !$0.isMet }.map(\.action)
    }
}

/// A model the network may not use, with the reasons in the match's language.
public struct IneligibleModel: Sendable, Hashable {
    /// The model's catalogue identifier.
    public var modelID: String
    /// The model's name in the match's language.
    public var modelName: String
    /// Why the network is not eligible ("not eligible: Gent is not in a LEADER area").
    public var reasons: [String]
    /// What could not be confirmed besides ("unconfirmed: …").
    public var checks: [String] = []
}
