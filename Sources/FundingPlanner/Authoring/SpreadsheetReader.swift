import Foundation

/// A CSV file as spreadsheets save it: comma or semicolon (found from the header line), fields
/// in double quotes with doubled quotes inside, UTF-8 with or without a byte-order mark, CRLF or
/// LF line ends.
struct SpreadsheetTable {
    /// The header's cells, folded (lower case, no accents), for matching column names.
    let header: [String]
    /// Every row after the header with its 1-based line number in the file.
    let rows: [(line: Int, cells: [String])]

    /// Reads `text`, or says why it is not a table.
    static func parse(_ text: String) -> Result<SpreadsheetTable, TypedInput.Problem> {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character =
            firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            index = body.index(after: index)
            if quoted {
                if character == "\"" {
                    if index < body.endIndex, body[index] == "\"" {
                        cell.append("\"")
                        index = body.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
            } else if character == "\"" && cell.isEmpty {
                quoted = true
            } else if character == separator {
                cells.append(cell)
                cell = ""
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                cells.append(cell)
                records.append((recordLine, cells))
                cells = []
                cell = ""
                line += 1
                recordLine = line
            } else {
                cell.append(character)
            }
        }
        if quoted {
            return .failure(
                .init(
                    "regel \(recordLine): een veld begint met \" maar sluit niet af",
                    "line \(recordLine): a field opens with \" but never closes"))
        }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            records.append((recordLine, cells))
        }
        let nonEmpty = records.filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let first = nonEmpty.first else {
            return .failure(
                .init("het bestand is leeg; begin met een kopregel", "the file is empty; start with a header line"))
        }
        return .success(
            SpreadsheetTable(header: first.cells.map(VocabularyChoice.fold), rows: Array(nonEmpty.dropFirst())))
    }

    /// Reads `text` as the spreadsheet `file`, a problem worded in `language`.
    static func parse(_ text: String, file: String, language: Language) -> Result<SpreadsheetTable, DiagnosticsError> {
        parse(text).mapError {
            DiagnosticsError([Diagnostic(severity: .error, message: $0.text(language), file: file)])
        }
    }

    /// The index of the column named by one of `names` (folded), if the header has it.
    func column(_ names: [String]) -> Int? {
        header.firstIndex { names.contains($0) }
    }

    /// The problem of a header that lacks the columns a sheet needs: `message`, at line 1.
    static func missingColumns(_ message: String, file: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(severity: .error, message: message, file: file, line: 1, column: 1)])
    }

    /// What a sheet's rows gave: `values` when no row had a problem, else every problem;
    /// `nothingFound` when there was neither a value nor a problem.
    static func outcome<Value>(
        _ values: [Value], problems: [Diagnostic], nothingFound: String, file: String
    ) -> Result<[Value], DiagnosticsError> {
        if values.isEmpty && problems.isEmpty {
            return .failure(DiagnosticsError([Diagnostic(severity: .error, message: nothingFound, file: file)]))
        }
        return problems.isEmpty ? .success(values) : .failure(DiagnosticsError(problems))
    }
}
