import Foundation
internal import FundingPlannerXML
import Synchronization

/// Each reviewed plan's XML, written to a scratch file as soon as it is scored, so that memory
/// stays flat in the number of plans; the final review is assembled in rank order from it.
final class ReviewFragments: Sendable {
    private struct Scratch {
        let handle: FileHandle
        var offset: UInt64 = 0
    }

    private let scratch: Mutex<Scratch>
    /// The scratch file, removed when this value goes.
    let path: String

    init(folder: String) throws {
        path = (folder as NSString).appendingPathComponent(".review-fragments-\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forUpdatingAtPath: path)
        else {
            throw CocoaError(.fileWriteNoPermission)
        }
        scratch = Mutex(Scratch(handle: handle))
    }

    deinit {
        scratch.withLock { try? $0.handle.close() }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Appends a fragment; returns where it is.
    func append(_ text: String) -> (offset: UInt64, length: Int) {
        let data = Data(text.utf8)
        return scratch.withLock { scratch in
            let start = scratch.offset
            scratch.handle.seekToEndOfFile()
            scratch.handle.write(data)
            scratch.offset += UInt64(data.count)
            return (start, data.count)
        }
    }

    /// Reads a fragment back.
    func read(offset: UInt64, length: Int) -> String {
        scratch.withLock { scratch in
            scratch.handle.seek(toFileOffset: offset)
            return String(decoding: scratch.handle.readData(ofLength: length), as: UTF8.self)
        }
    }

    /// The content of one plan's `<plan>` element in the review (its name, gates and criteria),
    /// written at the depth of a plan's children.
    static func fragment(_ review: PlanReview, sheets: ReviewerSheets) -> String {
        var writer = XMLWriter(fragmentAtDepth: 2)
        writer.element("name", text: review.networkName.isEmpty ? review.networkID : review.networkName)
        for gate in review.gates {
            writer.element("gate", [("id", gate.id), ("passed", "\(gate.passed)")], text: gate.text)
        }
        for criterion in review.criteria {
            var attributes = [("id", criterion.id), ("measure", criterion.measure.rawValue)]
            if let value = criterion.value { attributes.append(("value", "\(value)")) }
            attributes += [
                ("score", criterion.score.map(String.init) ?? "not-applicable"), ("weight", "\(criterion.weight)"),
            ]
            writer.open("criterion", attributes)
            for evidence in criterion.evidence { writer.element("evidence", text: evidence) }
            let entries = sheets.entries(plan: review.networkID, criterion: criterion.id)
            if !entries.isEmpty {
                let summary = ReviewerSummary(entries: entries, automatic: criterion.score)
                var attributes: [(String, String)] = []
                if let mean = summary.meanHundredths { attributes.append(("mean", hundredths(mean))) }
                if let spread = summary.spread { attributes.append(("spread", "\(spread)")) }
                attributes += [
                    ("disagreement", "\(summary.disagreement)"),
                    ("differsFromAutomatic", "\(summary.differsFromAutomatic)"),
                ]
                writer.open("reviewers", attributes)
                for entry in entries {
                    writer.element("reviewer", [("id", entry.reviewer), ("score", entry.value)], text: entry.comment)
                }
                writer.close()
            }
            writer.close()
        }
        return writer.finish()
    }

    /// Hundredths as a decimal with two places (`412` → `4.12`).
    static func hundredths(_ value: Int) -> String {
        "\(value / 100)." + (value % 100 < 10 ? "0" : "") + "\(value % 100)"
    }
}
