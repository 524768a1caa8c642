// Closed vocabularies of the catalogue's eligibility, provenance and calendar (catalogue-1.xsd and
// common-1.xsd). Raw values are the XML tokens; `label(_:)` gives the words people read.

/// Whether a model brings in income or is a step a plan needs that is not income.
public enum ModelRole: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    /// Money or means that count in a plan's income (the default).
    case income
    /// A step a plan needs that brings in no income of its own, such as a bridging loan.
    case planElement = "plan-element"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .income: language == .nl ? "inkomsten" : "income"
        case .planElement: language == .nl ? "plan-element, geen inkomsten" : "plan element, not income"
        }
    }
}

/// A tag on a model.
public enum ModelTag: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    /// Quick and visible: a good first-year action.
    case quickWin = "quick-win"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .quickWin: language == .nl ? "snelle, zichtbare winst" : "quick win"
        }
    }
}

/// A kind of contribution a funder accepts as co-financing (`CofinancingKind` in common-1.xsd,
/// shared with the call schema).
public enum CofinancingKind: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case cash
    case staffOnPayroll = "staff-on-payroll"
    case inKind = "in-kind"
    case volunteers

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .cash: language == .nl ? "geld" : "cash"
        case .staffOnPayroll: language == .nl ? "personeel op de loonlijst" : "staff on the payroll"
        case .inKind: language == .nl ? "in natura" : "in kind"
        case .volunteers: language == .nl ? "vrijwilligersuren" : "volunteer hours"
        }
    }
}

/// A partner a funder requires.
public enum PartnerRequirement: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case partnerAbroad = "partner-abroad"
    case partnerAcrossBorder = "partner-across-border"
    case localGovernmentPromoter = "local-government-promoter"
    case localGovernmentPartner = "local-government-partner"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .partnerAbroad: language == .nl ? "een partner in een ander land" : "a partner in another country"
        case .partnerAcrossBorder:
            language == .nl ? "een partner aan de andere kant van de grens" : "a partner across the border"
        case .localGovernmentPromoter:
            language == .nl ? "een lokaal bestuur als promotor" : "a local government as promoter"
        case .localGovernmentPartner:
            language == .nl ? "een lokaal bestuur (of OCMW) als partner" : "a local government (or OCMW) as partner"
        }
    }
}

/// What a provenance fact supports.
public enum FactSubject: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case mechanism
    case figures
    case rule

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .mechanism: language == .nl ? "mechanisme" : "mechanism"
        case .figures: language == .nl ? "cijfers" : "figures"
        case .rule: language == .nl ? "regel" : "rule"
        }
    }
}

/// How a provenance fact is known.
public enum FactBasis: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case sourced
    case assumption
    case unverified

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .sourced: language == .nl ? "nagekeken in de bron" : "checked in the source"
        case .assumption: language == .nl ? "aanname" : "assumption"
        case .unverified: language == .nl ? "niet nagekeken" : "unverified"
        }
    }
}

/// The model field a note's figure states, or `external` for a figure of the outside world.
public enum ClaimField: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case yieldMinimum = "yield.min"
    case yieldLikely = "yield.likely"
    case yieldMaximum = "yield.max"
    case directCostRatio = "cost.directCostRatio"
    case hoursPerMonth = "effort.hoursPerMonth"
    case startupHours = "effort.startupHours"
    case leadTimeMonths = "timing.leadTimeMonths"
    case maximumYears = "timing.maxYears"
    case probability = "success.probability"
    case probabilityForming = "success.probability.forming"
    case probabilityGrowing = "success.probability.growing"
    case probabilityMature = "success.probability.mature"
    case cofinancingShare = "cofinancing.minimumShare"
    case external

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .yieldMinimum: language == .nl ? "minimale opbrengst" : "minimum yield"
        case .yieldLikely: language == .nl ? "waarschijnlijke opbrengst" : "likely yield"
        case .yieldMaximum: language == .nl ? "maximale opbrengst" : "maximum yield"
        case .directCostRatio: language == .nl ? "directe kosten" : "direct costs"
        case .hoursPerMonth: language == .nl ? "uren per maand" : "hours a month"
        case .startupHours: language == .nl ? "uren om te starten" : "hours to start"
        case .leadTimeMonths: language == .nl ? "aanlooptijd" : "lead time"
        case .maximumYears: language == .nl ? "looptijd" : "duration"
        case .probability: language == .nl ? "slaagkans" : "chance of success"
        case .probabilityForming: language == .nl ? "slaagkans in de vormingsfase" : "chance of success while forming"
        case .probabilityGrowing: language == .nl ? "slaagkans in de groeifase" : "chance of success while growing"
        case .probabilityMature: language == .nl ? "slaagkans als matuur netwerk" : "chance of success when mature"
        case .cofinancingShare: language == .nl ? "cofinanciering" : "co-financing"
        case .external: language == .nl ? "cijfer van buiten het model" : "figure from outside the model"
        }
    }
}

/// The unit of an external claim, as the note writes it.
public enum ClaimUnit: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case percent
    case euros
    case count

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .percent: language == .nl ? "procent" : "per cent"
        case .euros: language == .nl ? "euro" : "euros"
        case .count: language == .nl ? "aantal" : "count"
        }
    }
}

/// A moment in a funder's calendar.
public enum MomentKind: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case planRevision = "plan-revision"
    case newMultiYearPlan = "new-multi-year-plan"
    case elections
    case callDeadline = "call-deadline"
    case callClosed = "call-closed"

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .planRevision: language == .nl ? "aanpassing van het meerjarenplan" : "revision of the multi-year plan"
        case .newMultiYearPlan: language == .nl ? "nieuw meerjarenplan" : "new multi-year plan"
        case .elections: language == .nl ? "lokale verkiezingen" : "local elections"
        case .callDeadline: language == .nl ? "deadline van de oproep" : "call deadline"
        case .callClosed: language == .nl ? "oproep gesloten" : "call closed"
        }
    }
}

/// Whether a calendar moment comes back every year or happens once.
public enum MomentRecurrence: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    case yearly
    case once

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .yearly: language == .nl ? "jaarlijks" : "yearly"
        case .once: language == .nl ? "eenmalig" : "once"
        }
    }
}
