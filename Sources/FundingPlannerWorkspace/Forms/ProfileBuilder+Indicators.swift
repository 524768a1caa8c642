import Foundation
import FundingPlanner

extension ProfileBuilder {
    /// The form's output indicators, each field checked with the typed-input rules.
    ///
    /// Each needs a name that says what is counted, a known unit, and at least one target, a
    /// whole number from 0 to 1,000,000 (`years` are the plan's: where to show that error). The
    /// schema and the profile's rules check the ids and years again when the profile is read back.
    mutating func outputIndicators(years: ClosedRange<Int>) -> [NetworkProfile.OutputIndicator] {
        var indicators: [NetworkProfile.OutputIndicator] = []
        for (index, row) in (form.indicators ?? []).enumerated() {
            let field = "indicator-\(form.indicatorKey(index))-"
            let name = required(row.name(in: form.textLanguage), field + "name", .indicators)
            let unit = IndicatorUnit(rawValue: row.unit)
            if unit == nil {
                fail(field + "unit", .indicators, say("Kies een eenheid.", "Choose a unit."))
            }
            var targets: [NetworkProfile.Target] = []
            for target in row.targets {
                guard target.count == 2, let year = Int(target[0]), IndicatorInput.isYear(target[0]) else {
                    let year = target.first ?? ""
                    fail(
                        field + "name", .indicators,
                        say(
                            "Een streefwaarde heeft als jaar '\(year)', geen jaar: verbeter het in profile.xml of verwijder dit resultaat.",
                            "A target has '\(year)' as its year, which is no year: correct it in profile.xml or remove this output."
                        ))
                    continue
                }
                let value = value(target[1], field + "target\(year)", .indicators) {
                    TypedInput.whole($0, in: 0...1_000_000)
                }
                if let value { targets.append(.init(year: year, value: value)) }
            }
            if row.targets.isEmpty {
                fail(
                    field + "target\(years.lowerBound)", .indicators,
                    say("Geef minstens één streefwaarde.", "Give at least one target."))
            }
            guard let name, let unit else { continue }
            indicators.append(
                NetworkProfile.OutputIndicator(
                    id: row.id.isEmpty ? Self.slug(name) : row.id, unit: unit,
                    name: LocalizedText(
                        row.names.compactMap { $0.count == 2 && !$0[1].isEmpty ? ($0[0], $0[1]) : nil }),
                    targets: targets, callIndicator: row.callIndicator.isEmpty ? nil : row.callIndicator,
                    origin: SourcePosition(file: "profile.xml", line: 1)))
        }
        return indicators
    }
}
