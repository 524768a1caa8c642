// Closed vocabularies of the network schema (network-1.xsd). Raw values are the XML tokens.

/// Who the network works for.
public enum TargetGroup: String, Sendable, Hashable, CaseIterable, Codable {
    case jobSeekers = "job-seekers"
    case lowLiterateAdults = "low-literate-adults"
    case newcomers
    case youngPeople = "young-people"
    case pupils
    case employees
    case entrepreneurs
    case residents
    case seniors
    case peopleWithDisabilities = "people-with-disabilities"
}

/// The network's legal form; `hosted`: a partner is the legal host (penhouder).
public enum NetworkLegalForm: String, Sendable, Hashable, CaseIterable, Codable {
    case withoutLegalPersonality = "none"
    case hosted
    case nonprofitAssociation = "nonprofit-association"
    case cooperative
    case publicBody = "public-body"
}

/// What a partner does in the network; `puller` is a lighthouse that draws others in.
public enum PartnerRole: String, Sendable, Hashable, CaseIterable, Codable {
    case puller
    case backbone
    case host
    case expert
    case provider
    case connector
    case funder
}

/// Cash, or in kind (rooms, staff time, equipment), valued but never mixed into cash.
public enum ContributionKind: String, Sendable, Hashable, CaseIterable, Codable {
    case cash
    case inKind = "in-kind"
}

/// How an in-kind contribution is valued.
public enum ValuationMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case hoursTimesRate = "hours-times-rate"
    case marketPrice = "market-price"
    case costPrice = "cost-price"
}

/// What a cost line pays for.
public enum CostCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case coordination
    case space
    case activities
    case communication
    case training
    case equipment
    case evaluation
    case other
}
