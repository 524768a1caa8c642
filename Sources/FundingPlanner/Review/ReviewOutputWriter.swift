import Foundation
internal import FundingPlannerXML

/// Writes review.xml, review.csv and review.html, each atomically, from the ranked entries
/// and the scratch file of plan fragments.
struct ReviewOutputWriter {
    let batch: ReviewBatch
    let entries: [ReviewBatch.Entry]
    let rejected: [(String, [Diagnostic])]
    let fragments: ReviewFragments
    let folder: String

    func file(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    func writeAll() throws(DiagnosticsError) -> [String] {
        try streamXML(to: file("review.xml"), detailLimit: nil, rowLimit: nil)
        try stream(to: file("review.csv")) { emit in streamCSV(emit) }
        // The page details the first plans and ranks the first thousand only, so that it stays
        // readable and its memory bounded; review.xml and review.csv hold every plan.
        let pageInput = file(".review-page-\(getpid()).tmp.xml")
        defer { try? FileManager.default.removeItem(atPath: pageInput) }
        try streamXML(to: pageInput, detailLimit: batch.detailedInHTML, rowLimit: 1_000)
        try AtomicFile.write(try ReviewPage.html(reviewPath: pageInput, language: batch.language), to: file("review.html"))
        return ["review.xml", "review.csv", "review.html"].map(file)
    }

    /// Streams text to a temporary file in the same folder, then renames it into place.
    private func stream(to path: String, _ body: ((String) -> Void) -> Void) throws(DiagnosticsError) {
        let temporary = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot write the review here; choose a folder you may write to", file: path, isInputOutput: true)])
        }
        var buffer = ""
        body { text in
            buffer += text
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot finish writing the review (disk full?)", file: path, isInputOutput: true)])
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot replace the review file", file: path, isInputOutput: true)])
        }
    }

    /// The review document, streamed.
    private func streamXML(to path: String, detailLimit: Int?, rowLimit: Int?) throws(DiagnosticsError) {
        try stream(to: path) { emit in writeXML(emit, detailLimit: detailLimit, rowLimit: rowLimit) }
    }

    private func writeXML(_ emit: (String) -> Void, detailLimit: Int?, rowLimit: Int?) {
        let language = batch.language
        emit("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        emit("<review xmlns=\"\(DocumentKind.review.namespace)\" language=\"\(language.rawValue)\" generator=\"\(MatchXMLWriter.generator)\" plans=\"\(entries.count)\">\n")
        emit("  <rubric id=\"\(XMLWriter.escapeAttribute(batch.rubric.id))\" sha256=\"\(Self.hash(batch.rubricPath))\">\(XMLWriter.escapeText(batch.rubric.title.text(in: language)))</rubric>\n")
        if let call = batch.call, let callPath = batch.callPath {
            emit("  <call id=\"\(XMLWriter.escapeAttribute(call.id))\" sha256=\"\(Self.hash(callPath))\">\(XMLWriter.escapeText(call.title.text(in: language)))</call>\n")
        }
        for criterion in batch.rubric.criteria {
            emit("  <criterion id=\"\(criterion.id)\" weight=\"\(criterion.weight)\">\(XMLWriter.escapeText(criterion.name.text(in: language)))</criterion>\n")
        }
        for (rank, entry) in entries.enumerated() {
            if let rowLimit, rank >= rowLimit { break }
            if let detailLimit, rank >= detailLimit {
                let score = ReviewFragments.hundredths(entry.score)
                emit("  <plan rank=\"\(rank + 1)\" network=\"\(XMLWriter.escapeAttribute(entry.network))\" file=\"\(XMLWriter.escapeAttribute(entry.file))\" sha256=\"-\" score=\"\(score)\" passesGates=\"\(entry.passes)\">\n    <name>\(XMLWriter.escapeText(entry.name.isEmpty ? entry.network : entry.name))</name>\n  </plan>\n")
                continue
            }
            emit("  <plan rank=\"\(rank + 1)\" " + fragments.read(offset: entry.fragment.offset, length: entry.fragment.length))
        }
        for (file, errors) in rejected {
            emit("  <rejected file=\"\(XMLWriter.escapeAttribute(file))\">\n")
            for error in errors.prefix(20) { emit("    <error>\(XMLWriter.escapeText(error.description))</error>\n") }
            emit("  </rejected>\n")
        }
        emit("</review>\n")
    }

    /// RFC 4180: rank, network, file, score, gates, one column per criterion; streamed.
    private func streamCSV(_ emit: (String) -> Void) {
        let writer = CSVWriter()
        emit(writer.text([["rank", "network", "name", "file", "score", "passes_gates", "failed_gates"] + batch.rubric.criteria.map(\.id)]))
        for (rank, entry) in entries.enumerated() {
            emit(writer.text([["\(rank + 1)", entry.network, entry.name, entry.file, ReviewFragments.hundredths(entry.score), entry.passes ? "true" : "false", entry.failedGates.joined(separator: " ")]
                + entry.scores.map { $0.map(String.init) ?? "not-applicable" }]))
        }
        for (file, errors) in rejected {
            emit(writer.text([["", "", "", file, "", "rejected", errors.first?.message ?? ""] + batch.rubric.criteria.map { _ in "" }]))
        }
    }

    static func hash(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { SHA256.hex(Array($0)) } ?? String(repeating: "0", count: 64)
    }
}
