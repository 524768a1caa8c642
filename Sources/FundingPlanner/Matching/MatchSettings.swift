/// How `fundplan match` weighs the parts of the alignment score, and the other numbers it uses.
///
/// Alignment = (text × purposeText + theme × themeOverlap + mechanism × mechanismFit +
/// feasibility × feasibility) / (sum of the weights), each part between 0 and 1, shown 0–100.
public struct MatchSettings: Sendable, Hashable {
    /// Weight of the purpose text's relevance to the model's texts (BM25 on Snowball stems).
    public var textWeight: Int
    /// Weight of the share of the model's themes that are the network's themes.
    public var themeWeight: Int
    /// Weight of how well the model's mechanisms serve the purpose and target groups.
    public var mechanismWeight: Int
    /// Weight of the share of prerequisites the network meets.
    public var feasibilityWeight: Int
    /// The value of one hour of effort; `nil` takes the network's own `hourlyRate`.
    public var hourlyRate: Money?
    /// Alignment from which a model counts as high impact on the Matrix Map (0–100).
    public var highImpactThreshold: Int

    /// The defaults: 30 / 25 / 25 / 20, high impact from 50.
    public static let standard = MatchSettings(
        textWeight: 30, themeWeight: 25, mechanismWeight: 25, feasibilityWeight: 20, hourlyRate: nil,
        highImpactThreshold: 50)

    /// Settings with these weights, hourly rate and high-impact threshold.
    public init(
        textWeight: Int, themeWeight: Int, mechanismWeight: Int, feasibilityWeight: Int, hourlyRate: Money?,
        highImpactThreshold: Int
    ) {
        self.textWeight = textWeight
        self.themeWeight = themeWeight
        self.mechanismWeight = mechanismWeight
        self.feasibilityWeight = feasibilityWeight
        self.hourlyRate = hourlyRate
        self.highImpactThreshold = highImpactThreshold
    }

    var totalWeight: Int { textWeight + themeWeight + mechanismWeight + feasibilityWeight }
}

/// The four quadrants of the Matrix Map (Bell, Masaoka and Zimmerman 2010): mission impact
/// (here: alignment) against net financial contribution.
public enum MatrixQuadrant: String, Sendable, Hashable, CaseIterable {
    /// High impact, positive net contribution.
    case star
    /// High impact, no net contribution.
    case heart
    /// Low impact, positive net contribution.
    case moneyTree = "money-tree"
    /// Low impact, no net contribution.
    case stopSign = "stop-sign"

    /// The quadrant's name in `language`.
    public func name(_ language: Language) -> String {
        switch self {
        case .star: language == .nl ? "Ster" : "Star"
        case .heart: language == .nl ? "Hart" : "Heart"
        case .moneyTree: language == .nl ? "Geldboom" : "Money Tree"
        case .stopSign: language == .nl ? "Stopbord" : "Stop Sign"
        }
    }

    /// What to do with an activity in this quadrant.
    public func imperative(_ language: Language) -> String {
        switch self {
        case .star: language == .nl ? "investeer: uitbouwen en beschermen" : "invest: grow and protect it"
        case .heart:
            language == .nl
                ? "behouden en bewust subsidiëren uit andere bronnen"
                : "keep, and subsidise it deliberately from other sources"
        case .moneyTree:
            language == .nl
                ? "behouden als inkomstenbron, niet verkopen als impact" : "keep as income, don't sell it as impact"
        case .stopSign: language == .nl ? "herontwerpen of stoppen" : "redesign or stop"
        }
    }
}
