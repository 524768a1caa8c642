internal import FundingPlannerXML

/// A network's scenario file (`scenario-1.xsd`): what-ifs for its plan, one picked with
/// `fundplan plan PROFILE --scenario ID`.
///
/// By default the file sits beside the profile and is named after it:
/// `our-network.xml` → `our-network.scenarios.xml` (``defaultPath(forProfile:)``).
public struct ScenarioFile: Sendable, Hashable {
    /// The network the scenarios are for (the root's `network` attribute).
    public var networkID: String
    /// The scenarios in file order, each with ``ScenarioOverrides/source`` set to the file.
    public var scenarios: [ScenarioOverrides]
    /// The file, with the digest of its bytes.
    public var source: SourceFile

    /// The scenario file `fundplan plan` looks for beside a profile: the profile's name with
    /// `.scenarios.xml` in place of `.xml`.
    public static func defaultPath(forProfile path: String) -> String {
        (path.hasSuffix(".xml") ? String(path.dropLast(4)) : path) + ".scenarios.xml"
    }

    /// The scenario with this id.
    ///
    /// - Throws: ``DiagnosticsError`` naming the file's scenarios when none has that id.
    public func scenario(id: String) throws(DiagnosticsError) -> ScenarioOverrides {
        if let found = scenarios.first(where: { $0.id == id }) { return found }
        let known = scenarios.map(\.id).joined(separator: ", ")
        let meant = Suggestion.closest(to: id, among: Set(scenarios.map(\.id)))
        var diagnostic = Diagnostic(
            severity: .error,
            message: "no scenario '\(id)' in this file"
                + (meant.map { "; did you mean '\($0)'?" } ?? "") + " The file's scenarios are: \(known)",
            file: source.path)
        diagnostic.translations[.nl] =
            "geen scenario '\(id)' in dit bestand" + (meant.map { "; bedoel je '\($0)'?" } ?? "")
            + " De scenario's in het bestand zijn: \(known)"
        throw DiagnosticsError([diagnostic])
    }

    /// Reads a scenario file through the hostile-input-safe reader and checks it against the
    /// catalogue and, when given, the profile.
    ///
    /// - Parameters:
    ///   - path: The scenario file.
    ///   - catalogue: The catalogue its model ids must be in.
    ///   - network: The profile its partner ids must be in and whose id the root names; `nil`
    ///     checks only the models (`fundplan validate`).
    /// - Returns: The file's scenarios, each with the file as its source.
    /// - Throws: ``DiagnosticsError`` with every schema problem and every rule broken (an
    ///   unknown model or partner, a model both pinned and left out, a yield with no figure or
    ///   whose minimum is above its typical figure or that above its maximum), each at its line
    ///   and column, in English and Dutch.
    public static func load(path: String, catalogue: Catalogue, network: NetworkProfile?) throws(DiagnosticsError)
        -> ScenarioFile
    {
        let document = try DocumentRecords.read(path: path, kind: .scenarios)
        var problems = RuleProblems(path: path)
        let networkID = document.root.attribute("network") ?? ""
        if let network, network.id != networkID {
            problems.add(
                "the scenarios are for the network '\(networkID)', the profile is '\(network.id)'; set network=\"\(network.id)\" on <scenarios> or use this network's scenario file",
                dutch:
                    "de scenario's zijn voor het netwerk '\(networkID)', het profiel is '\(network.id)'; zet network=\"\(network.id)\" op <scenarios> of gebruik het scenariobestand van dit netwerk",
                at: document.root)
        }
        let models = Set(catalogue.models.map(\.id))
        var scenarios: [ScenarioOverrides] = []
        for element in document.records(named: "scenario") {
            var scenario = ScenarioOverrides(id: element.attribute("id") ?? "", name: element.localized("name"))
            scenario.source = document.source
            for child in element.children {
                guard let model = child.attribute("model") else { continue }
                if !models.contains(model) {
                    let meant = Suggestion.closest(to: model, among: models)
                    problems.add(
                        "the model '\(model)' is not in the catalogue"
                            + (meant.map { "; did you mean '\($0)'?" }
                                ?? "; use the id of a revenue model (fundplan catalogue list)"),
                        dutch: "het model '\(model)' staat niet in de catalogus"
                            + (meant.map { "; bedoel je '\($0)'?" }
                                ?? "; gebruik de id van een verdienmodel (fundplan catalogue list)"),
                        at: child)
                    continue
                }
                decode(child, model: model, into: &scenario, catalogue: catalogue, problems: &problems)
            }
            for ask in element.children(named: "ask") {
                let partner = ask.attribute("partner") ?? ""
                if let network, network.partner(id: partner) == nil {
                    let meant = Suggestion.closest(to: partner, among: Set(network.partners.map(\.id)))
                    problems.add(
                        "the partner '\(partner)' is not in the profile"
                            + (meant.map { "; did you mean '\($0)'?" } ?? "; use the id of a <partner> of the profile"),
                        dutch: "de partner '\(partner)' staat niet in het profiel"
                            + (meant.map { "; bedoel je '\($0)'?" }
                                ?? "; gebruik de id van een <partner> uit het profiel"),
                        at: ask)
                    continue
                }
                scenario.asks.append(
                    .init(partner: partner, ceiling: Money(euros: ask.attribute("ceiling") ?? "") ?? .zero))
            }
            if let value = element.child(named: "coverage")?.attribute("value") {
                scenario.coverage = BasisPoints(text: value)
            }
            if let months = element.child(named: "reserve")?.attribute("months") {
                scenario.reserveMonths = Int(months)
            }
            for model in Set(scenario.pinned).intersection(scenario.excluded).sorted() {
                let place = element.children(named: "exclude").first { $0.attribute("model") == model } ?? element
                problems.add(
                    "the scenario '\(scenario.id)' both pins and leaves out '\(model)'; keep the <pin> or the <exclude>",
                    dutch:
                        "het scenario '\(scenario.id)' pint '\(model)' vast en laat het ook weg; houd de <pin> of de <exclude>",
                    at: place)
            }
            scenarios.append(scenario)
        }
        try problems.throwIfAny()
        return ScenarioFile(networkID: networkID, scenarios: scenarios, source: document.source)
    }

    /// One `<pin>`, `<exclude>`, `<yield>` or `<cap>` of a known model.
    private static func decode(
        _ child: XMLElement, model: String, into scenario: inout ScenarioOverrides, catalogue: Catalogue,
        problems: inout RuleProblems
    ) {
        func euros(_ name: String) -> Money? { child.attribute(name).flatMap { Money(euros: $0) } }
        switch child.name {
        case "pin": scenario.pinned.append(model)
        case "exclude": scenario.excluded.append(model)
        case "cap": scenario.caps.append(.init(model: model, perYear: euros("perYear") ?? .zero))
        case "yield":
            let override = ScenarioOverrides.Yield(
                model: model, typical: euros("typical"), minimum: euros("minimum"), maximum: euros("maximum"))
            guard override.typical != nil || override.minimum != nil || override.maximum != nil else {
                problems.add(
                    "<yield> for '\(model)' changes nothing; give typical, minimum and/or maximum (euros a year)",
                    dutch:
                        "<yield> voor '\(model)' verandert niets; geef typical, minimum en/of maximum (euro per jaar)",
                    at: child)
                return
            }
            guard let current = catalogue.model(id: model)?.yield else { return }
            let merged = override.merged(into: current)
            guard merged.minimum <= merged.likely && merged.likely <= merged.maximum else {
                let figures = { (language: Language) in
                    "minimum \(merged.minimum.formatted(language)), typical \(merged.likely.formatted(language)), maximum \(merged.maximum.formatted(language))"
                }
                problems.add(
                    "the yield of '\(model)' would be \(figures(.en)) (figures not given are the catalogue's); the minimum must not be above the typical figure nor that above the maximum: give the other figures too",
                    dutch:
                        "de opbrengst van '\(model)' zou \(figures(.nl)) zijn (niet gegeven cijfers komen uit de catalogus); het minimum mag niet boven het typische cijfer liggen en dat niet boven het maximum: geef ook de andere cijfers",
                    at: child)
                return
            }
            scenario.yields.append(override)
        default: break
        }
    }
}
