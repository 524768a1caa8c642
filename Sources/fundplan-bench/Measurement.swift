import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wall time, CPU time and peak resident memory of one child process.
///
/// Every command runs under GNU `time` (`/usr/bin/time`, Debian package `time`), which starts it
/// with `fork` and `exec` and reports its peak memory from its own `wait4` record; wall time is
/// taken around that, CPU time from this process's children's usage (both include `time`'s own
/// start, well under a millisecond, alike for every command). The benchmark does not read
/// `ru_maxrss` of a child it spawned itself: `posix_spawn` starts the child in the parent's address
/// space (`CLONE_VM`), so the child's recorded peak begins at the benchmark's own high-water mark
/// (an earlier version reported `xmllint --stream` at 28 MiB for its true 5.5 MiB).
struct Measurement {
    /// Elapsed wall-clock time.
    var seconds: Double
    /// User plus system CPU time: on a machine shared with other work, the steadier figure.
    var cpuSeconds: Double
    /// Peak resident set size of the measured process.
    var peakKilobytes: Int

    /// The peak resident memory in MiB.
    var peakMebibytes: Double { Double(peakKilobytes) / 1024 }

    /// Runs each command `runs` times in interleaved rounds (a, b, c, a, b, c, …) and returns
    /// each command's medians.
    ///
    /// Interleaving spreads any slow phase of the machine over every command alike, so ratios
    /// taken from one call compare like with like.
    static func interleavedMedians(runs: Int, commands: [[String]], oneCore: Bool = false) throws -> [Measurement] {
        try interleavedRounds(runs: runs, commands: commands, oneCore: oneCore).map(median)
    }

    /// Runs each command `runs` times in interleaved rounds and returns every run, per command
    /// in round order (so that `result[a][k]` and `result[b][k]` ran next to each other).
    static func interleavedRounds(runs: Int, commands: [[String]], oneCore: Bool = false) throws -> [[Measurement]] {
        var results = Array(repeating: [Measurement](), count: commands.count)
        for _ in 0..<max(1, runs) {
            for (index, command) in commands.enumerated() {
                results[index].append(try run(command, oneCore: oneCore))
            }
        }
        return results
    }

    /// The smallest and largest CPU-time ratio of `numerator` to `denominator` over rounds run
    /// side by side: how far one round strays from the medians' ratio on this machine.
    static func cpuRatioRange(_ numerator: [Measurement], _ denominator: [Measurement]) -> ClosedRange<Double> {
        let ratios = zip(numerator, denominator).map { $0.cpuSeconds / max($1.cpuSeconds, 1e-9) }
        return (ratios.min() ?? 0)...(ratios.max() ?? 0)
    }

    /// Runs `command` `runs` times and returns the medians.
    static func median(runs: Int, command: [String], oneCore: Bool = false) throws -> Measurement {
        try interleavedMedians(runs: runs, commands: [command], oneCore: oneCore)[0]
    }

    /// The element-wise medians of a set of runs.
    static func median(_ results: [Measurement]) -> Measurement {
        func middle<T: Comparable>(_ values: [T]) -> T { values.sorted()[values.count / 2] }
        return Measurement(
            seconds: middle(results.map(\.seconds)), cpuSeconds: middle(results.map(\.cpuSeconds)),
            peakKilobytes: middle(results.map(\.peakKilobytes)))
    }

    /// Runs `command` once under GNU `time`, stdout and stderr discarded; with `oneCore`, pinned
    /// to the first CPU (`taskset -c 0`) so that a multi-threaded program and a single-threaded
    /// reference get the same hardware.
    static func run(_ command: [String], oneCore: Bool = false) throws -> Measurement {
        let timeTool = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: timeTool) else {
            throw BenchmarkFailure("\(timeTool) not found: install the Debian package `time`")
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("fundplan-bench-time-\(getpid())")
        defer { try? FileManager.default.removeItem(at: report) }
        let pinned = oneCore ? ["/usr/bin/taskset", "-c", "0"] : []
        // The spawned process is GNU time itself, so what it reports for its child is the child's
        // own peak.
        let arguments = [timeTool, "-f", "%M", "-o", report.path] + pinned + command
        let cpuBefore = childrenCPUSeconds()
        let child = try spawnAndWait(arguments)
        let cpu = childrenCPUSeconds() - cpuBefore
        guard child.status == 0 else {
            throw BenchmarkFailure("\(command.joined(separator: " ")) failed with status \(child.status)")
        }
        let text = try String(contentsOf: report, encoding: .utf8)
        // A command that exits non-zero makes `time` write a "Command exited…" line first.
        guard let peak = (text.split(separator: "\n").last.map(String.init)).flatMap(Int.init) else {
            throw BenchmarkFailure("cannot read GNU time's report: \(text)")
        }
        return Measurement(seconds: child.seconds, cpuSeconds: cpu, peakKilobytes: peak)
    }

    /// Starts `argv` directly (`posix_spawn`, stdout and stderr to `/dev/null`) and reaps it with
    /// `wait4`: its wall time, exit status and own resource usage.
    ///
    /// Not Foundation's `Process`, whose wait polls and rounds a short command's time up to about
    /// 50 ms.
    static func spawnAndWait(_ argv: [String]) throws -> (seconds: Double, status: Int32, usage: rusage) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pointers: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        let start = DispatchTime.now()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &pointers, environ)
        guard spawned == 0 else { throw BenchmarkFailure("cannot start \(argv[0]): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return (seconds, status, usage)
    }

    /// User plus system CPU time of every child this process has waited for, in microseconds'
    /// resolution (GNU time prints only hundredths).
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// One row of a results table: name, wall time, CPU time, peak memory.
    func row(_ name: String, width: Int = 46) -> String {
        name.padding(toLength: width, withPad: " ", startingAt: 0)
            + String(format: "%8.3f s wall %8.3f s CPU %8.1f MiB", seconds, cpuSeconds, peakMebibytes)
    }
}

/// A benchmark step that could not be measured.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
