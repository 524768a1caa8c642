/// Plans side by side (`fundplan compare`): per source (by its name) its amount over the plan in each plan,
/// then the chance of covering every year, the own-income share, the reserve and the costs,
/// with the rows that differ marked.
public enum PlanComparison {
    /// A table of the plans at `paths`, as plain text in `language`.
    ///
    /// - Throws: ``DiagnosticsError`` when a plan cannot be read or is invalid.
    public static func text(paths: [String], language: Language) throws(DiagnosticsError) -> String {
        var plans: [(label: String, facts: PlanFacts)] = []
        var problems: [Diagnostic] = []
        for path in paths {
            let read = PlanFacts.read(path: path)
            problems += read.diagnostics
            if let facts = read.facts { plans.append((path, facts)) }
        }
        guard !problems.containsErrors else { throw DiagnosticsError(problems) }
        return table(plans, language: language)
    }

    static func table(_ plans: [(label: String, facts: PlanFacts)], language: Language) -> String {
        let wording = Wording(language: language)
        func money(_ cents: Int64?) -> String { cents.map { Money(cents: $0).formatted(language) } ?? "–" }
        func percent(_ points: Int?) -> String { points.map { BasisPoints($0).formatted(language) } ?? "–" }
        var rows: [(String, [String])] = []
        rows.append((wording("netwerk", "network"), plans.map(\.facts.networkID)))
        rows.append(
            (
                wording("jaren", "years"),
                plans.map { plan in
                    plan.facts.years.first.map { "\($0)–\(plan.facts.years.last ?? $0)" } ?? "–"
                }
            ))
        if plans.contains(where: { $0.facts.scenario != nil }) {
            rows.append(
                (
                    wording("scenario", "scenario"),
                    plans.map { $0.facts.scenario ?? wording("(geen)", "(none)") }
                ))
        }
        // A source is named as the first plan that has it names it (in that plan's language).
        var names: [String: String] = [:]
        for plan in plans {
            for source in plan.facts.sources where names[source.modelID] == nil {
                names[source.modelID] = source.name.isEmpty ? source.modelID : source.name
            }
        }
        for (model, name) in names.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            rows.append(
                (
                    name,
                    plans.map { plan in
                        plan.facts.sources.first { $0.modelID == model }.map { money($0.income.reduce(0, +)) } ?? "–"
                    }
                ))
        }
        rows.append(
            (wording("geld van partners", "partners' cash"), plans.map { money($0.facts.partnerCash.reduce(0, +)) }))
        rows.append((wording("kosten", "costs"), plans.map { money($0.facts.costs.reduce(0, +)) }))
        rows.append(
            (
                wording("kans elk jaar gedekt", "chance every year covered"),
                plans.map { percent($0.facts.allYearsCovered) }
            ))
        rows.append((wording("beoogde kans", "chance aimed for"), plans.map { percent($0.facts.coverageTarget) }))
        rows.append(
            (
                wording("eigen inkomsten, laatste jaar", "own income, last year"),
                plans.map { percent($0.facts.ownShares.last) }
            ))
        rows.append((wording("reservedoel", "reserve target"), plans.map { money($0.facts.reserveTarget) }))
        rows.append(
            (
                wording("verwachte reserve op het einde", "expected reserve at the end"),
                plans.map { money($0.facts.expectedReserve) }
            ))
        let width = max(12, rows.map(\.0.count).max() ?? 0)
        let columns = plans.indices.map { index in
            max(12, rows.map { $0.1[index].count }.max() ?? 0, "\(index + 1)".count)
        }
        func pad(_ text: String, _ size: Int) -> String {
            text + String(repeating: " ", count: max(0, size - text.count))
        }
        var lines = [wording("Plannen naast elkaar (* = verschilt)", "Plans side by side (* = differs)")]
        for (index, plan) in plans.enumerated() { lines.append("  [\(index + 1)] \(plan.label)") }
        lines.append("")
        lines.append(
            "  " + pad("", width) + "  " + plans.indices.map { pad("[\($0 + 1)]", columns[$0]) }.joined(separator: "  ")
        )
        for (name, values) in rows {
            let differs = Set(values).count > 1 ? "*" : " "
            lines.append(
                differs + " " + pad(name, width) + "  "
                    + values.indices.map { pad(values[$0], columns[$0]) }.joined(separator: "  "))
        }
        return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
