import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Paths and process helpers shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/FundingPlannerTests/Fixtures`.
    static let fixtures = packageRoot.appendingPathComponent("Tests/FundingPlannerTests/Fixtures")

    /// The built `fundplan` binary, next to the test bundle.
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("fundplan"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("fundplan"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "fundplan"),
            packageRoot.appendingPathComponent(".build/debug/fundplan"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// What a run of the binary produced.
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var seconds: Double
    }

    /// Runs `fundplan` with `arguments` and waits for it.
    static func run(
        _ arguments: [String], in directory: URL? = nil, binary: URL? = nil, environment: [String: String]? = nil,
        input: String? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = binary ?? self.binary
        process.arguments = arguments
        if let input {
            // Answers come from a file, as `fundplan init < answers.txt` reads them.
            let folder = try temporaryFolder()
            let path = try write(input, named: "input.txt", in: folder)
            process.standardInput = FileHandle(forReadingAtPath: path)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let start = Date()
        try process.run()
        // Read both pipes fully before waiting, so a large output never blocks the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self),
            seconds: Date().timeIntervalSince(start)
        )
    }

    /// A fresh empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fundplan-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in `folder` and returns the path.
    @discardableResult
    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }
}

/// A TCP listener on 127.0.0.1 that must never receive a connection: proves that nothing was
/// fetched over the network.
final class LoopbackTrap {
    private let descriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// `http://127.0.0.1:PORT/name`.
    func url(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)" }

    /// Whether anything connected since the trap was set.
    var wasContacted: Bool {
        let client = accept(descriptor, nil, nil)
        if client >= 0 {
            close(client)
            return true
        }
        return false
    }
}
