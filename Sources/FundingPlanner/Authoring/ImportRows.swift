/// The partners spreadsheet: one row per contribution (or one row for a partner without any),
/// the partner's own columns filled on its first row.
struct PartnerRows {
    let file: String
    let language: Language
    let years: ClosedRange<Int>

    func read(_ text: String) -> Result<[NetworkProfile.Partner], DiagnosticsError> {
        let say = Wording(language: language)
        let table: SpreadsheetTable
        switch SpreadsheetTable.parse(text, file: file, language: language) {
        case .success(let parsed): table = parsed
        case .failure(let error): return .failure(error)
        }
        let columns = (
            id: table.column(["id", "partner", "partner-id"]), name: table.column(["naam", "name"]),
            type: table.column(["soort", "type", "soort organisatie"]), roles: table.column(["rollen", "roles"]),
            joins: table.column(["sinds", "joins", "lid sinds"]), why: table.column(["waarom", "why", "statement"]),
            seats: table.column(["zetels", "seats"]), votes: table.column(["stemmen", "votes"]),
            veto: table.column(["veto"]),
            year: table.column(["jaar", "year"]), kind: table.column(["bijdrage", "kind", "soort bijdrage"]),
            amount: table.column(["bedrag", "amount"]), valuation: table.column(["waardering", "valuation"]),
            description: table.column(["omschrijving", "description"])
        )
        guard columns.id != nil, columns.name != nil else {
            return .failure(
                SpreadsheetTable.missingColumns(
                    say(
                        "de kopregel mist de kolommen 'id' en 'naam'; gebruik catalogues/templates/partners.csv",
                        "the header lacks the columns 'id' and 'name'; use catalogues/templates/partners.csv"),
                    file: file))
        }
        var partners: [NetworkProfile.Partner] = []
        var problems: [Diagnostic] = []
        for row in table.rows {
            var reader = RowReader(file: file, language: language, line: row.line, cells: row.cells)
            guard let id = reader.value(columns.id, named: "id", Asker.identifier) else {
                problems += reader.problems
                continue
            }
            if !partners.contains(where: { $0.id == id }) {
                let name = reader.value(columns.name, named: say("naam", "name")) {
                    Asker(console: NoConsole(), language: language).text($0)
                }
                let type = reader.value(columns.type, named: say("soort", "type")) {
                    VocabularyChoice.pick($0, among: PartnerType.self)
                }
                let roles = reader.value(columns.roles, named: say("rollen", "roles")) {
                    VocabularyChoice.pickSeveral($0, among: PartnerRole.self)
                }
                let joins = reader.value(columns.joins, named: say("sinds", "joins"), required: false) {
                    TypedInput.whole($0, in: 2000...2100)
                }
                let seats = reader.value(columns.seats, named: say("zetels", "seats"), required: false) {
                    TypedInput.whole($0, in: 0...1_000)
                }
                let votes = reader.value(columns.votes, named: say("stemmen", "votes"), required: false) {
                    TypedInput.whole($0, in: 0...1_000)
                }
                let veto = reader.value(columns.veto, named: "veto", required: false, TypedInput.yesNo)
                let why = reader.cell(columns.why)
                if let name, let type, let roles {
                    partners.append(
                        NetworkProfile.Partner(
                            id: id, name: name, type: type, roles: roles,
                            statement: why.isEmpty ? LocalizedText() : LocalizedText([(language.rawValue, why)]),
                            contributions: [], seats: seats ?? 1, votes: votes ?? 1, hasVeto: veto ?? false,
                            joins: joins ?? years.lowerBound,
                            origin: SourcePosition(file: file, line: row.line)))
                }
            }
            if !reader.cell(columns.year).isEmpty || !reader.cell(columns.amount).isEmpty {
                let year = reader.value(columns.year, named: say("jaar", "year")) { TypedInput.whole($0, in: years) }
                let kind = reader.value(columns.kind, named: say("bijdrage", "kind")) {
                    VocabularyChoice.pick($0, among: ContributionKind.self)
                }
                let amount = reader.value(columns.amount, named: say("bedrag", "amount"), TypedInput.amount)
                let valuation = reader.value(
                    columns.valuation, named: say("waardering", "valuation"), required: kind.map { !$0.isCash } ?? false
                ) {
                    VocabularyChoice.pick($0, among: ValuationMethod.self)
                }
                let description = reader.cell(columns.description)
                if let kind, !kind.isCash, description.isEmpty {
                    reader.report(
                        columns.description,
                        say("zeg wat de partner in natura geeft", "say what the partner gives in kind"))
                }
                if let year, let kind, let amount, let index = partners.firstIndex(where: { $0.id == id }) {
                    partners[index].contributions.append(
                        .init(
                            year: year, kind: kind, amount: amount, valuation: kind.isCash ? nil : valuation,
                            description: description.isEmpty ? nil : description))
                }
            }
            problems += reader.problems
        }
        return SpreadsheetTable.outcome(
            partners, problems: problems, nothingFound: say("geen enkele partner gevonden", "no partner found"),
            file: file)
    }
}

/// The budget spreadsheet: one cost line per row (year, category, amount, description).
struct BudgetRows {
    let file: String
    let language: Language
    let years: ClosedRange<Int>

    func read(_ text: String) -> Result<[NetworkProfile.CostLine], DiagnosticsError> {
        let say = Wording(language: language)
        let table: SpreadsheetTable
        switch SpreadsheetTable.parse(text, file: file, language: language) {
        case .success(let parsed): table = parsed
        case .failure(let error): return .failure(error)
        }
        let year = table.column(["jaar", "year"])
        let category = table.column(["categorie", "category"])
        let amount = table.column(["bedrag", "amount"])
        let description = table.column(["omschrijving", "description"])
        guard year != nil, category != nil, amount != nil else {
            return .failure(
                SpreadsheetTable.missingColumns(
                    say(
                        "de kopregel moet 'jaar', 'categorie' en 'bedrag' hebben; gebruik catalogues/templates/budget.csv",
                        "the header needs 'year', 'category' and 'amount'; use catalogues/templates/budget.csv"),
                    file: file))
        }
        var costs: [NetworkProfile.CostLine] = []
        var problems: [Diagnostic] = []
        for row in table.rows {
            var reader = RowReader(file: file, language: language, line: row.line, cells: row.cells)
            let lineYear = reader.value(year, named: say("jaar", "year")) { TypedInput.whole($0, in: years) }
            let lineCategory = reader.value(category, named: say("categorie", "category")) {
                VocabularyChoice.pick($0, among: CostCategory.self)
            }
            let lineAmount = reader.value(amount, named: say("bedrag", "amount"), TypedInput.amount)
            let text = reader.cell(description)
            if let lineYear, let lineCategory, let lineAmount {
                costs.append(
                    .init(
                        year: lineYear, category: lineCategory, amount: lineAmount,
                        description: text.isEmpty ? nil : text))
            }
            problems += reader.problems
        }
        return SpreadsheetTable.outcome(
            costs, problems: problems, nothingFound: say("geen enkele kostenlijn gevonden", "no cost line found"),
            file: file)
    }
}

/// A console that is never asked anything (to reuse ``Asker``'s checks outside an interview).
final class NoConsole: InterviewConsole {
    func show(_ text: String) {}
    func ask(_ prompt: String) -> String? { nil }
    var isInteractive: Bool { false }
}
