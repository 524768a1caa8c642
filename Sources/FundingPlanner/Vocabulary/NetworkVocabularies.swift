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
    case foundation

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
        case .foundation: language == .nl ? "stichting of fonds" : "foundation or fund"
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
        case .withoutLegalPersonality:
            language == .nl ? "feitelijke vereniging (geen rechtspersoon)" : "no legal personality"
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

/// A licence, registration or recognition a partner holds for the network's activities.
public enum LicenceType: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    /// FAVV/AFSCA registration (handling or selling food).
    case favvRegistration = "favv-registration"
    /// FAVV/AFSCA authorisation (preparing meals, e.g. a restaurant kitchen).
    case favvAuthorisation = "favv-authorisation"
    /// The municipal horeca operating licence (exploitatievergunning).
    case operatingLicence = "operating-licence"
    /// A licence to serve spirits where the municipality requires one.
    case drinksLicence = "drinks-licence"
    /// The fire brigade's certificate for a room open to the public.
    case fireSafetyCertificate = "fire-safety-certificate"
    /// Music rights (Unisono) for playing music in public.
    case musicLicence = "music-licence"
    /// Recognition as a maatwerkbedrijf or local service-economy enterprise.
    case socialEconomyRecognition = "social-economy-recognition"
    /// A registered provider for the kmo-portefeuille or opleidingscheques.
    case trainingProviderRegistration = "training-provider-registration"

    /// Whether holding this licence meets a catalogue model's licence prerequisite `id`: the same
    /// token, or any FAVV registration or authorisation for a food-safety prerequisite (an id
    /// starting with `favv`, such as the catalogue's `favv-food-safety`).
    public func satisfies(licencePrerequisite id: String) -> Bool {
        if id == rawValue { return true }
        switch self {
        case .favvRegistration, .favvAuthorisation: return id.hasPrefix("favv")
        case .operatingLicence, .drinksLicence, .fireSafetyCertificate, .musicLicence, .socialEconomyRecognition,
            .trainingProviderRegistration:
            return false
        }
    }

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .favvRegistration: return nl ? "FAVV-registratie" : "FASFC (FAVV) registration"
        case .favvAuthorisation: return nl ? "FAVV-toelating" : "FASFC (FAVV) authorisation"
        case .operatingLicence: return nl ? "exploitatievergunning" : "operating licence"
        case .drinksLicence: return nl ? "drankvergunning" : "drinks licence"
        case .fireSafetyCertificate: return nl ? "brandveiligheidsattest" : "fire-safety certificate"
        case .musicLicence: return nl ? "muziekrechten (Unisono)" : "music licence (Unisono)"
        case .socialEconomyRecognition: return nl ? "erkenning sociale economie" : "social-economy recognition"
        case .trainingProviderRegistration:
            return nl ? "registratie als opleidingsverstrekker" : "registration as a training provider"
        }
    }
}

/// Equipment inside an asset.
public enum EquipmentType: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case teachingKitchen = "teaching-kitchen"
    case professionalKitchen = "professional-kitchen"
    case coldStorage = "cold-storage"
    case laptops
    case workshopTools = "workshop-tools"
    case printer3D = "3d-printer"
    case soundSystem = "sound-system"
    case cargoBike = "cargo-bike"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .teachingKitchen: return nl ? "leerkeuken" : "teaching kitchen"
        case .professionalKitchen: return nl ? "professionele keuken" : "professional kitchen"
        case .coldStorage: return nl ? "koelcel" : "cold storage"
        case .laptops: return nl ? "laptops" : "laptops"
        case .workshopTools: return nl ? "werkposten en gereedschap" : "workshop tools"
        case .printer3D: return nl ? "3D-printer" : "3D printer"
        case .soundSystem: return nl ? "geluidsinstallatie" : "sound system"
        case .cargoBike: return nl ? "bakfiets" : "cargo bike"
        }
    }
}

/// What a partner's veto covers.
public enum VetoScope: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    /// Any decision of the network: money holds power.
    case networkDecisions = "network-decisions"
    /// Only the use of the partner's own subsidy (earmarking, reporting, clawback), as its grant
    /// regulation allows.
    case ownSubsidy = "own-subsidy"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .networkDecisions:
            return language == .nl ? "veto over de beslissingen van het netwerk" : "veto over the network's decisions"
        case .ownSubsidy: return language == .nl ? "voorwaarden op de eigen subsidie" : "conditions on its own subsidy"
        }
    }
}
