/// A closed-vocabulary value that has a label for people in Dutch and English.
public protocol Labelled: RawRepresentable where RawValue == String {}

extension Labelled {
    /// The label in `language`; the XML token when no label is known.
    public func label(_ language: Language) -> String {
        guard let pair = vocabularyLabels[rawValue] else { return rawValue }
        return language == .nl ? pair.nl : pair.en
    }

    /// Whether a Dutch and English label exists for this token.
    var hasKnownLabel: Bool { vocabularyLabels[rawValue] != nil }
}

extension RevenueCategory: Labelled {}
extension ResourceType: Labelled {}
extension RevenueMechanism: Labelled {}
extension BridgespanModel: Labelled {}
extension FunderType: Labelled {}
extension YieldDriver: Labelled {}
extension Recurrence: Labelled {}
extension AssetType: Labelled {}
extension LegalForm: Labelled {}
extension MaturityStage: Labelled {}
extension PartnerType: Labelled {}
extension RiskKind: Labelled {}
extension Level: Labelled {}
extension EvidenceStrength: Labelled {}
extension TargetGroup: Labelled {}
extension NetworkLegalForm: Labelled {}
extension PartnerRole: Labelled {}
extension ContributionKind: Labelled {}
extension ValuationMethod: Labelled {}
extension CostCategory: Labelled {}

/// Labels by XML token. Tokens are unique across the vocabularies (checked by a test).
private let vocabularyLabels: [String: (nl: String, en: String)] = [
    // RevenueCategory
    "earned-income": ("Eigen inkomsten", "Earned income"),
    "public-funding": ("Publieke middelen", "Public funding"),
    "eu-funding": ("Europese middelen", "EU funding"),
    "corporate": ("Bedrijven", "Corporate"),
    "philanthropy": ("Filantropie", "Philanthropy"),
    "community-fundraising": ("Fondsenwerving in de gemeenschap", "Community fundraising"),
    "membership": ("Leden en partners", "Members and partners"),
    "in-kind": ("Steun in natura", "In-kind support"),
    // ResourceType
    "market": ("Markt", "Market"),
    "public": ("Publiek (herverdeling)", "Public (redistribution)"),
    "reciprocity": ("Wederkerigheid (giften, vrijwilligers)", "Reciprocity (gifts, volunteering)"),
    // RevenueMechanism
    "asset-sale": ("Verkoop", "Asset sale"),
    "usage-fee": ("Gebruiksvergoeding", "Usage fee"),
    "subscription": ("Abonnement", "Subscription"),
    "renting": ("Verhuur", "Renting"),
    "licensing": ("Licentie", "Licensing"),
    "brokerage": ("Bemiddeling", "Brokerage"),
    "advertising": ("Reclame en zichtbaarheid", "Advertising"),
    "grant": ("Toelage", "Grant"),
    "donation": ("Gift", "Donation"),
    "contribution-in-kind": ("Bijdrage in natura", "Contribution in kind"),
    // BridgespanModel
    "heartfelt-connector": ("Heartfelt Connector", "Heartfelt Connector"),
    "beneficiary-builder": ("Beneficiary Builder", "Beneficiary Builder"),
    "member-motivator": ("Member Motivator", "Member Motivator"),
    "big-bettor": ("Big Bettor", "Big Bettor"),
    "public-provider": ("Public Provider", "Public Provider"),
    "policy-innovator": ("Policy Innovator", "Policy Innovator"),
    "beneficiary-broker": ("Beneficiary Broker", "Beneficiary Broker"),
    "resource-recycler": ("Resource Recycler", "Resource Recycler"),
    "market-maker": ("Market Maker", "Market Maker"),
    "local-nationalizer": ("Local Nationalizer", "Local Nationalizer"),
    // FunderType
    "municipality": ("Gemeente", "Municipality"),
    "province": ("Provincie", "Province"),
    "flemish-government": ("Vlaamse overheid", "Flemish government"),
    "federal-government": ("Federale overheid", "Federal government"),
    "european-union": ("Europese Unie", "European Union"),
    "foundation": ("Stichting", "Foundation"),
    "company": ("Bedrijf", "Company"),
    "individual-donors": ("Particuliere schenkers", "Individual donors"),
    "customers": ("Klanten", "Customers"),
    "members": ("Leden", "Members"),
    "partners": ("Partners", "Partners"),
    // YieldDriver
    "fixed": ("vast bedrag", "fixed amount"),
    "room-hours": ("zaaluren", "room hours"),
    "participants": ("deelnemers", "participants"),
    "visitors": ("bezoekers", "visitors"),
    "companies": ("bedrijven", "companies"),
    "events": ("evenementen", "events"),
    "donors": ("schenkers", "donors"),
    "project-budget": ("projectbudget", "project budget"),
    "staff-hours": ("personeelsuren", "staff hours"),
    // Recurrence
    "one-off": ("eenmalig", "one-off"),
    "yearly": ("jaarlijks", "yearly"),
    "continuous": ("doorlopend", "continuous"),
    // AssetType
    "room": ("zaal of lokaal", "room"),
    "kitchen": ("keuken", "kitchen"),
    "outdoor-space": ("buitenruimte", "outdoor space"),
    "equipment": ("materiaal", "equipment"),
    "website": ("website", "website"),
    "workshop": ("werkplaats", "workshop"),
    "vehicle": ("voertuig", "vehicle"),
    // LegalForm
    "any": ("eender welke", "any"),
    "legal-entity": ("rechtspersoon", "legal entity"),
    "nonprofit-association": ("vzw", "nonprofit association (vzw)"),
    "cooperative": ("coöperatie", "cooperative"),
    "public-body": ("publiek orgaan", "public body"),
    // MaturityStage
    "forming": ("in opbouw", "forming"),
    "growing": ("groeiend", "growing"),
    "mature": ("matuur", "mature"),
    // PartnerType
    "school": ("school", "school"),
    "training-centre": ("opleidingscentrum", "training centre"),
    "local-government": ("lokaal bestuur", "local government"),
    "ngo": ("middenveldorganisatie", "NGO"),
    "citizens-group": ("burgerinitiatief", "citizens' group"),
    "library": ("bibliotheek", "library"),
    "employment-service": ("arbeidsbemiddeling", "employment service"),
    "university": ("hogeschool of universiteit", "university or college"),
    // RiskKind
    "dependency": ("afhankelijkheid", "dependency"),
    "mission-drift": ("afdrijven van het doel", "mission drift"),
    "funder-influence": ("invloed van de financier", "funder influence"),
    "reputational": ("reputatie", "reputation"),
    "financial": ("financieel", "financial"),
    "regulatory": ("regelgeving", "regulation"),
    "volunteer-burnout": ("overbelasting van vrijwilligers", "volunteer burnout"),
    "administrative-burden": ("administratieve last", "administrative burden"),
    // Level
    "low": ("laag", "low"),
    "medium": ("middel", "medium"),
    "high": ("hoog", "high"),
    // EvidenceStrength
    "strong": ("sterk", "strong"),
    "moderate": ("redelijk", "moderate"),
    "weak": ("zwak", "weak"),
    "assumption": ("aanname", "assumption"),
    // TargetGroup
    "job-seekers": ("werkzoekenden", "job seekers"),
    "low-literate-adults": ("laaggeletterde volwassenen", "adults with low literacy"),
    "newcomers": ("nieuwkomers", "newcomers"),
    "young-people": ("jongeren", "young people"),
    "pupils": ("leerlingen", "pupils"),
    "employees": ("werknemers", "employees"),
    "entrepreneurs": ("ondernemers", "entrepreneurs"),
    "residents": ("buurtbewoners", "residents"),
    "seniors": ("senioren", "seniors"),
    "people-with-disabilities": ("mensen met een beperking", "people with disabilities"),
    // NetworkLegalForm
    "none": ("feitelijke vereniging (geen rechtspersoon)", "no legal personality"),
    "hosted": ("ondergebracht bij een partner (penhouder)", "hosted by a partner"),
    // PartnerRole
    "puller": ("trekker (vuurtoren)", "puller (lighthouse)"),
    "backbone": ("coördinatie", "backbone"),
    "host": ("gastheer", "host"),
    "expert": ("expert", "expert"),
    "provider": ("aanbieder", "provider"),
    "connector": ("verbinder", "connector"),
    "funder": ("financier", "funder"),
    // ContributionKind and ValuationMethod
    "cash": ("geld", "cash"),
    "hours-times-rate": ("uren maal tarief", "hours times rate"),
    "market-price": ("marktprijs", "market price"),
    "cost-price": ("kostprijs", "cost price"),
    // CostCategory
    "coordination": ("coördinatie", "coordination"),
    "space": ("ruimte", "space"),
    "activities": ("activiteiten", "activities"),
    "communication": ("communicatie", "communication"),
    "training": ("opleiding", "training"),
    "evaluation": ("evaluatie", "evaluation"),
    "other": ("andere", "other"),
]
