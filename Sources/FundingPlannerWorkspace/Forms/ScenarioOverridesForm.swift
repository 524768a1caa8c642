import Foundation
import FundingPlanner

/// The yield and cap rows of a scenario variant's page, as typed: "add another" lists whose rows
/// become a ``ScenarioOverrides`` (amounts read as `fundplan init` reads them, so `10.000` is ten
/// thousand euros), with an error per field.
struct ScenarioOverridesForm {
    /// Another yearly yield for one model; a figure left empty stays the catalogue's.
    struct YieldRow {
        var key: String
        var model = ""
        var typical = ""
        var minimum = ""
        var maximum = ""

        var isBlank: Bool { [model, typical, minimum, maximum].allSatisfy(\.isEmpty) }
    }

    /// The most the plan may expect from one model a year.
    struct CapRow {
        var key: String
        var model = ""
        var perYear = ""

        var isBlank: Bool { model.isEmpty && perYear.isEmpty }
    }

    var yields: [YieldRow] = []
    var caps: [CapRow] = []

    /// The rows of a saved scenario (none when the variant has no overrides yet).
    init(_ overrides: ScenarioOverrides?) {
        func typed(_ money: Money?) -> String { money.map(ProfileForm.typed) ?? "" }
        yields = (overrides?.yields ?? []).enumerated().map { index, override in
            YieldRow(
                key: "y\(index + 1)", model: override.model, typical: typed(override.typical),
                minimum: typed(override.minimum), maximum: typed(override.maximum))
        }
        caps = (overrides?.caps ?? []).enumerated().map { index, cap in
            CapRow(key: "c\(index + 1)", model: cap.model, perYear: typed(cap.perYear))
        }
    }

    /// The rows as posted (`yield[y1][typical]`, `cap[c1][perYear]`), blank rows kept (a blank
    /// row is ignored when the overrides are made).
    init(body: FormBody) {
        yields = body.rows("yield").map { key, fields in
            YieldRow(
                key: key, model: fields.text("model"), typical: fields.text("typical"),
                minimum: fields.text("minimum"), maximum: fields.text("maximum"))
        }
        caps = body.rows("cap").map { key, fields in
            CapRow(key: key, model: fields.text("model"), perYear: fields.text("perYear"))
        }
    }

    /// Applies an "add another" or "remove" button (`add-yield`, `add-cap`, `remove:yield-y2`);
    /// returns the id of the field to focus, or `nil` when `action` is neither.
    mutating func apply(action: String) -> String? {
        switch action {
        case "add-yield":
            if yields.isEmpty { yields.append(YieldRow(key: "y1")) }
            let key = Self.nextKey("y", after: yields.map(\.key))
            yields.append(YieldRow(key: key))
            return "yield-\(key)-model"
        case "add-cap":
            if caps.isEmpty { caps.append(CapRow(key: "c1")) }
            let key = Self.nextKey("c", after: caps.map(\.key))
            caps.append(CapRow(key: key))
            return "cap-\(key)-model"
        case let action where action.hasPrefix("remove:yield-"):
            yields.removeAll { "remove:yield-\($0.key)" == action }
            return "add-yield"
        case let action where action.hasPrefix("remove:cap-"):
            caps.removeAll { "remove:cap-\($0.key)" == action }
            return "add-cap"
        default: return nil
        }
    }

    /// A key not used by any row of the list (`y3` after `y1`, `y2`).
    static func nextKey(_ prefix: String, after keys: [String]) -> String {
        prefix + "\((keys.compactMap { Int($0.dropFirst()) }.max() ?? 0) + 1)"
    }

    /// The overrides the rows describe, on top of `base` (its id, name, pins and the rest stay),
    /// or the errors, each at its field (`yield-y1-typical`).
    func overrides(on base: ScenarioOverrides, catalogue: Catalogue, language: Language) -> (
        ScenarioOverrides, [FieldError]
    ) {
        let say = Say(language)
        var result = base
        result.yields = []
        result.caps = []
        var errors: [FieldError] = []
        func fail(_ field: String, _ message: String) {
            errors.append(FieldError(field: field, section: .preferences, message: message))
        }
        func amount(_ text: String, _ field: String) -> Money? {
            guard !text.isEmpty else { return nil }
            switch TypedInput.amount(text) {
            case .success(let money): return money
            case .failure(let problem):
                fail(field, problem.text(language))
                return nil
            }
        }
        func model(_ id: String, _ field: String, seen: inout Set<String>) -> RevenueModel? {
            guard let found = catalogue.model(id: id) else {
                fail(field, say("Kies een verdienmodel uit de lijst.", "Choose a revenue model from the list."))
                return nil
            }
            guard seen.insert(id).inserted else {
                fail(
                    field,
                    say(
                        "Dit verdienmodel staat al in een andere rij; houd één rij per model.",
                        "This revenue model is in another row already; keep one row per model."))
                return nil
            }
            return found
        }
        var seenYields: Set<String> = []
        for row in yields where !row.isBlank {
            let field = "yield-\(row.key)-"
            let found = model(row.model, field + "model", seen: &seenYields)
            let before = errors.count
            let override = ScenarioOverrides.Yield(
                model: row.model, typical: amount(row.typical, field + "typical"),
                minimum: amount(row.minimum, field + "minimum"), maximum: amount(row.maximum, field + "maximum"))
            guard let found, errors.count == before else { continue }
            guard override.typical != nil || override.minimum != nil || override.maximum != nil else {
                fail(
                    field + "typical",
                    say(
                        "Geef minstens één bedrag: typisch, minimum of maximum (euro per jaar).",
                        "Give at least one amount: typical, minimum or maximum (euros a year)."))
                continue
            }
            let minimum = override.minimum ?? found.yield.minimum
            let typical = override.typical ?? found.yield.likely
            let maximum = override.maximum ?? found.yield.maximum
            guard minimum <= typical && typical <= maximum else {
                let figures =
                    "minimum \(minimum.formatted(language)), "
                    + say("typisch", "typical")
                    + " \(typical.formatted(language)), maximum \(maximum.formatted(language))"
                fail(
                    field + (override.typical != nil ? "typical" : override.minimum != nil ? "minimum" : "maximum"),
                    say(
                        "De opbrengst zou \(figures) zijn (lege bedragen komen uit de catalogus); het minimum mag niet boven het typische bedrag liggen en dat niet boven het maximum: geef ook de andere bedragen.",
                        "The yield would be \(figures) (empty amounts are the catalogue's); the minimum must not be above the typical amount nor that above the maximum: give the other amounts too."
                    ))
                continue
            }
            result.yields.append(override)
        }
        var seenCaps: Set<String> = []
        for row in caps where !row.isBlank {
            let field = "cap-\(row.key)-"
            let found = model(row.model, field + "model", seen: &seenCaps)
            guard !row.perYear.isEmpty else {
                fail(
                    field + "perYear",
                    say(
                        "Geef het maximum per jaar in euro, bijvoorbeeld 8.000.",
                        "Give the most a year in euros, for example 8,000."))
                continue
            }
            guard let perYear = amount(row.perYear, field + "perYear"), found != nil else { continue }
            result.caps.append(.init(model: row.model, perYear: perYear))
        }
        return (result, errors)
    }
}
