// Closed vocabularies for what a model needs, the risks it brings and the evidence behind it (catalogue-1.xsd).
// Raw values are the XML tokens; `label(_:)` gives the words people read.

/// An asset a model needs or a network has.
public enum AssetType: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case room
    case kitchen
    case outdoorSpace = "outdoor-space"
    case equipment
    case website
    case workshop
    case vehicle

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .room: language == .nl ? "zaal of lokaal" : "room"
        case .kitchen: language == .nl ? "keuken" : "kitchen"
        case .outdoorSpace: language == .nl ? "buitenruimte" : "outdoor space"
        case .equipment: language == .nl ? "materiaal" : "equipment"
        case .website: language == .nl ? "website" : "website"
        case .workshop: language == .nl ? "werkplaats" : "workshop"
        case .vehicle: language == .nl ? "voertuig" : "vehicle"
        }
    }
}

/// A legal form a funder requires.
public enum LegalForm: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case any
    case legalEntity = "legal-entity"
    case nonprofitAssociation = "nonprofit-association"
    case cooperative
    case publicBody = "public-body"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .any: language == .nl ? "eender welke" : "any"
        case .legalEntity: language == .nl ? "rechtspersoon" : "legal entity"
        case .nonprofitAssociation: language == .nl ? "vzw" : "nonprofit association (vzw)"
        case .cooperative: language == .nl ? "coöperatie" : "cooperative"
        case .publicBody: language == .nl ? "publiek orgaan" : "public body"
        }
    }
}

/// The kind of risk a model brings.
public enum RiskKind: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case dependency
    case missionDrift = "mission-drift"
    case funderInfluence = "funder-influence"
    case reputational
    case financial
    case regulatory
    case volunteerBurnout = "volunteer-burnout"
    case administrativeBurden = "administrative-burden"
    /// A partner that joins to watch its competitors rather than to serve the purpose (the seed's "spies").
    case competitorWatching = "competitor-watching"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .dependency: language == .nl ? "afhankelijkheid" : "dependency"
        case .missionDrift: language == .nl ? "afdrijven van het doel" : "mission drift"
        case .funderInfluence: language == .nl ? "invloed van de financier" : "funder influence"
        case .reputational: language == .nl ? "reputatie" : "reputation"
        case .financial: language == .nl ? "financieel" : "financial"
        case .regulatory: language == .nl ? "regelgeving" : "regulation"
        case .volunteerBurnout: language == .nl ? "overbelasting van vrijwilligers" : "volunteer burnout"
        case .administrativeBurden: language == .nl ? "administratieve last" : "administrative burden"
        case .competitorWatching: language == .nl ? "spionage door concurrenten" : "competitors watching each other"
        }
    }
}

/// Low, medium or high.
public enum RiskLevel: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case low
    case medium
    case high

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .low: language == .nl ? "laag" : "low"
        case .medium: language == .nl ? "middel" : "medium"
        case .high: language == .nl ? "hoog" : "high"
        }
    }
}

/// How strong the evidence behind a model is.
public enum EvidenceStrength: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case strong
    case moderate
    case weak
    case assumption

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .strong: language == .nl ? "sterk" : "strong"
        case .moderate: language == .nl ? "redelijk" : "moderate"
        case .weak: language == .nl ? "zwak" : "weak"
        case .assumption: language == .nl ? "aanname" : "assumption"
        }
    }
}
