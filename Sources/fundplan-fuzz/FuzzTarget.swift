import Foundation
import FundingPlanner
import FundingPlannerText

/// One fuzz target per document loader and one for the text pipeline, chosen with
/// `FUNDPLAN_FUZZ_TARGET` (catalogue, network, plan, rubric, reviewer, lexicon, scenario, text).
///
/// Built with libFuzzer (`-DFUZZING -sanitize=fuzzer,address`): libFuzzer calls
/// `LLVMFuzzerTestOneInput` with each input. Built normally, `fundplan-fuzz TARGET FILE...`
/// replays inputs (a corpus, or a crash libFuzzer found) through the same code.
enum FuzzTarget: String, CaseIterable {
    case catalogue, network, plan, rubric, reviewer, lexicon, scenario, text

    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fundplan-fuzz-\(getpid()).xml")
        .path
    nonisolated(unsafe) static var builtIn: Catalogue?

    /// Runs one input; every outcome but a crash, a hang or a leak is fine.
    func run(_ data: Data) {
        if self == .text {
            let text = String(decoding: data, as: UTF8.self)
            let analyzer = TextAnalyzer()
            _ = analyzer.stems(text, language: .dutch).count + analyzer.stems(text, language: .english).count
            return
        }
        _ = FileManager.default.createFile(atPath: Self.scratch, contents: data)
        switch self {
        case .catalogue:
            _ = try? CatalogueLoader(additionalPaths: [Self.scratch], includesDefault: false).load()
        case .network:
            if Self.builtIn == nil { Self.builtIn = (try? CatalogueLoader().load())?.catalogue ?? Catalogue() }
            _ = try? NetworkProfile.load(path: Self.scratch, catalogue: Self.builtIn ?? Catalogue())
        case .plan:
            _ = try? ReportRenderer.html(planPath: Self.scratch, language: .nl)
        case .rubric:
            _ = try? Rubric.load(path: Self.scratch)
        case .reviewer:
            _ = try? ReviewerSheets.load(paths: [Self.scratch])
        case .lexicon:
            _ = try? LexiconLoader(additionalPaths: [Self.scratch], includesDefault: false).load()
        case .scenario:
            if Self.builtIn == nil { Self.builtIn = (try? CatalogueLoader().load())?.catalogue ?? Catalogue() }
            _ = try? ScenarioFile.load(path: Self.scratch, catalogue: Self.builtIn ?? Catalogue(), network: nil)
        case .text:
            break
        }
    }

    static var selected: FuzzTarget {
        FuzzTarget(rawValue: ProcessInfo.processInfo.environment["FUNDPLAN_FUZZ_TARGET"] ?? "") ?? .catalogue
    }
}

#if FUZZING
    /// libFuzzer's driver (from the archive `-sanitize=fuzzer` links).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// The input callback libFuzzer's archive expects.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        FuzzTarget.selected.run(bytes.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }

    /// SwiftPM links an executable's entry point under this name: hand over to libFuzzer.
    @_cdecl("fundplan_fuzz_main")
    func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var vector = argv
        return runFuzzerDriver(&count, &vector, fuzzOneInput)
    }
#else
    @main
    struct FuzzReplay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                print("usage: fundplan-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE...")
                exit(2)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                target.run(data)
            }
            print("replayed \(arguments.count - 1) input(s) through \(name)")
        }
    }
#endif
