// Closed vocabularies of the catalogue schema (catalogue-1.xsd). Raw values are the XML tokens.

/// How the catalogue groups revenue models.
public enum RevenueCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case earnedIncome = "earned-income"
    case publicFunding = "public-funding"
    case euFunding = "eu-funding"
    case corporate
    case philanthropy
    case communityFundraising = "community-fundraising"
    case membership
    case inKind = "in-kind"
}

/// EMES resource mix: market income, public (redistributive) income, reciprocity.
public enum ResourceType: String, Sendable, Hashable, CaseIterable, Codable {
    case market
    case `public`
    case reciprocity
}

/// Business Model Canvas revenue stream, extended with grant, donation and contribution in kind.
public enum RevenueMechanism: String, Sendable, Hashable, CaseIterable, Codable {
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
}

/// Closest of the ten nonprofit funding models (Foster, Kim and Christiansen 2009).
public enum BridgespanModel: String, Sendable, Hashable, CaseIterable, Codable {
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
}

/// Who provides the money or means.
public enum FunderType: String, Sendable, Hashable, CaseIterable, Codable {
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
}

/// What a yield grows with.
public enum YieldDriver: String, Sendable, Hashable, CaseIterable, Codable {
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
}

/// How often income arrives.
public enum Recurrence: String, Sendable, Hashable, CaseIterable, Codable {
    case oneOff = "one-off"
    case yearly
    case continuous
}

/// An asset a model needs or a network has.
public enum AssetType: String, Sendable, Hashable, CaseIterable, Codable {
    case room
    case kitchen
    case outdoorSpace = "outdoor-space"
    case equipment
    case website
    case workshop
    case vehicle
}

/// A legal form a funder requires.
public enum LegalForm: String, Sendable, Hashable, CaseIterable, Codable {
    case any
    case legalEntity = "legal-entity"
    case nonprofitAssociation = "nonprofit-association"
    case cooperative
    case publicBody = "public-body"
}

/// How far a network has grown: about two years of toil before it functions.
public enum MaturityStage: String, Sendable, Hashable, CaseIterable, Codable {
    case forming
    case growing
    case mature
}

/// The kind of organisation a partner is.
public enum PartnerType: String, Sendable, Hashable, CaseIterable, Codable {
    case school
    case trainingCentre = "training-centre"
    case company
    case localGovernment = "local-government"
    case ngo
    case citizensGroup = "citizens-group"
    case library
    case employmentService = "employment-service"
    case university
}

/// The kind of risk a model brings.
public enum RiskKind: String, Sendable, Hashable, CaseIterable, Codable {
    case dependency
    case missionDrift = "mission-drift"
    case funderInfluence = "funder-influence"
    case reputational
    case financial
    case regulatory
    case volunteerBurnout = "volunteer-burnout"
    case administrativeBurden = "administrative-burden"
}

/// Low, medium or high.
public enum Level: String, Sendable, Hashable, CaseIterable, Codable {
    case low
    case medium
    case high
}

/// How strong the evidence behind a model is.
public enum EvidenceStrength: String, Sendable, Hashable, CaseIterable, Codable {
    case strong
    case moderate
    case weak
    case assumption
}
