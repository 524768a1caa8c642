// Closed vocabularies for who pays, what a yield grows with and how often it arrives (catalogue-1.xsd).
// Raw values are the XML tokens; `label(_:)` gives the words people read.

/// Who provides the money or means.
public enum FunderType: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case municipality
    case province
    case flemishGovernment = "flemish-government"
    case federalGovernment = "federal-government"
    case europeanUnion = "european-union"
    case foundation
    case company
    case individualDonors = "individual-donors"
    case customers
    case members
    case partners

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .municipality: language == .nl ? "Gemeente" : "Municipality"
        case .province: language == .nl ? "Provincie" : "Province"
        case .flemishGovernment: language == .nl ? "Vlaamse overheid" : "Flemish government"
        case .federalGovernment: language == .nl ? "Federale overheid" : "Federal government"
        case .europeanUnion: language == .nl ? "Europese Unie" : "European Union"
        case .foundation: language == .nl ? "Stichting" : "Foundation"
        case .company: language == .nl ? "Bedrijf" : "Company"
        case .individualDonors: language == .nl ? "Particuliere schenkers" : "Individual donors"
        case .customers: language == .nl ? "Klanten" : "Customers"
        case .members: language == .nl ? "Leden" : "Members"
        case .partners: language == .nl ? "Partners" : "Partners"
        }
    }
}

/// What a yield grows with.
public enum YieldDriver: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case fixed
    case roomHours = "room-hours"
    case participants
    case visitors
    case members
    case partners
    case companies
    case events
    case donors
    case projectBudget = "project-budget"
    case staffHours = "staff-hours"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .fixed: language == .nl ? "vast bedrag" : "fixed amount"
        case .roomHours: language == .nl ? "zaaluren" : "room hours"
        case .participants: language == .nl ? "deelnemers" : "participants"
        case .visitors: language == .nl ? "bezoekers" : "visitors"
        case .members: language == .nl ? "leden" : "members"
        case .partners: language == .nl ? "partners" : "partners"
        case .companies: language == .nl ? "bedrijven" : "companies"
        case .events: language == .nl ? "evenementen" : "events"
        case .donors: language == .nl ? "schenkers" : "donors"
        case .projectBudget: language == .nl ? "projectbudget" : "project budget"
        case .staffHours: language == .nl ? "personeelsuren" : "staff hours"
        }
    }
}

/// How often income arrives.
public enum Recurrence: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case oneOff = "one-off"
    case yearly
    case continuous

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .oneOff: language == .nl ? "eenmalig" : "one-off"
        case .yearly: language == .nl ? "jaarlijks" : "yearly"
        case .continuous: language == .nl ? "doorlopend" : "continuous"
        }
    }
}

extension FunderType {
    /// Whether this funder is a government, the EU, a company or a foundation: the funders that
    /// give for their own goals and so need the plan's added value spelled out.
    public var isPublicOrCorporate: Bool {
        switch self {
        case .municipality, .province, .flemishGovernment, .federalGovernment, .europeanUnion, .company, .foundation:
            true
        case .individualDonors, .customers, .members, .partners: false
        }
    }
}
