import Foundation
import FundingPlanner

// fundplan-bench: measures loading a large catalogue (parse + validate + build Swift models)
// against `xmllint --noout --schema` on the same file, in separate processes, reporting wall
// time and peak resident memory (ru_maxrss) of each.
//
//   swift run -c release fundplan-bench [--models 50000] [--runs 5]
//   fundplan-bench load FILE      (the measured child: loads FILE and prints the model count)
//   fundplan-bench generate FILE [N]   (only writes the generated catalogue, for profiling)
//   fundplan-bench match CATALOGUE NETWORK   (load, then match one network; prints both times)
//   fundplan-bench plan           (solver and simulation timings, beside HiGHS and NumPy)
//   fundplan-bench report [team|funder]  (rendering 1 and 5,000 plans per audience, beside xsltproc)
//   fundplan-bench review         (reviewing 5,000 and 50,000 plans, beside xmllint)
//   fundplan-bench readiness      (readiness checks at the 1,000-partner limit, also hostile text)

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "load", arguments.count == 2 {
    do {
        let loaded = try CatalogueLoader(additionalPaths: [arguments[1]], includesDefault: false).load()
        print(loaded.catalogue.models.count)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

if arguments.first == "match", arguments.count == 3 {
    try MatchBenchmark.run(cataloguePath: arguments[1], networkPath: arguments[2])
    exit(0)
}

if arguments.first == "readiness" {
    // Readiness at the partner limit: ordinary statements, then hostile ones.
    let example = FileManager.default.currentDirectoryPath + "/catalogues/examples/social-restaurant.xml"
    for partners in [200, DocumentLimits.maximumPartners] {
        let timing = try MatchBenchmark.readiness(networkPath: example, partners: partners)
        print("readiness checks, \(timing.partners) partners with ordinary statements: \(timing.seconds) s")
    }
    let hostile = try MatchBenchmark.hostileReadiness(
        networkPath: example, partners: DocumentLimits.maximumPartners, characters: 4_000)
    print(
        "readiness checks, \(hostile.partners) partners with 4,000 characters of random words each: \(hostile.seconds) s"
    )
    exit(0)
}

if arguments.first == "render", arguments.count >= 4, let audience = ReportAudience(rawValue: arguments[1]),
    let threads = Int(arguments[2])
{
    exit(ReportBenchmark.render(threads: threads, audience: audience, files: Array(arguments.dropFirst(3))))
}

/// Runs one benchmark mode in a fresh scratch folder that is removed afterwards, and exits.
///
/// The exit status is 0 when it finished, 1 when it threw. `body` gets the folder and this
/// executable's path.
func runInScratchFolder(_ mode: String, _ body: (_ folder: URL, _ selfPath: String) throws -> Void) throws -> Never {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fundplan-bench-\(mode)-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var status: Int32 = 0
    do {
        try body(folder, me)
    } catch {
        print("\(mode) benchmark failed: \(error)")
        status = 1
    }
    try? FileManager.default.removeItem(at: folder)
    exit(status)
}

let packageFolder = FileManager.default.currentDirectoryPath
if arguments.first == "review" {
    try runInScratchFolder("review") { folder, me in
        try ReviewBenchmark.run(packageFolder: packageFolder, workFolder: folder, selfPath: me)
    }
}
if arguments.first == "report" {
    try runInScratchFolder("report") { folder, me in
        let chosen = arguments.dropFirst().compactMap(ReportAudience.init(rawValue:))
        try ReportBenchmark.run(
            packageFolder: packageFolder, workFolder: folder, selfPath: me, runs: 3,
            audiences: chosen.isEmpty ? ReportAudience.allCases : chosen)
    }
}
if arguments.first == "plan" {
    try runInScratchFolder("plan") { folder, _ in
        try PlanBenchmark.run(packageFolder: packageFolder, workFolder: folder)
    }
}

if arguments.first == "generate", arguments.count >= 2 {
    let count = arguments.count >= 3 ? Int(arguments[2]) ?? 50_000 : 50_000
    let bytes = try BenchmarkCatalogue.write(models: count, to: arguments[1])
    print("wrote \(count) models, \(bytes) bytes, to \(arguments[1])")
    exit(0)
}

func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let number = Int(arguments[index + 1])
    else { return value }
    return number
}

let modelCount = option("--models", default: 50_000)
let runs = max(1, option("--runs", default: 5))

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fundplan-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let cataloguePath = folder.appendingPathComponent("catalogue-\(modelCount).xml").path
let bytes = try BenchmarkCatalogue.write(models: modelCount, to: cataloguePath)
guard let schemaPath = BenchmarkCatalogue.schemaPath() else {
    print("cannot find catalogues/schema/catalogue-1.xsd; run from the package folder or set FUNDPLAN_RESOURCES")
    exit(2)
}
let selfPath =
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]

print(
    "Catalogue: \(modelCount) models, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB; \(runs) runs each, medians; \(ProcessInfo.processInfo.activeProcessorCount) cores"
)
var rows: [(String, Measurement)] = []
let ours = try Measurement.median(runs: runs, command: [selfPath, "load", cataloguePath])
rows.append(("fundplan load (stream + validate + models)", ours))
let xmllintPath = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}
if let xmllintPath {
    rows.append(
        (
            "xmllint --noout --schema",
            try Measurement.median(
                runs: runs, command: [xmllintPath, "--noout", "--schema", schemaPath, cataloguePath])
        ))
    rows.append(
        (
            "xmllint --stream --noout --schema",
            try Measurement.median(
                runs: runs, command: [xmllintPath, "--stream", "--noout", "--schema", schemaPath, cataloguePath])
        ))
} else {
    print("xmllint not found (Debian package libxml2-utils): no baseline")
}
for (name, measurement) in rows {
    print(
        name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + String(format: "%8.3f s %9.1f MiB", measurement.seconds, Double(measurement.peakKilobytes) / 1024))
}
if rows.count > 1 {
    let baseline = rows[1].1
    let timeRatio = ours.seconds / baseline.seconds
    let memoryRatio = Double(ours.peakKilobytes) / Double(baseline.peakKilobytes)
    print(
        String(
            format: "fundplan / xmllint --schema: time %.2f×, peak memory %.2f× (targets: at most 1.5× each): %@",
            timeRatio, memoryRatio, timeRatio <= 1.5 && memoryRatio <= 1.5 ? "MET" : "NOT MET"))
}

// Matching one network against the same catalogue, and readiness checks on 200 partners.
let examplePath = FileManager.default.currentDirectoryPath + "/catalogues/examples/social-restaurant.xml"
if FileManager.default.fileExists(atPath: examplePath) {
    var timings: [String] = []
    for _ in 0..<runs {
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: selfPath)
        process.arguments = ["match", cataloguePath, examplePath]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        timings.append(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    print("match social-restaurant against the same catalogue (each run): " + timings.joined(separator: " | "))
    let readiness = try MatchBenchmark.readiness(networkPath: examplePath, partners: 200)
    print("readiness checks on a \(readiness.partners)-partner network: \(readiness.seconds) s")
} else {
    print("run from the package folder to also time matching (catalogues/examples/social-restaurant.xml)")
}
