/// The output indicators a grant application asks for beside the money: what the project
/// delivers, counted, and how many each plan year (`<indicators>`).
///
/// Asked after the budget. A starting profile's indicators can be kept (their targets outside
/// the new plan years are dropped); then new ones are added until the name is left empty: each
/// with its unit, optionally the call's indicator it answers (checked by `plan --call`), and at
/// least one target, as `network-1.xsd` asks.
struct IndicatorQuestions {
    let asker: Asker
    let years: ClosedRange<Int>
    /// The language tag the names are written in (the interview's).
    let nameLanguage: String

    func ask(keeping existing: [NetworkProfile.OutputIndicator]) throws(InterviewError)
        -> [NetworkProfile.OutputIndicator]
    {
        var indicators: [NetworkProfile.OutputIndicator] = []
        let inYears = existing.compactMap { indicator -> NetworkProfile.OutputIndicator? in
            var kept = indicator
            kept.targets = indicator.targets.filter { years.contains($0.year) }
            return kept.targets.isEmpty ? nil : kept
        }
        if !inYears.isEmpty {
            let kept = try asker.ask(
                "Outputindicatoren uit het vertrekpunt overnemen? (\(inYears.count); ja/nee)",
                "Keep the starting point's output indicators? (\(inYears.count); yes/no)",
                default: asker.wording("ja", "yes"), TypedInput.yesNo)
            if kept { indicators = inYears }
        }
        asker.console.show(
            asker.wording(
                "Outputindicatoren: wat het project oplevert, geteld per jaar (deelnemers, sessies, uren …); een subsidieaanvraag vraagt ze.",
                "Output indicators: what the project delivers, counted per year (participants, sessions, hours …); a grant application asks for them."
            ))
        while let name = try asker.optional(
            "Outputindicator: wat wordt geteld? (leeg = klaar)", "Output indicator: what is counted? (empty = done)",
            { asker.text($0) })
        {
            indicators.append(try askIndicator(named: name, after: indicators))
        }
        return indicators
    }

    private func askIndicator(named name: String, after others: [NetworkProfile.OutputIndicator]) throws(InterviewError)
        -> NetworkProfile.OutputIndicator
    {
        let id = try asker.newIdentifier(for: name, taken: Set(others.map(\.id)))
        asker.list(IndicatorUnit.self)
        let unit = try asker.ask("  Eenheid (nummer of naam)", "  Unit (number or name)") {
            VocabularyChoice.pick($0, among: IndicatorUnit.self)
        }
        let call = try asker.optional(
            "  Id van de indicator van de oproep waarop dit antwoordt (leeg = geen)",
            "  Id of the call's indicator this answers (empty = none)", Asker.identifier)
        var targets: [NetworkProfile.Target] = []
        for year in years {
            let required = targets.isEmpty && year == years.upperBound
            let value = try asker.ask(
                "  Streefwaarde in \(year) (leeg = geen)", "  Target in \(year) (empty = none)"
            ) { typed -> Result<Int?, TypedInput.Problem> in
                if typed.isEmpty {
                    return required
                        ? .failure(.init("geef minstens één streefwaarde", "give at least one target")) : .success(nil)
                }
                return TypedInput.whole(typed, in: 0...1_000_000).map { Optional($0) }
            }
            if let value { targets.append(.init(year: year, value: value)) }
        }
        return NetworkProfile.OutputIndicator(
            id: id, unit: unit, name: LocalizedText([(nameLanguage, name)]), targets: targets, callIndicator: call,
            origin: SourcePosition(file: "fundplan init", line: 0))
    }
}
