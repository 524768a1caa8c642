/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold the separator, a quote or
/// a line break, quotes doubled.
public struct CSVWriter: Sendable {
    /// The UTF-8 byte-order mark that tells Excel a CSV file is UTF-8 (without it, Excel on
    /// Windows shows "Buurtcomité" as "BuurtcomitÃ©").
    public static let byteOrderMark = "\u{FEFF}"

    /// The field separator: `,` (RFC 4180) or `;` for Dutch-language spreadsheets.
    public var separator: Character

    /// A writer that separates fields with `separator`, a comma by default.
    public init(separator: Character = ",") {
        self.separator = separator
    }

    /// The rows as CSV text, each row ending in CRLF.
    public func text(_ rows: [[String]]) -> String {
        var output = ""
        for row in rows {
            output += row.map(field).joined(separator: String(separator))
            output += "\r\n"
        }
        return output
    }

    private func field(_ value: String) -> String {
        let needsQuotes =
            value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")
        guard needsQuotes else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
