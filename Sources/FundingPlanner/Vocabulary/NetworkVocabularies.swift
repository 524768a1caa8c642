// Closed vocabularies that describe a network and its partners (network-1.xsd, catalogue-1.xsd).
// Raw values are the XML tokens; `label(_:)` gives the words people read.

/// How far a network has grown: about two years of toil before it functions.
public enum MaturityStage: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case forming
    case growing
    case mature

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .forming: language == .nl ? "in opbouw" : "forming"
        case .growing: language == .nl ? "groeiend" : "growing"
        case .mature: language == .nl ? "matuur" : "mature"
        }
    }
}

/// The kind of organisation a partner is.
public enum PartnerType: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case school
    case trainingCentre = "training-centre"
    case company
    case localGovernment = "local-government"
    case ngo
    case citizensGroup = "citizens-group"
    case library
    case employmentService = "employment-service"
    case university

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .school: language == .nl ? "school" : "school"
        case .trainingCentre: language == .nl ? "opleidingscentrum" : "training centre"
        case .company: language == .nl ? "bedrijf" : "company"
        case .localGovernment: language == .nl ? "lokaal bestuur" : "local government"
        case .ngo: language == .nl ? "middenveldorganisatie" : "NGO"
        case .citizensGroup: language == .nl ? "burgerinitiatief" : "citizens' group"
        case .library: language == .nl ? "bibliotheek" : "library"
        case .employmentService: language == .nl ? "arbeidsbemiddeling" : "employment service"
        case .university: language == .nl ? "hogeschool of universiteit" : "university or college"
        }
    }
}

/// Who the network works for.
public enum TargetGroup: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
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

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .jobSeekers: language == .nl ? "werkzoekenden" : "job seekers"
        case .lowLiterateAdults: language == .nl ? "laaggeletterde volwassenen" : "adults with low literacy"
        case .newcomers: language == .nl ? "nieuwkomers" : "newcomers"
        case .youngPeople: language == .nl ? "jongeren" : "young people"
        case .pupils: language == .nl ? "leerlingen" : "pupils"
        case .employees: language == .nl ? "werknemers" : "employees"
        case .entrepreneurs: language == .nl ? "ondernemers" : "entrepreneurs"
        case .residents: language == .nl ? "buurtbewoners" : "residents"
        case .seniors: language == .nl ? "senioren" : "seniors"
        case .peopleWithDisabilities: language == .nl ? "mensen met een beperking" : "people with disabilities"
        }
    }
}

/// The network's legal form; `hosted`: a partner is the legal host (penhouder).
public enum NetworkLegalForm: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case withoutLegalPersonality = "none"
    case hosted
    case nonprofitAssociation = "nonprofit-association"
    case cooperative
    case publicBody = "public-body"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .withoutLegalPersonality: language == .nl ? "feitelijke vereniging (geen rechtspersoon)" : "no legal personality"
        case .hosted: language == .nl ? "ondergebracht bij een partner (penhouder)" : "hosted by a partner"
        case .nonprofitAssociation: language == .nl ? "vzw" : "nonprofit association (vzw)"
        case .cooperative: language == .nl ? "coöperatie" : "cooperative"
        case .publicBody: language == .nl ? "publiek orgaan" : "public body"
        }
    }
}

/// What a partner does in the network; `puller` is a lighthouse that draws others in.
public enum PartnerRole: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case puller
    case backbone
    case host
    case expert
    case provider
    case connector
    case funder

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .puller: language == .nl ? "trekker (vuurtoren)" : "puller (lighthouse)"
        case .backbone: language == .nl ? "coördinatie" : "backbone"
        case .host: language == .nl ? "gastheer" : "host"
        case .expert: language == .nl ? "expert" : "expert"
        case .provider: language == .nl ? "aanbieder" : "provider"
        case .connector: language == .nl ? "verbinder" : "connector"
        case .funder: language == .nl ? "financier" : "funder"
        }
    }
}
