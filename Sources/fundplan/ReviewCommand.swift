import ArgumentParser
import Foundation
import FundingPlanner

#if canImport(Glibc)
    import Glibc
#endif

/// `fundplan review PLANS... -o DIR`: score many plans against a rubric and a call, and rank them.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review many plans against a rubric and a call's rules: scores with evidence, gates, ranking.",
        discussion: """
            Writes review.xml, review.csv and review.html into the output folder. An invalid or \
            hostile plan is listed with its errors and skipped; the batch goes on. Plans failing a \
            gate are ranked after every plan that passes them.
            Example: fundplan review submissions/ --call catalogues/calls/example-esf-network-formation.xml -o review-2026
            """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("Plan files, or folders of plan files (.xml).", valueName: "plans"))
    var plans: [String]

    @Option(
        help: ArgumentHelp(
            "The rubric (default: the built-in catalogues/rubrics/default-rubric.xml).", valueName: "file"))
    var rubric: String?

    @Option(help: ArgumentHelp("The call's rules, checked as gates.", valueName: "file"))
    var call: String?

    @Option(
        name: .customLong("reviews"),
        help: ArgumentHelp("Reviewers' score sheets, files or folders (repeatable).", valueName: "path"))
    var reviews: [String] = []

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("The folder to write the review into.", valueName: "folder"))
    var output: String

    @Flag(help: "Replace the review files if the folder already has them.")
    var force = false

    @Flag(
        name: .customLong("no-bom"), help: "Write review.csv without the byte-order mark Excel needs to read accents.")
    var withoutByteOrderMark = false

    func validate() throws {
        guard !plans.isEmpty else { throw ValidationError("give the plans to review: files or folders") }
        for name in ["review.xml", "review.csv", "review.html"]
        where FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent(name)) && !force {
            throw ValidationError(
                "\((output as NSString).appendingPathComponent(name)) exists already; add --force to replace the review, or choose another folder with -o"
            )
        }
    }

    func run() throws {
        do {
            let loadedRubric =
                try rubric.map { path throws(DiagnosticsError) in try Rubric.load(path: path) } ?? Rubric.builtIn()
            var loadedCall: CallRules?
            if let call { loadedCall = try CallRules.load(path: call) }
            let sheets = try ReviewerSheets.load(paths: try Self.expand(reviews))
            let files = try Self.expand(plans)
            let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.path
            if files.contains(where: {
                URL(fileURLWithPath: $0).standardizedFileURL.path.hasPrefix(outputFolder + "/review.")
            }) {
                throw ValidationError("the output folder holds the plans' files; choose another output folder")
            }
            var batch = ReviewBatch(rubric: loadedRubric, call: loadedCall, sheets: sheets, language: language.lang)
            batch.csvByteOrderMark = !withoutByteOrderMark
            let bar: ProgressBar? = isatty(2) == 1 ? ProgressBar() : nil
            var progress: (@Sendable (Int, Int) -> Void)?
            if let bar { progress = { done, total in bar.show(done, total) } }
            let outcome = try batch.run(files: files, folder: output, progress: progress)
            bar?.finish()
            for rejected in outcome.rejected {
                Terminal.writeError(
                    rejected.file + ": " + (language.lang == .nl ? "niet beoordeeld: " : "not reviewed: ")
                        + (rejected.errors.first?.message(in: language.lang) ?? ""))
            }
            StandardOutput.write(
                (language.lang == .nl
                    ? "\(outcome.reviewed) plannen beoordeeld, \(outcome.rejected.count) geweigerd. Geschreven: "
                    : "\(outcome.reviewed) plans reviewed, \(outcome.rejected.count) rejected. Written: ")
                    + outcome.files.joined(separator: ", ") + "\n")
        } catch let error as DiagnosticsError {
            throw Terminal.fail(error)
        }
    }

    /// Files stay files; folders become their .xml files (sorted).
    static func expand(_ paths: [String]) throws(DiagnosticsError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DiagnosticsError([
                    Diagnostic(severity: .error, message: "no such file or folder", file: path, isInputOutput: true)
                ])
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".xml") }.sorted().map {
                    (path as NSString).appendingPathComponent($0)
                }
            } else {
                files.append(path)
            }
        }
        return files
    }
}

/// A one-line progress bar on standard error: done/total, rate, time left.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw = Date.distantPast

    func show(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(start))
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        StandardError.write("\r[\(bar)] \(done)/\(total)  \(Int(rate))/s  \(Int(left.rounded(.up))) s left ")
    }

    func finish() {
        StandardError.write("\n")
    }
}
