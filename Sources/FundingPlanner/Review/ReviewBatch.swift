import Foundation
internal import FundingPlannerXML

/// Reviews many plans in one process: both cores, memory flat in the number of plans, output
/// order independent of input order and of thread timing, outputs written atomically.
public struct ReviewBatch: Sendable {
    public var rubric: Rubric
    public var rubricPath: String
    public var call: CallRules?
    public var callPath: String?
    public var sheets: ReviewerSheets
    public var language: Language
    /// How many plans the HTML page details (all are ranked, and all are in review.xml).
    public var detailedInHTML = 200

    public init(rubric: Rubric, rubricPath: String, call: CallRules?, callPath: String?, sheets: ReviewerSheets, language: Language) {
        self.rubric = rubric
        self.rubricPath = rubricPath
        self.call = call
        self.callPath = callPath
        self.sheets = sheets
        self.language = language
    }

    /// What a batch produced.
    public struct Outcome: Sendable {
        public var reviewed: Int
        public var rejected: [(file: String, errors: [Diagnostic])]
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
        var fragment: (offset: UInt64, length: Int)
    }

    /// Reviews `files` and writes review.xml, review.csv and review.html into `folder`.
    ///
    /// - Parameter progress: called with (done, total) as plans finish, from worker threads.
    public func run(files: [String], folder: String, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(DiagnosticsError) -> Outcome {
        let schemas = try SchemaSet.load()
        let schema = try schemas.schema(for: .plan)
        let sorted = files.sorted()
        let fragments: ReviewFragments
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fragments = try ReviewFragments(folder: folder)
        } catch {
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot write in this folder; choose one you may write to", file: folder, isInputOutput: true)])
        }
        let results = ResultSlots(count: sorted.count)
        let scorer = ReviewScorer(rubric: rubric, call: call, language: language)
        let workers = min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let sheets = self.sheets
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: sorted.count, by: workers) {
                let file = sorted[index]
                let read = PlanFacts.read(path: file, schema: schema)
                if let facts = read.facts {
                    let hash = FileManager.default.contents(atPath: file).map { SHA256.hex(Array($0)) } ?? String(repeating: "0", count: 64)
                    let review = scorer.review(facts, file: file, sha256: hash)
                    let location = fragments.append(ReviewFragments.fragment(review, sheets: sheets))
                    results.set(index, .reviewed(Entry(
                        file: file, network: review.networkID, name: review.networkName, score: review.scoreHundredths,
                        passes: review.passesGates, scores: review.criteria.map(\.score),
                        failedGates: review.gates.filter { !$0.passed }.map(\.id), fragment: location
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
        // Gates first, then score, then network id and file: the same for any input order.
        entries.sort { ($0.passes ? 1 : 0, $0.score, $1.network, $1.file) > ($1.passes ? 1 : 0, $1.score, $0.network, $0.file) }
        let writer = ReviewOutputWriter(batch: self, entries: entries, rejected: rejected, fragments: fragments, folder: folder)
        let written = try writer.writeAll()
        return Outcome(reviewed: entries.count, rejected: rejected, files: written)
    }
}

/// Per-file results, filled by the worker threads in any order, read in file order.
final class ResultSlots: @unchecked Sendable {
    enum Slot {
        case none
        case reviewed(ReviewBatch.Entry)
        case rejected(String, [Diagnostic])
    }

    // Guarded by `lock`.
    private let lock = NSLock()
    private var slots: [Slot]
    private var finished = 0

    init(count: Int) {
        slots = Array(repeating: .none, count: count)
    }

    func set(_ index: Int, _ slot: Slot) {
        lock.lock()
        slots[index] = slot
        finished += 1
        lock.unlock()
    }

    var done: Int {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    var all: [Slot] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
