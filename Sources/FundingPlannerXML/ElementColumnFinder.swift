import Foundation

/// Finds the column of an element's start tag on a known line, for diagnostics found after
/// parsing (duplicate ids, unknown themes…), where libxml2 only kept the line.
///
/// Reads only as far into the file as the lines asked about, and only when asked: documents
/// without such problems never pay for it, and a large file is never loaded whole.
package final class ElementColumnFinder {
    private let reader: LineReader

    package init(path: String) {
        reader = LineReader(path: path)
    }

    /// 1-based column of `<name` (with or without a prefix) on `line`, or 0 when not found.
    package func column(ofElement name: String, line: Int) -> Int {
        guard let bytes = reader.line(line) else { return 0 }
        return Self.column(ofElement: name, in: bytes)
    }

    /// The first line up to `lastLine` where `<name` (or a prefixed or end tag) stands, and its
    /// column, read in one pass.
    package func firstOccurrence(ofElement name: String, throughLine lastLine: Int) -> (line: Int, column: Int)? {
        var found: (line: Int, column: Int)?
        reader.scan(from: 1) { number, bytes in
            let column = Self.column(ofElement: name, in: bytes)
            if column > 0 { found = (number, column) }
            return found == nil && number < lastLine
        }
        return found
    }

    private static func column(ofElement name: String, in bytes: [UInt8]) -> Int {
        let text = Substring(String(decoding: bytes, as: UTF8.self))
        // The start tag; else a prefixed start tag; else the end tag (where libxml2 reports
        // errors about missing children).
        for marker in ["<\(name)", ":\(name)", "</\(name)"] {
            var searchStart = text.startIndex
            while let range = text.range(of: marker, range: searchStart..<text.endIndex) {
                let after = range.upperBound
                let boundary = after == text.endIndex || " \t/>".contains(text[after])
                if boundary {
                    if marker.hasPrefix(":")
                        && text[..<range.lowerBound].last.map({
                            !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "_" && $0 != "."
                        }) ?? true
                    {
                        searchStart = after
                        continue
                    }
                    let tagStart =
                        marker.hasPrefix(":")
                        ? (text[..<range.lowerBound].lastIndex(of: "<") ?? range.lowerBound) : range.lowerBound
                    return text.distance(from: text.startIndex, to: tagStart) + 1
                }
                searchStart = after
            }
        }
        return 0
    }
}
