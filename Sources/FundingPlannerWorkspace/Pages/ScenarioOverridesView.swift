import Foundation
import FundingPlanner

/// The yield and cap rows of a scenario variant's page as the `scenario` template renders them:
/// one fieldset per row with a "remove" button, a blank row at the end of each list (fill it in
/// and save) and an "add another" button, usable without JavaScript.
extension ScenarioOverridesForm {
    /// The template context: `yieldGroups`, `capGroups` and the texts of the lists.
    func context(catalogue: Catalogue, language: Language, errors: [String: String], focus: String?) -> [String: Any] {
        let say = Say(language)
        let models = catalogue.models.sorted { $0.name.text(in: language) < $1.name.text(in: language) }
        func choice(_ key: String, _ selected: String) -> FieldView {
            FieldView(
                id: key + "-model", name: key.replacingOccurrences(of: "-", with: "[") + "][model]",
                label: say("Verdienmodel", "Revenue model"), error: errors[key + "-model"] ?? "", kind: .select,
                options: [
                    .init(value: "", label: say("— kies een model —", "— choose a model —"), selected: selected.isEmpty)
                ]
                    + models.map {
                        .init(value: $0.id, label: $0.name.text(in: language), selected: $0.id == selected)
                    },
                autofocus: focus == key + "-model")
        }
        func amount(_ key: String, _ field: String, _ label: String, _ value: String, hint: String = "") -> FieldView {
            FieldView(
                id: "\(key)-\(field)", name: key.replacingOccurrences(of: "-", with: "[") + "][\(field)]", label: label,
                hint: hint, value: value, error: errors["\(key)-\(field)"] ?? "", inputMode: "decimal")
        }
        func catalogueHint(_ id: String) -> String {
            guard let yield = catalogue.model(id: id)?.yield else {
                return say(
                    "Euro per jaar; een leeg bedrag blijft dat van de catalogus.",
                    "Euros a year; an empty amount stays the catalogue's.")
            }
            return say("Catalogus: ", "Catalogue: ")
                + "minimum \(yield.minimum.formatted(language)), " + say("typisch ", "typical ")
                + "\(yield.likely.formatted(language)), maximum \(yield.maximum.formatted(language)). "
                + say("Een leeg bedrag blijft dat van de catalogus.", "An empty amount stays the catalogue's.")
        }
        let yieldRows = yields.isEmpty ? [YieldRow(key: "y1")] : yields
        let yieldGroups = yieldRows.enumerated().map { index, row in
            let key = "yield-\(row.key)"
            return GroupView(
                id: key, legend: say("Andere opbrengst", "Another yield") + " \(index + 1)",
                fields: [
                    choice(key, row.model),
                    amount(
                        key, "typical", say("Typische opbrengst per jaar (euro)", "Typical yield a year (euros)"),
                        row.typical, hint: catalogueHint(row.model)),
                    amount(
                        key, "minimum", say("Laagste opbrengst per jaar (euro)", "Lowest yield a year (euros)"),
                        row.minimum),
                    amount(
                        key, "maximum", say("Hoogste opbrengst per jaar (euro)", "Highest yield a year (euros)"),
                        row.maximum),
                ],
                removeKey: row.isBlank ? nil : key, removeLabel: say("Verwijderen", "Remove") + " (\(index + 1))"
            ).context
        }
        let capRows = caps.isEmpty ? [CapRow(key: "c1")] : caps
        let capGroups = capRows.enumerated().map { index, row in
            let key = "cap-\(row.key)"
            return GroupView(
                id: key, legend: say("Plafond", "Cap") + " \(index + 1)",
                fields: [
                    choice(key, row.model),
                    amount(key, "perYear", say("Hoogstens per jaar (euro)", "At most a year (euros)"), row.perYear),
                ],
                removeKey: row.isBlank ? nil : key, removeLabel: say("Verwijderen", "Remove") + " (\(index + 1))"
            ).context
        }
        return [
            "yieldGroups": yieldGroups, "capGroups": capGroups,
            "yieldsTitle": say("Opbrengst van een verdienmodel", "A revenue model's yield"),
            "yieldsHint": say(
                "Verwacht je van een model meer of minder dan de catalogus? Kies het model en geef de bedragen per jaar (10.000 is tienduizend euro).",
                "Expect more or less from a model than the catalogue says? Choose the model and give the amounts a year (10,000 is ten thousand euros)."
            ),
            "capsTitle": say("Plafond per verdienmodel", "A cap per revenue model"),
            "capsHint": say(
                "Het plan rekent op hoogstens dit bedrag per jaar uit het model.",
                "The plan counts on at most this amount a year from the model."),
            "addYieldFocus": focus == "add-yield", "addCapFocus": focus == "add-cap",
            "addYield": say("Nog een opbrengst wijzigen", "Change another yield"),
            "addCap": say("Nog een plafond zetten", "Set another cap"),
        ]
    }
}
