/// Public builders, so that a profile can be built outside the library (the browser
/// workspace builds one from a form) and written with ``NetworkXMLWriter``.
extension NetworkProfile {
    /// A profile from its parts; `origin` says where it came from (a file, or the workspace).
    public static func make(
        id: String, isFictional: Bool = false, name: LocalizedText, purpose: LocalizedText, themes: [String],
        targetGroups: [TargetGroup], region: Region, municipalities: [Municipality] = [], founded: CalendarDate,
        legalForm: NetworkLegalForm, partners: [Partner], assets: [Asset], licences: [Licence] = [],
        volunteerHoursPerMonth: Int, staffHoursPerMonth: Int, staffHourValue: Money? = nil,
        volunteerHourValue: Money? = nil, hasManifesto: Bool, budget: Budget, preferences: Preferences,
        origin: SourcePosition
    ) -> NetworkProfile {
        NetworkProfile(
            id: id, isFictional: isFictional, name: name, purpose: purpose, themes: themes, targetGroups: targetGroups,
            region: region, municipalities: municipalities, founded: founded, legalForm: legalForm, partners: partners,
            assets: assets, licences: licences, volunteerHoursPerMonth: volunteerHoursPerMonth,
            staffHoursPerMonth: staffHoursPerMonth, staffHourValue: staffHourValue,
            volunteerHourValue: volunteerHourValue, hasManifesto: hasManifesto, budget: budget,
            preferences: preferences, origin: origin)
    }
}

extension NetworkProfile.Region {
    /// A region: its ISO 3166-2 code and the place's name.
    public static func make(
        code: String, name: String
    ) -> NetworkProfile.Region {
        NetworkProfile.Region(code: code, name: name)
    }
}

extension NetworkProfile.Partner {
    /// A partner from its parts.
    public static func make(
        id: String, name: String, type: PartnerType, roles: [PartnerRole], statement: LocalizedText,
        contributions: [NetworkProfile.Contribution], seats: Int, votes: Int, hasVeto: Bool, joins: Int,
        origin: SourcePosition, sector: String? = nil, vetoScope: VetoScope = .networkDecisions
    ) -> NetworkProfile.Partner {
        NetworkProfile.Partner(
            id: id, name: name, type: type, roles: roles, statement: statement, contributions: contributions,
            seats: seats, votes: votes, hasVeto: hasVeto, joins: joins, origin: origin, sector: sector,
            vetoScope: vetoScope)
    }
}

extension NetworkProfile.Contribution {
    /// A contribution of one year and kind; `valuation` is required for means in kind.
    public static func make(
        year: Int, kind: ContributionKind, amount: Money, valuation: ValuationMethod?, description: String?,
        hours: Int? = nil, hourlyRate: Money? = nil
    ) -> NetworkProfile.Contribution {
        NetworkProfile.Contribution(
            year: year, kind: kind, amount: amount, valuation: valuation, description: description, hours: hours,
            hourlyRate: hourlyRate)
    }
}

extension NetworkProfile.Asset {
    /// An asset from its parts.
    public static func make(
        type: AssetType, owner: String?, capacity: Int?, freeHoursPerWeek: Int?, description: String?,
        isNeutral: Bool = false, equipment: [NetworkProfile.Equipment] = []
    ) -> NetworkProfile.Asset {
        NetworkProfile.Asset(
            type: type, owner: owner, capacity: capacity, freeHoursPerWeek: freeHoursPerWeek, description: description,
            isNeutral: isNeutral, equipment: equipment)
    }
}

extension NetworkProfile.Budget {
    /// A budget: its first year, its length in years, the reserves and the cost lines.
    public static func make(
        startYear: Int, horizonYears: Int, reserves: Money, costs: [NetworkProfile.CostLine]
    ) -> NetworkProfile.Budget {
        NetworkProfile.Budget(startYear: startYear, horizonYears: horizonYears, reserves: reserves, costs: costs)
    }
}

extension NetworkProfile.Preferences {
    /// Preferences for the funding mix.
    public static func make(
        maximumShareOfOneSource: BasisPoints, maximumPublicShare: BasisPoints, hourlyRate: Money,
        excludedModels: [String], pinnedModels: [String]
    ) -> NetworkProfile.Preferences {
        NetworkProfile.Preferences(
            maximumShareOfOneSource: maximumShareOfOneSource, maximumPublicShare: maximumPublicShare,
            hourlyRate: hourlyRate, excludedModels: excludedModels, pinnedModels: pinnedModels)
    }
}
