import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wall time and peak resident memory of one child process.
struct Measurement {
    var seconds: Double
    var peakKilobytes: Int

    /// Runs `command` `runs` times and returns the median time and median peak memory.
    static func median(runs: Int, command: [String]) throws -> Measurement {
        var results: [Measurement] = []
        for _ in 0..<runs { results.append(try run(command)) }
        let times = results.map(\.seconds).sorted()
        let memory = results.map(\.peakKilobytes).sorted()
        return Measurement(seconds: times[times.count / 2], peakKilobytes: memory[memory.count / 2])
    }

    /// Spawns `command` with stdout discarded and measures it with `wait4`.
    static func run(_ command: [String]) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        guard status == 0 else {
            throw NSError(
                domain: "fundplan-bench", code: Int(status),
                userInfo: [NSLocalizedDescriptionKey: "\(command.joined(separator: " ")) failed with status \(status)"])
        }
        return Measurement(seconds: elapsed, peakKilobytes: Int(usage.ru_maxrss))
    }
}
