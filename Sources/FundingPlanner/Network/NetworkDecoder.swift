internal import FundingPlannerXML

/// Turns the streamed elements of a network profile into a ``NetworkProfile`` and checks the
/// rules the schema cannot: known themes and model ids, unique partner ids, contributions and
/// costs inside the horizon and not before a partner joins, valued in-kind contributions, asset
/// owners that are partners.
struct NetworkDecoder {
    private let displayName: String
    private let columns: ElementColumnFinder
    let catalogue: Catalogue
    private(set) var diagnostics: [Diagnostic] = []
    private var root: XMLElement?
    private(set) var children: [String: XMLElement] = [:]
    private var names: [XMLElement] = []
    private var purposes: [XMLElement] = []
    private(set) var municipalities: [XMLElement] = []

    init(path: String, displayName: String, catalogue: Catalogue) {
        self.displayName = displayName
        columns = ElementColumnFinder(path: path)
        self.catalogue = catalogue
    }

    mutating func decodeRoot(_ element: XMLElement) {
        root = element
    }

    mutating func decodeRecord(_ element: XMLElement) {
        switch element.name {
        case "name": names.append(element)
        case "purpose": purposes.append(element)
        case "municipality": municipalities.append(element)
        default: children[element.name] = element
        }
    }

    /// The profile, once every record has arrived; `nil` after an error.
    mutating func finish() -> NetworkProfile? {
        guard let root else { return nil }
        if let partners = children["partners"] {
            let count = partners.children(named: "partner").count
            guard count <= DocumentLimits.maximumPartners else {
                report(
                    "the network lists \(count) partners, more than the limit of \(DocumentLimits.maximumPartners); list an umbrella organisation once for its members (the school group rather than each school), or split the profile into sub-networks",
                    element: partners)
                return nil
            }
        }
        do {
            let profile = try decode(root: root)
            check(profile)
            return diagnostics.containsErrors ? nil : profile
        } catch {
            report(error.message, element: error.element, line: error.line)
            return nil
        }
    }

    private func child(_ name: String) throws(DecodingProblem) -> XMLElement {
        guard let element = children[name] else {
            throw DecodingProblem(
                message: "the network needs a <\(name)> element", element: "network", line: root?.line ?? 0)
        }
        return element
    }

    private func decode(root: XMLElement) throws(DecodingProblem) -> NetworkProfile {
        let region = try child("region")
        let capacity = try child("capacity")
        let budget = try child("budget")
        let preferences = try child("preferences")
        let founded = try child("founded")
        return NetworkProfile(
            id: try root.required("id"),
            isFictional: root.attribute("fictional").map { $0 == "true" || $0 == "1" } ?? false,
            name: LocalizedText(names.map { ($0.language ?? "", $0.text.trimmingWhitespace()) }),
            purpose: LocalizedText(purposes.map { ($0.language ?? "", $0.text.trimmingWhitespace()) }),
            themes: try child("themes").children(named: "theme").compactMap { $0.attribute("ref") },
            targetGroups: try child("targetGroups").children(named: "group").map { group throws(DecodingProblem) in
                try group.required("type", token: TargetGroup.self)
            },
            region: .init(code: try region.required("code"), name: region.text.trimmingWhitespace()),
            municipalities: try municipalities.map { element throws(DecodingProblem) in
                NetworkProfile.Municipality(
                    nisCode: try element.required("nis"), name: element.text.trimmingWhitespace())
            },
            founded: try CalendarDate(founded.text.trimmingWhitespace()).orThrow(
                DecodingProblem(message: "invalid date", element: "founded", line: founded.line)),
            legalForm: try child("legalForm").required("type", token: NetworkLegalForm.self),
            partners: try child("partners").children(named: "partner").map(decodePartner),
            blocs: try (children["blocs"]?.children(named: "bloc") ?? []).map { bloc throws(DecodingProblem) in
                NetworkProfile.Bloc(
                    id: try bloc.required("id"), name: try bloc.required("name").trimmingWhitespace(),
                    members: try bloc.children(named: "member").map { member throws(DecodingProblem) in
                        try member.required("partner")
                    })
            },
            assets: try child("assets").children(named: "asset").map { asset throws(DecodingProblem) in
                NetworkProfile.Asset(
                    type: try asset.required("type", token: AssetType.self),
                    owner: asset.attribute("owner"),
                    capacity: asset.attribute("capacity").flatMap { Int($0) },
                    freeHoursPerWeek: asset.attribute("freeHoursPerWeek").flatMap { Int($0) },
                    description: asset.attribute("description"),
                    isNeutral: asset.attribute("neutral").map { $0 == "true" || $0 == "1" } ?? false,
                    equipment: try asset.children(named: "equipment").map { item throws(DecodingProblem) in
                        NetworkProfile.Equipment(
                            type: try item.required("type", token: EquipmentType.self),
                            count: item.attribute("count").flatMap { Int($0) } ?? 1,
                            description: item.attribute("description")
                        )
                    }
                )
            },
            licences: try (children["licences"]?.children(named: "licence") ?? []).map {
                licence throws(DecodingProblem) in
                NetworkProfile.Licence(
                    type: try licence.required("type", token: LicenceType.self),
                    holder: try licence.required("holder"),
                    validUntil: licence.attribute("validUntil").flatMap { CalendarDate($0) },
                    description: licence.attribute("description")
                )
            },
            volunteerHoursPerMonth: try capacity.required("volunteerHoursPerMonth") { Int($0) },
            staffHoursPerMonth: try capacity.required("staffHoursPerMonth") { Int($0) },
            staffHourValue: capacity.attribute("staffHourValue").flatMap { Money(euros: $0) },
            volunteerHourValue: capacity.attribute("volunteerHourValue").flatMap { Money(euros: $0) },
            hasManifesto: try child("manifesto").required("exists") { $0 == "true" || $0 == "1" },
            budget: NetworkProfile.Budget(
                startYear: try budget.required("startYear") { Int($0) },
                horizonYears: try budget.required("horizonYears") { Int($0) },
                reserves: try budget.required("reserves") { Money(euros: $0) },
                costs: try budget.children(named: "cost").map { cost throws(DecodingProblem) in
                    NetworkProfile.CostLine(
                        year: try cost.required("year") { Int($0) },
                        category: try cost.required("category", token: CostCategory.self),
                        amount: try cost.required("amount") { Money(euros: $0) },
                        description: cost.attribute("description")
                    )
                }
            ),
            preferences: NetworkProfile.Preferences(
                maximumShareOfOneSource: try preferences.required("maxShareOfOneSource") { BasisPoints(text: $0) },
                maximumPublicShare: try preferences.required("maxPublicShare") { BasisPoints(text: $0) },
                hourlyRate: try preferences.required("hourlyRate") { Money(euros: $0) },
                excludedModels: preferences.children(named: "exclude").compactMap { $0.attribute("model") },
                pinnedModels: preferences.children(named: "pin").compactMap { $0.attribute("model") },
                publicShareGoal: preferences.attribute("publicShareGoal").flatMap { BasisPoints(text: $0) },
                ownIncomeGoal: preferences.attribute("ownIncomeGoal").flatMap { BasisPoints(text: $0) }
            ),
            outputIndicators: try (children["indicators"]?.children(named: "indicator") ?? []).map(
                decodeIndicator),
            origin: SourcePosition(file: displayName, line: root.line)
        )
    }

    private func decodeIndicator(_ element: XMLElement) throws(DecodingProblem) -> NetworkProfile.OutputIndicator {
        NetworkProfile.OutputIndicator(
            id: try element.required("id"),
            unit: try element.required("unit", token: IndicatorUnit.self),
            name: LocalizedText(
                element.children(named: "name").map { ($0.language ?? "", $0.text.trimmingWhitespace()) }),
            targets: try element.children(named: "target").map { target throws(DecodingProblem) in
                NetworkProfile.Target(
                    year: try target.required("year") { Int($0) }, value: try target.required("value") { Int($0) })
            },
            callIndicator: element.attribute("callIndicator"),
            origin: SourcePosition(file: displayName, line: element.line))
    }

    private func decodePartner(_ element: XMLElement) throws(DecodingProblem) -> NetworkProfile.Partner {
        let governance = try element.requiredChild("governance")
        return NetworkProfile.Partner(
            id: try element.required("id"),
            name: try element.requiredChild("name").text.trimmingWhitespace(),
            type: try element.required("type", token: PartnerType.self),
            roles: try (element.attribute("roles") ?? "").split(separator: " ").map { token throws(DecodingProblem) in
                guard let role = PartnerRole(rawValue: String(token)) else {
                    throw DecodingProblem(message: "unknown role '\(token)'", element: "partner", line: element.line)
                }
                return role
            },
            statement: element.localized("statement"),
            contributions: try element.children(named: "contribution").map { item throws(DecodingProblem) in
                NetworkProfile.Contribution(
                    year: try item.required("year") { Int($0) },
                    kind: try item.required("kind", token: ContributionKind.self),
                    amount: try item.required("amount") { Money(euros: $0) },
                    valuation: item.attribute("valuation").flatMap(ValuationMethod.init(rawValue:)),
                    description: item.attribute("description"),
                    hours: item.attribute("hours").flatMap { Int($0) },
                    hourlyRate: item.attribute("hourlyRate").flatMap { Money(euros: $0) },
                    isCommitted: item.attribute("committed").map { $0 == "true" || $0 == "1" } ?? true
                )
            },
            seats: try governance.required("seats") { Int($0) },
            votes: try governance.required("votes") { Int($0) },
            hasVeto: try governance.required("veto") { $0 == "true" || $0 == "1" },
            joins: try element.required("joins") { Int($0) },
            origin: SourcePosition(file: displayName, line: element.line),
            sector: element.attribute("sector"),
            country: element.attribute("country")?.trimmingWhitespace() ?? "BE",
            vetoScope: governance.attribute("vetoScope") == nil
                ? .networkDecisions : try governance.required("vetoScope", token: VetoScope.self),
            askCeiling: element.attribute("askCeiling").flatMap { Money(euros: $0) }
        )
    }

    mutating func report(_ message: String, element: XMLElement) {
        report(message, element: element.name, line: element.line)
    }

    /// Reports a rule problem in English with its Dutch wording.
    mutating func report(_ english: String, dutch: String, element: XMLElement) {
        report(english, element: element.name, line: element.line)
        diagnostics[diagnostics.count - 1].translations[.nl] = dutch
    }

    private mutating func report(_ message: String, element: String, line: Int) {
        diagnostics.append(
            Diagnostic(
                severity: .error, message: message, file: displayName, line: line,
                column: columns.column(ofElement: element, line: line)
            ))
    }
}
