import Foundation
import FundingPlanner

/// Solver and simulation timings for the README: CBC on 40, 200 and 1,000 candidate models over
/// 3 and 6 years, beside HiGHS solving the exported LP; 10,000 simulation runs beside NumPy.
enum PlanBenchmark {
    static func run(packageFolder: String, workFolder: URL) throws {
        let builtIn = try CatalogueLoader().load().catalogue
        let network = try NetworkProfile.load(
            path: packageFolder + "/catalogues/examples/technical-companies.xml", catalogue: builtIn
        ).profile
        let python = findPython()
        let highsScript = packageFolder + "/Sources/fundplan-bench/Scripts/highs_solve.py"
        print("\nOptimisation (CBC \(cbcVersion()), in-process; HiGHS via highspy on the exported LP):")
        print(
            "models years  variables constraints  build+solve s  CBC solve s    CBC objective   HiGHS s  HiGHS objective  solve ratio"
        )
        for (count, years) in [(40, 3), (40, 6), (200, 3), (200, 6), (1_000, 3), (1_000, 6)] {
            let catalogue = syntheticCatalogue(from: builtIn, models: count, seed: UInt64(count))
            var profile = network
            profile.preferences.pinnedModels = []
            profile.preferences.excludedModels = []
            profile.budget.horizonYears = years
            profile.budget.costs = (0..<years).map {
                NetworkProfile.CostLine(
                    year: profile.budget.startYear + $0, category: .coordination,
                    amount: Money(euros: Int64(40_000 + count * 200)), description: nil)
            }
            var settings = PlanSettings.standard
            settings.years = years
            settings.maximumNewModelsPerYear = 3
            let report = try BenchmarkSupport.solve(
                Planner.Inputs(network: profile, catalogue: catalogue, files: []), settings: settings)
            let lpPath = workFolder.appendingPathComponent("model-\(count)-\(years).lp").path
            try report.lp.write(toFile: lpPath, atomically: true, encoding: .utf8)
            var highs = "      n/a                n/a"
            var ratio = "  n/a"
            if let python, let output = try? capture([python, highsScript, lpPath]) {
                // HiGHS prints a banner first: the answer is the last line.
                let parts = (output.split(separator: "\n").last ?? "").split(separator: " ")
                if parts.count == 2, let seconds = Double(parts[0]), let objective = Double(parts[1]) {
                    highs = String(format: "%8.3f %16.3f", seconds, objective)
                    ratio = String(format: "%5.2f", report.solveSeconds / seconds)
                }
            }
            print(
                String(
                    format: "%6d %5d %10d %11d %14.3f %12.3f %16.3f", count, years, report.variables,
                    report.constraints, report.seconds, report.solveSeconds, report.objective) + " " + highs + "       "
                    + ratio + " " + report.status)
        }
        monteCarlo(packageFolder: packageFolder, rounds: 5)
    }

    /// The simulation's time beside the NumPy equivalent (`fundplan-bench montecarlo` alone, or
    /// as the end of `fundplan-bench plan`): the median of `rounds` timings of 10,000 runs.
    static func monteCarlo(packageFolder: String, rounds: Int) {
        let python = findPython()
        print("\nMonte Carlo, 10,000 runs of a 15-source, 5-year plan, one core (median of \(rounds)):")
        let times = (0..<rounds).map {
            BenchmarkSupport.simulate(sources: 15, years: 5, runs: 10_000, seed: UInt64($0 % 5 + 1)).seconds
        }.sorted()
        print(String(format: "  fundplan (Swift)   %.2f ms", times[rounds / 2] * 1000))
        if let python,
            let output = try? capture([python, packageFolder + "/Sources/fundplan-bench/Scripts/numpy_sampler.py"])
        {
            print("  NumPy vectorised   " + output.trimmingCharacters(in: .whitespacesAndNewlines))
        } else {
            print("  NumPy vectorised   n/a (python3 with numpy not found)")
        }
    }

    /// `count` models made from the built-in ones, with varied figures (deterministic).
    static func syntheticCatalogue(from base: Catalogue, models count: Int, seed: UInt64) -> Catalogue {
        var generator = SystemRandomNumberGeneratorReplacement(seed: seed)
        let originals = base.models
        var file = Catalogue()
        var models: [RevenueModel] = []
        for index in 0..<count {
            var model = originals[index % originals.count]
            model.id = "\(model.id)-\(index)"
            let factor = 0.5 + Double(generator.next() % 1000) / 1000
            model.yield.likely = Money(cents: Int64(Double(model.yield.likely.cents) * factor))
            model.yield.minimum = Money(cents: min(model.yield.minimum.cents, model.yield.likely.cents))
            model.yield.maximum = Money(cents: max(model.yield.maximum.cents, model.yield.likely.cents))
            model.effort.hoursPerMonth = max(1, model.effort.hoursPerMonth / 2)
            models.append(model)
        }
        file.addForBenchmark(models: models, like: base)
        return file
    }

    static func cbcVersion() -> String { BenchmarkSupport.cbcVersion }

    /// `python3` from PATH, if any.
    static func findPython() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func capture(_ command: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A tiny deterministic generator for the synthetic catalogue (SplitMix64).
struct SystemRandomNumberGeneratorReplacement {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
