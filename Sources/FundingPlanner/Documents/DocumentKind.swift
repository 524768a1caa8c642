/// The kinds of XML document FundingPlanner reads, each with its own versioned namespace and
/// XSD 1.0 schema under `catalogues/schema/`.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    /// A revenue-model catalogue (`catalogue-1.xsd`).
    case catalogue
    /// A network profile (`network-1.xsd`).
    case network
    /// Readiness findings and matched models (`match-1.xsd`).
    case match
    /// A funding plan (`plan-1.xsd`).
    case plan
    /// A review rubric (`rubric-1.xsd`).
    case rubric
    /// A funding call's rules (`call-1.xsd`).
    case call
    /// A reviewer's score sheet (`reviewer-1.xsd`).
    case reviewerSheet = "reviewer-sheet"
    /// A review of many plans (`review-1.xsd`).
    case review
    /// A concept lexicon (`lexicon-1.xsd`).
    case lexicon
    /// A region list: where revenue models apply (`regions-1.xsd`).
    case regions
    /// What-if scenarios for one network's plan (`scenario-1.xsd`).
    case scenarios

    /// The namespace of the root element.
    public var namespace: String {
        switch self {
        case .catalogue: "urn:fundingplanner:catalogue:1"
        case .network: "urn:fundingplanner:network:1"
        case .match: "urn:fundingplanner:match:1"
        case .plan: "urn:fundingplanner:plan:1"
        case .rubric: "urn:fundingplanner:rubric:1"
        case .call: "urn:fundingplanner:call:1"
        case .reviewerSheet: "urn:fundingplanner:reviewer:1"
        case .review: "urn:fundingplanner:review:1"
        case .lexicon: "urn:fundingplanner:lexicon:1"
        case .regions: "urn:fundingplanner:regions:1"
        case .scenarios: "urn:fundingplanner:scenario:1"
        }
    }

    /// The local name of the root element.
    public var rootElement: String {
        switch self {
        case .catalogue: "catalogue"
        case .network: "network"
        case .match: "match"
        case .plan: "plan"
        case .rubric: "rubric"
        case .call: "call"
        case .reviewerSheet: "sheet"
        case .review: "review"
        case .lexicon: "lexicon"
        case .regions: "regions"
        case .scenarios: "scenarios"
        }
    }

    /// The schema's file name in `catalogues/schema/`.
    public var schemaFileName: String {
        switch self {
        case .catalogue: "catalogue-1.xsd"
        case .network: "network-1.xsd"
        case .match: "match-1.xsd"
        case .plan: "plan-1.xsd"
        case .rubric: "rubric-1.xsd"
        case .call: "call-1.xsd"
        case .reviewerSheet: "reviewer-1.xsd"
        case .review: "review-1.xsd"
        case .lexicon: "lexicon-1.xsd"
        case .regions: "regions-1.xsd"
        case .scenarios: "scenario-1.xsd"
        }
    }

    /// The kind whose root element has this namespace and name.
    public static func kind(namespace: String?, rootElement: String) -> DocumentKind? {
        allCases.first { $0.namespace == namespace && $0.rootElement == rootElement }
    }
}
