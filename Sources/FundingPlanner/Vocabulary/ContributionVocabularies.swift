// Closed vocabularies for partners' contributions and the network's costs (network-1.xsd).
// Raw values are the XML tokens; `label(_:)` gives the words people read.

/// Cash, or in kind (rooms, staff time, equipment), valued but never mixed into cash.
public enum ContributionKind: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case cash
    case inKind = "in-kind"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .cash: language == .nl ? "geld" : "cash"
        case .inKind: language == .nl ? "in natura" : "in kind"
        }
    }
}

/// How an in-kind contribution is valued.
public enum ValuationMethod: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case hoursTimesRate = "hours-times-rate"
    case marketPrice = "market-price"
    case costPrice = "cost-price"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .hoursTimesRate: language == .nl ? "uren maal tarief" : "hours times rate"
        case .marketPrice: language == .nl ? "marktprijs" : "market price"
        case .costPrice: language == .nl ? "kostprijs" : "cost price"
        }
    }
}

/// What a cost line pays for.
public enum CostCategory: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case coordination
    case space
    case activities
    case communication
    case training
    case equipment
    case evaluation
    case other

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .coordination: language == .nl ? "coördinatie" : "coordination"
        case .space: language == .nl ? "ruimte" : "space"
        case .activities: language == .nl ? "activiteiten" : "activities"
        case .communication: language == .nl ? "communicatie" : "communication"
        case .training: language == .nl ? "opleiding" : "training"
        case .equipment: language == .nl ? "materiaal" : "equipment"
        case .evaluation: language == .nl ? "evaluatie" : "evaluation"
        case .other: language == .nl ? "andere" : "other"
        }
    }
}
