import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Start-up: `fundplan --version` and a small real command, for one or more builds of
/// `fundplan` (the default dynamic build, a `--static-swift-stdlib` build), beside
/// `xsltproc --version`.
///
/// Each command is started directly (``Measurement/spawnAndWait(_:)``) and reaped with `wait4`,
/// whose record gives the child's own CPU time; wall time is taken around it.
/// Rounds are interleaved and medians reported. (The other benchmarks run their commands under
/// GNU `time` for the peak memory, which adds `time`'s own start to every figure: too much for
/// a few milliseconds.)
enum StartupBenchmark {
    /// Measures every build in `binaries` (default: the `fundplan` beside this benchmark).
    static func run(packageFolder: String, selfPath: String, binaries: [String], runs: Int) throws {
        let sibling = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("fundplan").path
        let builds = binaries.isEmpty ? [sibling] : binaries
        let example = packageFolder + "/catalogues/examples/social-restaurant.xml"
        var commands: [(name: String, argv: [String])] = []
        for build in builds {
            commands.append(("\(build) --version", [build, "--version"]))
            commands.append(("\(build) validate (an example network)", [build, "validate", example]))
        }
        if let xsltproc = ["/usr/bin/xsltproc", "/usr/local/bin/xsltproc"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) {
            commands.append(("xsltproc --version", [xsltproc, "--version"]))
        }
        var results = Array(repeating: [(wall: Double, cpu: Double)](), count: commands.count)
        for _ in 0..<runs {
            for (index, command) in commands.enumerated() {
                results[index].append(try spawn(command.argv))
            }
        }
        print("Start-up (\(runs) interleaved rounds, medians; each command started directly, CPU from wait4):")
        for (command, times) in zip(commands, results) {
            let wall = times.map(\.wall).sorted()[times.count / 2]
            let cpu = times.map(\.cpu).sorted()[times.count / 2]
            print(String(format: "  %7.2f ms wall %7.2f ms CPU  %@", wall * 1000, cpu * 1000, command.name))
        }
        print("  goal: `fundplan --version` at most 5 ms")
    }

    /// Runs `argv` once; wall and CPU seconds.
    private static func spawn(_ argv: [String]) throws -> (wall: Double, cpu: Double) {
        let child = try Measurement.spawnAndWait(argv)
        guard child.status == 0 else {
            throw BenchmarkFailure("\(argv.joined(separator: " ")) failed with status \(child.status)")
        }
        func seconds(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
        return (child.seconds, seconds(child.usage.ru_utime) + seconds(child.usage.ru_stime))
    }
}
