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
        try AtomicFile.stream(to: file("review.xml")) { emit in
            withoutActuallyEscaping(emit) { emit in
                var writer = XMLWriter(emit: emit)
                writeXML(&writer, detailLimit: nil, rowLimit: nil)
                _ = writer.finish()
            }
        }
        try AtomicFile.stream(to: file("review.csv")) { emit in streamCSV(emit) }
        // The page details the first plans and ranks the first thousand only, so that it stays
        // readable and its memory bounded; review.xml and review.csv hold every plan.
        var page = XMLWriter()
        writeXML(&page, detailLimit: batch.detailedInHTML, rowLimit: 1_000)
        let html = try ReviewPage.html(
            reviewXML: page.finish(), displayName: file("review.xml"), language: batch.language)
        try AtomicFile.write(html, to: file("review.html"))
        return ["review.xml", "review.csv", "review.html"].map(file)
    }

    /// The review document.
    private func writeXML(_ writer: inout XMLWriter, detailLimit: Int?, rowLimit: Int?) {
        let language = batch.language
        writer.open(
            "review",
            [
                ("xmlns", DocumentKind.review.namespace), ("language", language.rawValue),
                ("generator", FundingPlanner.generator),
                ("plans", "\(entries.count)"),
            ])
        writer.element(
            "rubric", [("id", batch.rubric.id), ("sha256", batch.rubric.source.sha256)],
            text: batch.rubric.title.text(in: language))
        if let call = batch.call {
            writer.element(
                "call", [("id", call.id), ("sha256", call.source.sha256)], text: call.title.text(in: language))
        }
        for criterion in batch.rubric.criteria {
            writer.element(
                "criterion", [("id", criterion.id), ("weight", "\(criterion.weight)")],
                text: criterion.name.text(in: language))
        }
        for (rank, entry) in entries.enumerated() {
            if let rowLimit, rank >= rowLimit { break }
            let detailed = detailLimit.map { rank < $0 } ?? true
            var attributes = [
                ("rank", "\(rank + 1)"), ("network", entry.network), ("file", entry.file),
                ("sha256", detailed ? entry.sha256 : "-"),
                ("score", ReviewFragments.hundredths(entry.score)), ("passesGates", "\(entry.passes)"),
            ]
            if let amounts = entry.amounts {
                attributes += [
                    ("budget", amounts.budget.decimalEuros), ("requested", amounts.requested.decimalEuros),
                    ("cofinancing", amounts.cofinancing.decimalEuros), ("ownShare", "\(amounts.ownShare.value)"),
                ]
            }
            writer.open("plan", attributes)
            if detailed {
                writer.insert(fragment: fragments.read(offset: entry.fragment.offset, length: entry.fragment.length))
            } else {
                writer.element("name", text: entry.name.isEmpty ? entry.network : entry.name)
            }
            writer.close()
        }
        for (file, errors) in rejected {
            writer.open("rejected", [("file", file)])
            for error in errors.prefix(20) { writer.element("error", text: error.description) }
            writer.close()
        }
        writer.close()
    }

    /// RFC 4180: rank, network, file, score, gates, the amounts (budget, requested, co-financing
    /// in euros, own-income share in basis points), one column per criterion; streamed.
    private func streamCSV(_ emit: (String) -> Void) {
        let writer = CSVWriter()
        if batch.csvByteOrderMark { emit(CSVWriter.byteOrderMark) }
        emit(
            writer.text([
                ["rank", "network", "name", "file", "score", "passes_gates", "failed_gates"]
                    + ["budget", "requested", "cofinancing", "own_share_bp"] + batch.rubric.criteria.map(\.id)
            ]))
        for (rank, entry) in entries.enumerated() {
            let fields = [
                "\(rank + 1)", entry.network, entry.name, entry.file, ReviewFragments.hundredths(entry.score),
                entry.passes ? "true" : "false",
                entry.failedGates.joined(separator: " "),
                entry.amounts?.budget.decimalEuros ?? "", entry.amounts?.requested.decimalEuros ?? "",
                entry.amounts?.cofinancing.decimalEuros ?? "", entry.amounts.map { "\($0.ownShare.value)" } ?? "",
            ]
            emit(writer.text([fields + entry.scores.map { $0.map(String.init) ?? "not-applicable" }]))
        }
        for (file, errors) in rejected {
            emit(
                writer.text([
                    ["", "", "", file, "", "rejected", errors.first?.message ?? "", "", "", "", ""]
                        + batch.rubric.criteria.map { _ in "" }
                ]))
        }
    }
}
