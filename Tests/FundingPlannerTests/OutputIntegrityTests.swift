import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Outputs are written atomically: a full disk gives a clear message and leaves no partial
/// file, and the files written before the failure stay complete.
@Suite(.serialized) struct OutputIntegrityTests {
    /// A 48 KiB tmpfs: room for plan.xml but not for everything after it.
    static func tinyDisk() throws -> URL? {
        let folder = try TestSupport.temporaryFolder()
        let status = Process()
        status.executableURL = URL(fileURLWithPath: "/bin/mount")
        status.arguments = ["-t", "tmpfs", "-o", "size=48k", "tmpfs", folder.path]
        status.standardError = FileHandle.nullDevice
        try status.run()
        status.waitUntilExit()
        return status.terminationStatus == 0 ? folder : nil
    }

    static func unmount(_ folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [folder.path]
        try? process.run()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func fullDiskLeavesNothingPartial() throws {
        guard let disk = try Self.tinyDisk() else {
            // Mounting needs root; the rest of the suite covers atomic writes.
            return
        }
        defer { Self.unmount(disk) }
        let run = try TestSupport.run(["plan", Examples.path("social-restaurant"), "-o", disk.path, "--runs", "500"])
        #expect(run.status == 2, "\(run.standardError)")
        #expect(
            run.standardError.contains("free some disk space") || run.standardError.contains("cannot write"),
            "\(run.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: disk.path)
        #expect(!left.contains { $0.contains(".tmp") }, "partial files left: \(left)")
        if left.contains("plan.xml") {
            let plan = try String(contentsOf: disk.appendingPathComponent("plan.xml"), encoding: .utf8)
            #expect(plan.hasSuffix("</plan>\n"), "plan.xml must be complete")
        }
    }

    @Test func outputCannotOverwriteAnInput() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try TestSupport.write(
            try String(
                contentsOf: TestSupport.fixtures.appendingPathComponent("golden/plans/social-restaurant.plan.xml"),
                encoding: .utf8), named: "plan.xml", in: folder)
        let html = folder.appendingPathComponent("plan.html").path
        let report = try TestSupport.run(["report", plan, "-o", plan])
        #expect(report.status == 2)
        let written = try TestSupport.run(["report", plan, "-o", html])
        #expect(written.status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let again = try TestSupport.run([
            "plan", Examples.path("social-restaurant"), "-o", folder.path, "--runs", "500",
        ])
        #expect(again.status == 2 && again.standardError.contains("--force"))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: plan)) == before,
            "an existing plan must not be touched without --force")
    }
}
