/// The output indicators spreadsheet: one row per target (year and value), the indicator's own
/// columns (id, what is counted, unit, the call indicator it answers) on its first row.
struct IndicatorRows {
    let file: String
    let language: Language
    let years: ClosedRange<Int>

    func read(_ text: String) -> Result<[NetworkProfile.OutputIndicator], DiagnosticsError> {
        let say = Wording(language: language)
        let table: SpreadsheetTable
        switch SpreadsheetTable.parse(text, file: file, language: language) {
        case .success(let parsed): table = parsed
        case .failure(let error): return .failure(error)
        }
        let columns = (
            id: table.column(["id", "indicator"]), name: table.column(["naam", "name", "wat wordt geteld"]),
            unit: table.column(["eenheid", "unit"]),
            call: table.column(["oproepindicator", "callindicator", "call indicator"]),
            year: table.column(["jaar", "year"]), value: table.column(["streefwaarde", "target", "value"])
        )
        guard columns.id != nil, columns.year != nil, columns.value != nil else {
            return .failure(
                SpreadsheetTable.missingColumns(
                    say(
                        "de kopregel moet 'id', 'jaar' en 'streefwaarde' hebben; gebruik catalogues/templates/indicators.csv",
                        "the header needs 'id', 'year' and 'target'; use catalogues/templates/indicators.csv"),
                    file: file))
        }
        var indicators: [NetworkProfile.OutputIndicator] = []
        var problems: [Diagnostic] = []
        for row in table.rows {
            var reader = RowReader(file: file, language: language, line: row.line, cells: row.cells)
            guard let id = reader.value(columns.id, named: "id", Asker.identifier) else {
                problems += reader.problems
                continue
            }
            if !indicators.contains(where: { $0.id == id }) {
                let name = reader.value(columns.name, named: say("naam", "name")) {
                    Asker(console: NoConsole(), language: language).text($0)
                }
                let unit = reader.value(columns.unit, named: say("eenheid", "unit")) {
                    VocabularyChoice.pick($0, among: IndicatorUnit.self)
                }
                let call = reader.value(
                    columns.call, named: say("oproepindicator", "call indicator"), required: false, Asker.identifier)
                if let name, let unit {
                    indicators.append(
                        NetworkProfile.OutputIndicator(
                            id: id, unit: unit, name: LocalizedText([(language.rawValue, name)]), targets: [],
                            callIndicator: call, origin: SourcePosition(file: file, line: row.line)))
                }
            }
            let year = reader.value(columns.year, named: say("jaar", "year")) { TypedInput.whole($0, in: years) }
            let value = reader.value(columns.value, named: say("streefwaarde", "target")) {
                TypedInput.whole($0, in: 0...1_000_000)
            }
            if let year, let value, let index = indicators.firstIndex(where: { $0.id == id }) {
                if indicators[index].targets.contains(where: { $0.year == year }) {
                    reader.report(
                        columns.year,
                        say(
                            "'\(id)' heeft al een streefwaarde voor \(year); geef één streefwaarde per jaar",
                            "'\(id)' already has a target for \(year); give one target a year"))
                } else {
                    indicators[index].targets.append(.init(year: year, value: value))
                }
            }
            problems += reader.problems
        }
        return SpreadsheetTable.outcome(
            indicators, problems: problems, nothingFound: say("geen enkele indicator gevonden", "no indicator found"),
            file: file)
    }
}
