import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A raw HTTP/1.1 client for 127.0.0.1: sends exactly the headers a test gives (a foreign `Host`,
/// a missing `Origin`), which URLSession would rewrite.
enum LoopbackHTTP {
    /// What the server answered.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String

        /// A header, by lower-case name.
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// Sends one request and reads the answer to the end (`Connection: close`).
    static func send(
        port: Int, method: String = "GET", path: String, headers: [String: String] = [:], body: [UInt8] = [],
        host: String? = nil
    ) throws -> Answer {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        let bytes = Array(head.utf8) + body
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written <= 0 { break }  // the server may answer (413) and close before reading everything
            offset += written
        }
        shutdown(descriptor, Int32(SHUT_WR))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = parts[0].components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields[name] = fields[name].map { $0 + "\n" + value } ?? value
        }
        return Answer(status: status, headers: fields, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}

/// `fundplan serve` started on a free loopback port in a temporary folder, stopped with SIGTERM.
final class ServedWorkspace {
    let folder: URL
    let process = Process()
    let port: Int
    let launchURL: String
    private let output = Pipe()
    private let ownsFolder: Bool

    /// Starts the server on `folder` (a new temporary one by default), with `environment` when given.
    init(folder: URL? = nil, environment: [String: String]? = nil) throws {
        self.folder = try folder ?? TestSupport.temporaryFolder()
        ownsFolder = folder == nil
        process.executableURL = TestSupport.binary
        process.arguments = ["serve", self.folder.path, "--port", "0"]
        if let environment { process.environment = environment }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(30)
        while !seen.contains("?token=") && Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        guard let match = seen.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\/\?token=[0-9a-f]{64}/) else {
            process.terminate()
            throw POSIXError(.ECONNREFUSED)
        }
        launchURL = String(match.0)
        port = Int(match.1)!
    }

    /// The path and query of the launch link (`/?token=…`).
    var launchPath: String { String(launchURL.dropFirst("http://127.0.0.1:\(port)".count)) }

    /// Exchanges the launch token for the session cookie, as a browser's first visit does.
    func session() throws -> String {
        let answer = try LoopbackHTTP.send(port: port, path: launchPath)
        let cookie = answer.header("set-cookie") ?? ""
        return String(cookie.prefix { $0 != ";" })
    }

    /// Stops the server with SIGTERM and returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    deinit {
        stop()
        if ownsFolder { try? FileManager.default.removeItem(at: folder) }
    }
}
