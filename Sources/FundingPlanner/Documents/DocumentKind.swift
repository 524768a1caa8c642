/// The kinds of XML document FundingPlanner reads, each with its own versioned namespace and
/// XSD 1.0 schema under `catalogues/schema/`.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    /// A revenue-model catalogue (`catalogue-1.xsd`).
    case catalogue

    /// The namespace of the root element.
    public var namespace: String {
        switch self {
        case .catalogue: "urn:fundingplanner:catalogue:1"
        }
    }

    /// The local name of the root element.
    public var rootElement: String {
        switch self {
        case .catalogue: "catalogue"
        }
    }

    /// The schema's file name in `catalogues/schema/`.
    public var schemaFileName: String {
        switch self {
        case .catalogue: "catalogue-1.xsd"
        }
    }

    /// The kind whose root element has this namespace and name.
    public static func kind(namespace: String?, rootElement: String) -> DocumentKind? {
        allCases.first { $0.namespace == namespace && $0.rootElement == rootElement }
    }
}
