import Foundation

@testable import FundingPlanner

/// Reads the machine-checkable figures in a model's provenance notes and checks them against the
/// model's `<claim>`s and fields.
///
/// The convention: every percentage (`35 %`) and euro amount (`7.500 euro`, `7,500 euros`, also
/// in ranges such as `1.000 tot 5.000 euro`) that a note states must be claimed by a
/// `<claim field="…" value="…"/>` next to the note. A claim about a model field (say
/// `success.probability`) must equal the data; a claim with `field="external"` states a figure of
/// the outside world (a tax rate, a lump sum) in the `unit` the note writes it in. The Dutch and
/// English notes must state the same figures.
enum NoteClaims {
    /// A figure as the note writes it: a percentage or an amount in euros.
    struct Figure: Hashable, CustomStringConvertible {
        enum Unit: String { case percent, euros }
        var unit: Unit
        var value: Decimal
        var description: String { unit == .percent ? "\(value) %" : "\(value) euros" }
    }

    /// Every problem of one model: claims that disagree with the data, figures no claim covers,
    /// external claims no note states, and notes that state different figures.
    static func problems(_ model: RevenueModel) -> [String] {
        var problems: [String] = []
        var claimed = Set<Figure>()
        for claim in model.provenance.claims {
            if claim.field == .external {
                guard let unit = claim.unit.flatMap({ Figure.Unit(rawValue: $0.rawValue) }) else {
                    problems.append("\(model.id): external claim \(claim.value) needs unit percent or euros")
                    continue
                }
                claimed.insert(Figure(unit: unit, value: Decimal(claim.value)))
                continue
            }
            guard let actual = fieldValue(claim.field, of: model) else {
                problems.append(
                    "\(model.id): claims \(claim.field.rawValue) = \(claim.value), but the model has no such value")
                continue
            }
            if actual != Decimal(claim.value) {
                problems.append(
                    "\(model.id): note claims \(claim.field.rawValue) = \(claim.value), the data say \(actual)")
            }
            if let figure = noteFigure(claim.field, value: Decimal(claim.value)) { claimed.insert(figure) }
        }
        let dutch = figures(in: model.provenance.note.exactly(.nl) ?? "")
        let english = figures(in: model.provenance.note.exactly(.en) ?? "")
        if dutch != english {
            problems.append(
                "\(model.id): the Dutch and English notes state different figures: \(dutch.symmetricDifference(english).map(\.description).sorted())"
            )
        }
        for figure in dutch.union(english) where !claimed.contains(figure) {
            problems.append("\(model.id): the note states \(figure) but no <claim> covers it")
        }
        for claim in model.provenance.claims where claim.field == .external {
            if let unit = claim.unit.flatMap({ Figure.Unit(rawValue: $0.rawValue) }),
                !dutch.union(english).contains(Figure(unit: unit, value: Decimal(claim.value)))
            {
                problems.append("\(model.id): external claim \(claim.value) \(unit.rawValue) is in no note")
            }
        }
        return problems
    }

    /// The model's value for a claimable field, in the field's own unit.
    static func fieldValue(_ field: ClaimField, of model: RevenueModel) -> Decimal? {
        func decimal(_ money: Money) -> Decimal { Decimal(string: money.decimalEuros) ?? 0 }
        switch field {
        case .yieldMinimum: return decimal(model.yield.minimum)
        case .yieldLikely: return decimal(model.yield.likely)
        case .yieldMaximum: return decimal(model.yield.maximum)
        case .directCostRatio: return Decimal(model.cost.directCostRatio.value)
        case .hoursPerMonth: return Decimal(model.effort.hoursPerMonth)
        case .startupHours: return Decimal(model.effort.startupHours)
        case .leadTimeMonths: return Decimal(model.timing.leadTimeMonths)
        case .maximumYears: return model.timing.maximumYears.map { Decimal($0) }
        case .probability: return Decimal(model.success.probability.value)
        case .probabilityForming: return phase(.forming, of: model)
        case .probabilityGrowing: return phase(.growing, of: model)
        case .probabilityMature: return phase(.mature, of: model)
        case .cofinancingShare:
            for case .cofinancing(let share) in model.prerequisites { return Decimal(share.value) }
            return nil
        case .external: return nil
        }
    }

    private static func phase(_ stage: MaturityStage, of model: RevenueModel) -> Decimal? {
        model.success.phaseProbabilities.first { $0.stage == stage }.map { Decimal($0.probability.value) }
    }

    /// How a claimed field appears in a note: basis points as a percentage, euros as euros.
    static func noteFigure(_ field: ClaimField, value: Decimal) -> Figure? {
        switch field {
        case .directCostRatio, .probability, .probabilityForming, .probabilityGrowing, .probabilityMature,
            .cofinancingShare:
            return Figure(unit: .percent, value: value / 100)
        case .yieldMinimum, .yieldLikely, .yieldMaximum:
            return Figure(unit: .euros, value: value)
        default:
            return nil
        }
    }

    /// The percentages and euro amounts in a text (Dutch or English thousands separators).
    static func figures(in text: String) -> Set<Figure> {
        let number = #"(\d{1,3}(?:[.,\u00A0 ]\d{3})+|\d+)"#
        var result = Set<Figure>()
        func value(_ token: String) -> Decimal {
            Decimal(string: token.filter(\.isNumber)) ?? 0
        }
        for match in matches(number + #"\s?%"#, in: text) {
            result.insert(Figure(unit: .percent, value: value(match[1])))
        }
        let range = number + #"(?:\s(?:tot|à|of|en|to|or|and)\s"# + number + #")?\s(?:euros?)\b"#
        for match in matches(range, in: text) {
            result.insert(Figure(unit: .euros, value: value(match[1])))
            if !match[2].isEmpty { result.insert(Figure(unit: .euros, value: value(match[2]))) }
        }
        return result
    }

    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }
}
