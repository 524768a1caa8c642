/// How one revenue model fits one network: the alignment score and its parts, the expected net
/// contribution, the Matrix Map quadrant, the reasons, and the prerequisites still to meet.
public struct ModelMatch: Sendable, Hashable {
    public var modelID: String
    public var modelName: String
    /// 0–100.
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
    public var quadrant: MatrixQuadrant
    /// Whether the model brings means in kind rather than cash.
    public var isInKind: Bool
    /// Whether the network pinned it in its preferences.
    public var isPinned: Bool
    /// Words of the purpose found in the model's texts.
    public var matchedTerms: [String]
    /// The network's themes the model carries.
    public var matchedThemes: [String]
    /// The model's mechanisms with a strong fit.
    public var strongMechanisms: [String]
    public var prerequisites: [PrerequisiteCheck]
    /// One or two sentences in the chosen language.
    public var rationale: String

    /// The parts of the alignment score, each 0–100.
    public struct Components: Sendable, Hashable {
        public var purposeText: Int
        public var themes: Int
        public var mechanisms: Int
        public var feasibility: Int
    }

    /// Actions for the prerequisites not met yet.
    public var actions: [String] {
        prerequisites.filter { !$0.isMet }.map(\.action)
    }
}
