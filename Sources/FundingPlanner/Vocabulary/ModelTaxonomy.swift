// Closed vocabularies that place a revenue model in the catalogue's taxonomy (catalogue-1.xsd).
// Raw values are the XML tokens; `label(_:)` gives the words people read.

/// How the catalogue groups revenue models.
public enum RevenueCategory: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case earnedIncome = "earned-income"
    case publicFunding = "public-funding"
    case euFunding = "eu-funding"
    case corporate
    case philanthropy
    case communityFundraising = "community-fundraising"
    case membership
    case inKind = "in-kind"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .earnedIncome: language == .nl ? "Eigen inkomsten" : "Earned income"
        case .publicFunding: language == .nl ? "Publieke middelen" : "Public funding"
        case .euFunding: language == .nl ? "Europese middelen" : "EU funding"
        case .corporate: language == .nl ? "Bedrijven" : "Corporate"
        case .philanthropy: language == .nl ? "Filantropie" : "Philanthropy"
        case .communityFundraising: language == .nl ? "Fondsenwerving in de gemeenschap" : "Community fundraising"
        case .membership: language == .nl ? "Leden en partners" : "Members and partners"
        case .inKind: language == .nl ? "Steun in natura" : "In-kind support"
        }
    }
}

/// EMES resource mix: market income, public (redistributive) income, reciprocity.
public enum ResourceType: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case market
    case `public`
    case reciprocity

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .market: language == .nl ? "Markt" : "Market"
        case .public: language == .nl ? "Publiek (herverdeling)" : "Public (redistribution)"
        case .reciprocity:
            language == .nl ? "Wederkerigheid (giften, vrijwilligers)" : "Reciprocity (gifts, volunteering)"
        }
    }
}

/// Business Model Canvas revenue stream, extended with grant, donation and contribution in kind.
public enum RevenueMechanism: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case assetSale = "asset-sale"
    case usageFee = "usage-fee"
    case subscription
    case renting
    case licensing
    case brokerage
    case advertising
    case grant
    case donation
    case contributionInKind = "contribution-in-kind"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .assetSale: language == .nl ? "Verkoop" : "Asset sale"
        case .usageFee: language == .nl ? "Gebruiksvergoeding" : "Usage fee"
        case .subscription: language == .nl ? "Abonnement" : "Subscription"
        case .renting: language == .nl ? "Verhuur" : "Renting"
        case .licensing: language == .nl ? "Licentie" : "Licensing"
        case .brokerage: language == .nl ? "Bemiddeling" : "Brokerage"
        case .advertising: language == .nl ? "Reclame en zichtbaarheid" : "Advertising"
        case .grant: language == .nl ? "Toelage" : "Grant"
        case .donation: language == .nl ? "Gift" : "Donation"
        case .contributionInKind: language == .nl ? "Bijdrage in natura" : "Contribution in kind"
        }
    }
}

/// Closest of the ten nonprofit funding models (Foster, Kim and Christiansen 2009).
public enum BridgespanModel: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case heartfeltConnector = "heartfelt-connector"
    case beneficiaryBuilder = "beneficiary-builder"
    case memberMotivator = "member-motivator"
    case bigBettor = "big-bettor"
    case publicProvider = "public-provider"
    case policyInnovator = "policy-innovator"
    case beneficiaryBroker = "beneficiary-broker"
    case resourceRecycler = "resource-recycler"
    case marketMaker = "market-maker"
    case localNationalizer = "local-nationalizer"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .heartfeltConnector: language == .nl ? "Heartfelt Connector" : "Heartfelt Connector"
        case .beneficiaryBuilder: language == .nl ? "Beneficiary Builder" : "Beneficiary Builder"
        case .memberMotivator: language == .nl ? "Member Motivator" : "Member Motivator"
        case .bigBettor: language == .nl ? "Big Bettor" : "Big Bettor"
        case .publicProvider: language == .nl ? "Public Provider" : "Public Provider"
        case .policyInnovator: language == .nl ? "Policy Innovator" : "Policy Innovator"
        case .beneficiaryBroker: language == .nl ? "Beneficiary Broker" : "Beneficiary Broker"
        case .resourceRecycler: language == .nl ? "Resource Recycler" : "Resource Recycler"
        case .marketMaker: language == .nl ? "Market Maker" : "Market Maker"
        case .localNationalizer: language == .nl ? "Local Nationalizer" : "Local Nationalizer"
        }
    }
}
