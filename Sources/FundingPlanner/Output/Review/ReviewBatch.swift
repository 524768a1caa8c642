import Foundation
internal import FundingPlannerXML
import Synchronization

/// Reviews many plans in one process: both cores, memory flat in the number of plans, output
/// order independent of input order and of thread timing, outputs written atomically.
///
/// Plans that pass every gate rank first, then by weighted score; a plan file that cannot be
/// read is reported in ``Outcome/rejected`` and the others are still reviewed.
public struct ReviewBatch: Sendable {
    /// The rubric the plans are scored against.
    public var rubric: Rubric
    /// The call whose rules are checked as gates, if any.
    public var call: CallRules?
    /// Reviewers' own scores, merged beside the automatic ones.
    public var sheets: ReviewerSheets
    /// The language of the review's texts.
    public var language: Language
    /// How many plans the HTML page details (all are ranked, and all are in review.xml).
    public var detailedInHTML = 200
    /// Start `review.csv` with a UTF-8 byte-order mark, so that Excel reads it as UTF-8.
    public var csvByteOrderMark = true

    /// A batch scoring against `rubric` and, when given, `call`'s rules.
    public init(rubric: Rubric, call: CallRules?, sheets: ReviewerSheets, language: Language) {
        self.rubric = rubric
        self.call = call
        self.sheets = sheets
        self.language = language
    }

    /// What a batch produced.
    public struct Outcome: Sendable {
        /// How many plans were read and reviewed.
        public var reviewed: Int
        /// The plan files that could not be read, each with its errors, in file-name order.
        public var rejected: [(file: String, errors: [Diagnostic])]
        /// The paths of the files written: review.xml, review.csv and review.html.
        public var files: [String]
    }

    /// One ranked plan, kept small.
    struct Entry: Sendable {
        var file: String
        var network: String
        var name: String
        var score: Int
        var passes: Bool
        var scores: [Int?]
        var failedGates: [String]
        var amounts: PlanAmounts?
        var sha256: String
        var fragment: (offset: UInt64, length: Int)
    }

    /// Reviews `files` and writes review.xml, review.csv and review.html into `folder`.
    ///
    /// - Parameters:
    ///   - files: The `plan.xml` files to review, in any order.
    ///   - folder: The folder to write into; it is created when missing.
    ///   - progress: Called with (done, total) as plans finish, from worker threads.
    /// - Returns: How many plans were reviewed, which were rejected, and the files written.
    /// - Throws: ``DiagnosticsError`` when the folder cannot be written or the installation's
    ///   schemas are missing; a plan that cannot be read is rejected, not thrown.
    public func run(files: [String], folder: String, progress: (@Sendable (Int, Int) -> Void)? = nil)
        throws(DiagnosticsError) -> Outcome
    {
        _ = try SchemaSet.load().schema(for: .plan)  // a broken installation fails once, here
        let unknownCriteria = sheets.unknownCriteria(rubric.criteria.map(\.id), rubric: rubric.id)
        guard unknownCriteria.isEmpty else { throw DiagnosticsError(unknownCriteria, kind: .invalidContent) }
        let sorted = files.sorted()
        let fragments: ReviewFragments
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fragments = try ReviewFragments(folder: folder)
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot write in this folder; choose one you may write to", file: folder,
                    isInputOutput: true)
            ])
        }
        let results = ResultSlots(count: sorted.count)
        let scorer = ReviewScorer(rubric: rubric, call: call, language: language)
        let workers = min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let sheets = self.sheets
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: sorted.count, by: workers) {
                let file = sorted[index]
                let read = PlanFacts.read(path: file)
                if let facts = read.facts, let source = read.source {
                    let review = scorer.review(facts, file: file, sha256: source.sha256)
                    let location = fragments.append(ReviewFragments.fragment(review, sheets: sheets))
                    results.set(
                        index,
                        .reviewed(
                            Entry(
                                file: file, network: review.networkID, name: review.networkName,
                                score: review.scoreHundredths,
                                passes: review.passesGates, scores: review.criteria.map(\.score),
                                failedGates: review.gates.filter { !$0.passed }.map(\.id), amounts: review.amounts,
                                sha256: review.sha256,
                                fragment: location
                            )))
                } else {
                    results.set(index, .rejected(file, read.diagnostics.filter { $0.severity == .error }))
                }
                progress?(results.done, sorted.count)
            }
        }
        var entries: [Entry] = []
        var rejected: [(String, [Diagnostic])] = []
        for slot in results.all {
            switch slot {
            case .reviewed(let entry): entries.append(entry)
            case .rejected(let file, let errors): rejected.append((file, errors))
            case .none: break
            }
        }
        let unknownPlans = sheets.unknownPlans(Set(entries.map(\.network)))
        guard unknownPlans.isEmpty else { throw DiagnosticsError(unknownPlans, kind: .invalidContent) }
        // Gates first, then score, then network id and file: the same for any input order.
        entries.sort {
            ($0.passes ? 1 : 0, $0.score, $1.network, $1.file) > ($1.passes ? 1 : 0, $1.score, $0.network, $0.file)
        }
        let writer = ReviewOutputWriter(
            batch: self, entries: entries, rejected: rejected, fragments: fragments, folder: folder)
        let written = try writer.writeAll()
        return Outcome(reviewed: entries.count, rejected: rejected, files: written)
    }
}

/// Per-file results, filled by the worker threads in any order, read in file order.
final class ResultSlots: Sendable {
    enum Slot: Sendable {
        case none
        case reviewed(ReviewBatch.Entry)
        case rejected(String, [Diagnostic])
    }

    private struct State {
        var slots: [Slot]
        var finished = 0
    }

    private let state: Mutex<State>

    init(count: Int) {
        state = Mutex(State(slots: Array(repeating: .none, count: count)))
    }

    func set(_ index: Int, _ slot: Slot) {
        state.withLock { state in
            state.slots[index] = slot
            state.finished += 1
        }
    }

    var done: Int { state.withLock { $0.finished } }

    var all: [Slot] { state.withLock { $0.slots } }
}
