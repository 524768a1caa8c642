import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every command that reads a file, fed every hostile or broken input: each is refused or
/// handled quickly, with a message, a documented exit code, no file content in any output and
/// no network contact.
@Suite(.serialized) struct HostileCommandTests {
    /// A hostile input and the exit codes a refusing command may give for it.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var codes: Set<Int32>
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "local-file-entity", codes: [1]), Case(name: "http-entity", codes: [1]),
        Case(name: "parameter-entity", codes: [1]), Case(name: "external-dtd", codes: [1]),
        Case(name: "billion-laughs", codes: [1]), Case(name: "quadratic-blowup", codes: [1]),
        Case(name: "deep-nesting", codes: [1]), Case(name: "many-attributes", codes: [1]),
        Case(name: "sparse-1gb", codes: [1]), Case(name: "invalid-utf8", codes: [1]),
        Case(name: "utf16-bom", codes: [0, 1]), Case(name: "utf16-no-bom", codes: [0, 1]),
        Case(name: "nul-byte", codes: [1]), Case(name: "symlink-passwd", codes: [1]),
        Case(name: "fifo", codes: [2]), Case(name: "directory", codes: [1, 2]), Case(name: "missing", codes: [2]),
    ]

    /// The commands, with `FILE` where the hostile input goes and `OUT` for an output folder.
    static let commands: [[String]] = [
        ["validate", "FILE"], ["catalogue", "list", "--catalogue", "FILE"], ["check", "FILE"], ["match", "FILE"],
        ["plan", "FILE", "-o", "OUT"], ["report", "FILE", "-o", "OUT/page.html"],
        ["review", Examples.path("social-restaurant"), "--rubric", "FILE", "-o", "OUT"],
        ["review", Examples.path("social-restaurant"), "--call", "FILE", "-o", "OUT"],
        ["review", Examples.path("social-restaurant"), "--reviews", "FILE", "-o", "OUT"],
        ["plan", Examples.path("social-restaurant"), "--scenario", "a", "--scenario-file", "FILE", "-o", "OUT"],
    ]

    static let secret = "fundplan-secret-\(UUID().uuidString)"

    /// Writes the hostile input `name` into `folder` and returns its path.
    static func make(_ name: String, in folder: URL, trap: LoopbackTrap) throws -> String {
        let path = folder.appendingPathComponent("\(name).xml").path
        let secretFile = try TestSupport.write(secret, named: "secret.txt", in: folder)
        let root = "<catalogue xmlns=\"urn:fundingplanner:catalogue:1\" id=\"x\" version=\"1\"><title xml:lang=\"en\">"
        func text(_ body: String) throws -> String { try TestSupport.write(body, named: "\(name).xml", in: folder) }
        switch name {
        case "local-file-entity":
            return try text(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE catalogue [<!ENTITY x SYSTEM \"file://\(secretFile)\">]>\n\(root)&x;</title></catalogue>"
            )
        case "http-entity":
            return try text(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE catalogue [<!ENTITY x SYSTEM \"\(trap.url("e"))\">]>\n\(root)&x;</title></catalogue>"
            )
        case "parameter-entity":
            return try text(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE catalogue [<!ENTITY % p SYSTEM \"\(trap.url("p.dtd"))\"> %p;]>\n\(root)t</title></catalogue>"
            )
        case "external-dtd":
            return try text(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE catalogue SYSTEM \"\(trap.url("d.dtd"))\">\n\(root)t</title></catalogue>"
            )
        case "billion-laughs":
            var declarations = "<!ENTITY l0 \"lol\">"
            for level in 1...9 {
                declarations += "<!ENTITY l\(level) \"\(String(repeating: "&l\(level - 1);", count: 10))\">"
            }
            return try text(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE catalogue [\(declarations)]>\n\(root)&l9;</title></catalogue>")
        case "quadratic-blowup":
            return try text(
                "<?xml version=\"1.0\"?><!DOCTYPE catalogue [<!ENTITY x \"\(String(repeating: "x", count: 100_000))\">]>\(root)\(String(repeating: "&x;", count: 20_000))</title></catalogue>"
            )
        case "deep-nesting":
            return try text(
                root + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
                    + "</title></catalogue>")
        case "many-attributes":
            return try text(
                "<catalogue xmlns=\"urn:fundingplanner:catalogue:1\" "
                    + (0..<50_000).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/>")
        case "sparse-1gb":
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 1 << 30)
            try handle.close()
            return path
        case "invalid-utf8":
            _ = FileManager.default.createFile(
                atPath: path, contents: Data(root.utf8) + Data([0xFF, 0xFE, 0xC3]) + Data("</title></catalogue>".utf8))
            return path
        case "utf16-bom", "utf16-no-bom":
            let source = try String(contentsOfFile: Examples.path("social-restaurant"), encoding: .utf8)
                .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            var data = source.data(using: .utf16LittleEndian) ?? Data()
            if name == "utf16-bom" { data = Data([0xFF, 0xFE]) + data }
            _ = FileManager.default.createFile(atPath: path, contents: data)
            return path
        case "nul-byte":
            _ = FileManager.default.createFile(
                atPath: path, contents: Data(root.utf8) + Data([0x61, 0x00, 0x62]) + Data("</title></catalogue>".utf8))
            return path
        case "symlink-passwd":
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/etc/passwd")
            return path
        case "fifo":
            #expect(mkfifo(path, 0o600) == 0)
            return path
        case "directory":
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return path
        default:
            return path
        }
    }

    /// A file the user may not read (run as `nobody` through setpriv, since tests run as root).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func unreadableFileIsAnInputError() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let path = try TestSupport.write("<catalogue/>", named: "private.xml", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = [
            "--reuid=65534", "--regid=65534", "--clear-groups", TestSupport.binary.path, "validate", path,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(message)")
        #expect(message.contains("private.xml: error: permission denied; make the file readable"), "\(message)")
    }

    @Test(arguments: cases)
    func everyCommandRefusesOrHandles(hostile: Case) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trap = try LoopbackTrap()
        let input = try Self.make(hostile.name, in: folder, trap: trap)
        let passwd =
            (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8))?.split(separator: "\n").first.map(String.init)
            ?? "root:x:0:0"
        for (index, template) in Self.commands.enumerated() {
            let output = folder.appendingPathComponent("out-\(index)").path
            let arguments = template.map { $0 == "FILE" ? input : $0.replacingOccurrences(of: "OUT", with: output) }
            if template.first == "report" {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            }
            let run = try TestSupport.run(arguments)
            let shown = run.standardOutput + run.standardError
            // A refusal must be quick; an input that is valid after all (UTF-16) is planned in full,
            // which takes longer on a loaded machine.
            let limit = run.status == 0 ? 10.0 : 3.0
            #expect(run.seconds < limit, "\(arguments.joined(separator: " ")) took \(run.seconds) s")
            // A folder is a valid --reviews argument (a folder of score sheets, here empty).
            let folderAllowed = hostile.name == "directory" && template.contains("--reviews") && run.status == 0
            #expect(
                hostile.codes.contains(run.status) || folderAllowed,
                "\(hostile.name): exit \(run.status) from \(arguments.joined(separator: " ")): \(run.standardError)")
            if run.status != 0 {
                #expect(!run.standardError.isEmpty, "no message for \(hostile.name) from \(template[0])")
            }
            #expect(
                !run.standardError.contains("Fatal error") && !run.standardError.contains("Backtrace"),
                "crash: \(run.standardError)")
            #expect(!shown.contains(Self.secret), "file content leaked by \(template[0])")
            #expect(!shown.contains(passwd), "/etc/passwd leaked by \(template[0])")
        }
        #expect(!trap.wasContacted, "network contact for \(hostile.name)")
    }
}
