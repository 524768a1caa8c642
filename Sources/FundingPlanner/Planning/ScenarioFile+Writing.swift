import Foundation
internal import FundingPlannerXML

extension ScenarioFile {
    /// A scenario file (`scenario-1.xsd`) holding `scenarios` for the network `networkID`.
    ///
    /// The same scenarios always give the same bytes, in the schema's order (name, pins,
    /// exclusions, yields, caps, asks, coverage, reserve); ``load(path:catalogue:network:)`` reads
    /// them back as they were (without ``ScenarioOverrides/source``). The `fundplan serve`
    /// workspace writes its variants' overrides with it, so `fundplan plan --scenario` can
    /// reproduce them.
    public static func document(networkID: String, scenarios: [ScenarioOverrides]) -> String {
        var writer = XMLWriter()
        writer.open("scenarios", [("xmlns", DocumentKind.scenarios.namespace), ("network", networkID)])
        for scenario in scenarios {
            writer.open("scenario", [("id", scenario.id)])
            let names = scenario.name.entries.filter { ["nl", "en"].contains($0.language) }.prefix(2)
            for entry in names.isEmpty ? [(language: "nl", text: scenario.id)] : Array(names) {
                writer.element("name", [("xml:lang", entry.language)], text: entry.text)
            }
            for model in scenario.pinned { writer.element("pin", [("model", model)]) }
            for model in scenario.excluded { writer.element("exclude", [("model", model)]) }
            for override in scenario.yields {
                let figures = [
                    ("typical", override.typical), ("minimum", override.minimum), ("maximum", override.maximum),
                ]
                writer.element(
                    "yield",
                    [("model", override.model)]
                        + figures.compactMap { name, value in value.map { (name, $0.decimalEuros) } })
            }
            for cap in scenario.caps {
                writer.element("cap", [("model", cap.model), ("perYear", cap.perYear.decimalEuros)])
            }
            for ask in scenario.asks {
                writer.element("ask", [("partner", ask.partner), ("ceiling", ask.ceiling.decimalEuros)])
            }
            if let coverage = scenario.coverage { writer.element("coverage", [("value", "\(coverage.value)")]) }
            if let months = scenario.reserveMonths { writer.element("reserve", [("months", "\(months)")]) }
            writer.close()
        }
        writer.close()
        return writer.finish()
    }
}
