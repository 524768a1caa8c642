import Foundation

/// Finds the column of an element's start tag on a known line, for diagnostics found after
/// parsing (duplicate ids, unknown themes…), where libxml2 only kept the line.
///
/// Reads the file lazily, once, on the first question: documents without such problems never
/// pay for it.
package final class ElementColumnFinder {
    private let path: String
    private var lines: [Substring]?

    package init(path: String) {
        self.path = path
    }

    /// 1-based column of `<name` (with or without a prefix) on `line`, or 0 when not found.
    package func column(ofElement name: String, line: Int) -> Int {
        if lines == nil {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines, line >= 1, line <= lines.count else { return 0 }
        let text = lines[line - 1]
        // The start tag; else a prefixed start tag; else the end tag (where libxml2 reports
        // errors about missing children).
        for marker in ["<\(name)", ":\(name)", "</\(name)"] {
            var searchStart = text.startIndex
            while let range = text.range(of: marker, range: searchStart..<text.endIndex) {
                let after = range.upperBound
                let boundary = after == text.endIndex || " \t/>".contains(text[after])
                if boundary {
                    if marker.hasPrefix(":") && text[..<range.lowerBound].last.map({ !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "_" && $0 != "." }) ?? true {
                        searchStart = after
                        continue
                    }
                    let tagStart = marker.hasPrefix(":") ? (text[..<range.lowerBound].lastIndex(of: "<") ?? range.lowerBound) : range.lowerBound
                    return text.distance(from: text.startIndex, to: tagStart) + 1
                }
                searchStart = after
            }
        }
        return 0
    }
}
