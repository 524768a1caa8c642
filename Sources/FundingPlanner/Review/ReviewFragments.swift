import Foundation
internal import FundingPlannerXML

/// Each reviewed plan's XML, written to a scratch file as soon as it is scored, so that memory
/// stays flat in the number of plans; the final review is assembled in rank order from it.
final class ReviewFragments: @unchecked Sendable {
    // `handle` and `offset` are guarded by `lock`.
    private let lock = NSLock()
    private let handle: FileHandle
    private var offset: UInt64 = 0
    let path: String

    init(folder: String) throws {
        path = (folder as NSString).appendingPathComponent(".review-fragments-\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Appends a fragment; returns where it is.
    func append(_ text: String) -> (offset: UInt64, length: Int) {
        let data = Data(text.utf8)
        lock.lock()
        defer { lock.unlock() }
        let start = offset
        handle.seekToEndOfFile()
        handle.write(data)
        offset += UInt64(data.count)
        return (start, data.count)
    }

    /// Reads a fragment back.
    func read(offset: UInt64, length: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        handle.seek(toFileOffset: offset)
        return String(decoding: handle.readData(ofLength: length), as: UTF8.self)
    }

    /// The XML of one plan's review, from just after `<plan ` (the rank is written later).
    static func fragment(_ review: PlanReview, sheets: ReviewerSheets) -> String {
        var writer = FragmentWriter()
        let score = hundredths(review.scoreHundredths)
        writer.raw("network=\"\(XMLWriter.escapeAttribute(review.networkID))\" file=\"\(XMLWriter.escapeAttribute(review.file))\" sha256=\"\(review.sha256)\" score=\"\(score)\" passesGates=\"\(review.passesGates)\">\n")
        writer.line(1, "<name>\(XMLWriter.escapeText(review.networkName.isEmpty ? review.networkID : review.networkName))</name>")
        for gate in review.gates {
            writer.line(1, "<gate id=\"\(gate.id)\" passed=\"\(gate.passed)\">\(XMLWriter.escapeText(gate.text))</gate>")
        }
        for criterion in review.criteria {
            let value = criterion.value.map { " value=\"\($0)\"" } ?? ""
            writer.line(1, "<criterion id=\"\(criterion.id)\" measure=\"\(criterion.measure.rawValue)\"\(value) score=\"\(criterion.score.map(String.init) ?? "not-applicable")\" weight=\"\(criterion.weight)\">")
            for evidence in criterion.evidence { writer.line(2, "<evidence>\(XMLWriter.escapeText(evidence))</evidence>") }
            let entries = sheets.entries(plan: review.networkID, criterion: criterion.id)
            if !entries.isEmpty {
                let summary = ReviewerSummary(entries: entries, automatic: criterion.score)
                var attributes = ""
                if let mean = summary.meanHundredths { attributes += " mean=\"\(hundredths(mean))\"" }
                if let spread = summary.spread { attributes += " spread=\"\(spread)\"" }
                writer.line(2, "<reviewers\(attributes) disagreement=\"\(summary.disagreement)\" differsFromAutomatic=\"\(summary.differsFromAutomatic)\">")
                for entry in entries {
                    writer.line(3, "<reviewer id=\"\(XMLWriter.escapeAttribute(entry.reviewer))\" score=\"\(XMLWriter.escapeAttribute(entry.value))\">\(XMLWriter.escapeText(entry.comment))</reviewer>")
                }
                writer.line(2, "</reviewers>")
            }
            writer.line(1, "</criterion>")
        }
        writer.raw("  </plan>\n")
        return writer.text
    }

    static func hundredths(_ value: Int) -> String {
        "\(value / 100)." + (value % 100 < 10 ? "0" : "") + "\(value % 100)"
    }
}

/// Builds indented lines (two spaces a level, plans at level 1 of the review).
private struct FragmentWriter {
    var text = ""
    mutating func raw(_ string: String) { text += string }
    mutating func line(_ depth: Int, _ string: String) {
        text += String(repeating: "  ", count: depth + 1) + string + "\n"
    }
}
