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
//   fundplan-bench montecarlo     (the simulation alone, median of 25, beside NumPy)
//   fundplan-bench report [team|funder]  (rendering 1 and 1,000 plans per audience, beside xsltproc)
//   fundplan-bench review         (reviewing 5,000 and 50,000 plans, beside xmllint)
//   fundplan-bench readiness      (readiness checks at the 1,000-partner limit, also hostile text)
//   fundplan-bench hash           (SHA-256 throughput: portable Swift beside the SHA extensions)
//   fundplan-bench startup [FUNDPLAN...]  (start-up of each fundplan build, beside xsltproc --version)

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

if arguments.first == "hash" {
    HashBenchmark.run()
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
            packageFolder: packageFolder, workFolder: folder, selfPath: me, runs: 5,
            audiences: chosen.isEmpty ? ReportAudience.allCases : chosen)
    }
}
if arguments.first == "startup" {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    try StartupBenchmark.run(
        packageFolder: packageFolder, selfPath: me, binaries: Array(arguments.dropFirst()), runs: 51)
    exit(0)
}
if arguments.first == "plan" {
    try runInScratchFolder("plan") { folder, _ in
        try PlanBenchmark.run(packageFolder: packageFolder, workFolder: folder)
    }
}

if arguments.first == "montecarlo" {
    PlanBenchmark.monteCarlo(packageFolder: packageFolder, rounds: 25)
    exit(0)
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
let xmllintPath = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}
var commands: [(name: String, command: [String])] = [
    ("fundplan load (stream + validate + models)", [selfPath, "load", cataloguePath])
]
if let xmllintPath {
    commands.append(("xmllint --noout --schema", [xmllintPath, "--noout", "--schema", schemaPath, cataloguePath]))
    commands.append(
        (
            "xmllint --stream --noout --schema",
            [xmllintPath, "--stream", "--noout", "--schema", schemaPath, cataloguePath]
        )
    )
} else {
    print("xmllint not found (Debian package libxml2-utils): no baseline")
}
print("(interleaved rounds; each its own process under GNU time; fundplan may use both cores, xmllint uses one)")
let measured = try Measurement.interleavedMedians(runs: runs, commands: commands.map(\.command))
for (entry, measurement) in zip(commands, measured) { print(measurement.row(entry.name)) }
if measured.count == 3 {
    let ours = measured[0]
    let stream = measured[2]
    let timeRatio = ours.seconds / stream.seconds
    let cpuRatio = ours.cpuSeconds / stream.cpuSeconds
    print(
        String(
            format:
                "fundplan / xmllint --stream: wall %.2f×, CPU %.2f×, peak memory %.1f× (goal: wall at most 1.2×): %@",
            timeRatio, cpuRatio, ours.peakMebibytes / stream.peakMebibytes, timeRatio <= 1.2 ? "MET" : "NOT MET"))
    print(
        String(
            format: "fundplan / xmllint --schema (whole tree): wall %.2f×, CPU %.2f×, peak memory %.2f×",
            ours.seconds / measured[1].seconds, ours.cpuSeconds / measured[1].cpuSeconds,
            ours.peakMebibytes / measured[1].peakMebibytes))
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
