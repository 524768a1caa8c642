import Foundation
import Testing

@testable import FundingPlanner

/// Deterministic ZIP writing and hostile-input-safe reading.
@Suite struct ZipPackageTests {
    @Test func roundTripKeepsOrderAndBytes() throws {
        let entries = [
            ZipPackage.Entry(path: "b.txt", bytes: Array("second".utf8)),
            ZipPackage.Entry(path: "a/c.xml", bytes: Array("<x/>".utf8)),
            ZipPackage.Entry(path: "empty", bytes: []),
        ]
        let archive = try ZipPackage.archive(entries, name: "t.zip")
        #expect(try ZipPackage.archive(entries, name: "t.zip") == archive)
        #expect(try ZipPackage.entries(of: archive, name: "t.zip") == entries)
    }

    @Test(arguments: ["../escape.txt", "/etc/passwd", "a/../../b", "a//b", "./a", "a\\b"])
    func pathsThatLeaveTheArchiveAreRefused(path: String) throws {
        let archive = try ZipPackage.archive([ZipPackage.Entry(path: path, bytes: [1, 2, 3])], name: "t.zip")
        let error = try #require(throws: DiagnosticsError.self) { try ZipPackage.entries(of: archive, name: "t.zip") }
        #expect(error.diagnostics.first?.message.contains("refused") == true)
        #expect(error.diagnostics.first?.message(in: .nl).contains("geweigerd") == true)
    }

    @Test func zipBombsAndOversizedArchivesAreRefused() throws {
        let zeros = [UInt8](repeating: 0, count: 8 << 20)
        let bomb = try ZipPackage.archive([ZipPackage.Entry(path: "zeros", bytes: zeros)], name: "bomb.zip")
        #expect(bomb.count < 100_000)
        let error = try #require(throws: DiagnosticsError.self) { try ZipPackage.entries(of: bomb, name: "bomb.zip") }
        #expect(error.diagnostics.first?.message.contains("ZIP bomb") == true)
        #expect(error.diagnostics.first?.message(in: .nl).contains("ZIP-bom") == true)

        let small = ZipPackage.Limits(
            maximumEntries: 3, maximumEntryBytes: 10, maximumTotalBytes: 15, maximumRatio: 200)
        let big = try ZipPackage.archive(
            [ZipPackage.Entry(path: "a", bytes: Array(repeating: 7, count: 11))], name: "z")
        #expect(throws: DiagnosticsError.self) { try ZipPackage.entries(of: big, name: "z", limits: small) }
        let total = try ZipPackage.archive(
            (0..<2).map { ZipPackage.Entry(path: "f\($0)", bytes: Array(repeating: 7, count: 9)) }, name: "z")
        #expect(throws: DiagnosticsError.self) { try ZipPackage.entries(of: total, name: "z", limits: small) }
        let many = try ZipPackage.archive((0..<4).map { ZipPackage.Entry(path: "f\($0)", bytes: [1]) }, name: "z")
        #expect(throws: DiagnosticsError.self) { try ZipPackage.entries(of: many, name: "z", limits: small) }
        let twice = try ZipPackage.archive([.init(path: "a", bytes: [1]), .init(path: "a", bytes: [2])], name: "z")
        #expect(throws: DiagnosticsError.self) { try ZipPackage.entries(of: twice, name: "z") }
        // Every refusal speaks Dutch too (the reviewer's desk shows it to a Dutch policy maker).
        for (archive, limits) in [(big, small), (total, small), (many, small), (twice, ZipPackage.Limits.dossier)] {
            let refusal = try #require(throws: DiagnosticsError.self) {
                try ZipPackage.entries(of: archive, name: "z", limits: limits)
            }
            let dutch = refusal.diagnostics.first?.message(in: .nl)
            #expect(dutch != nil && dutch != refusal.diagnostics.first?.message, "\(refusal.diagnostics)")
        }
        let notZip = try #require(throws: DiagnosticsError.self) { try ZipPackage.entries(of: [1, 2, 3], name: "z") }
        #expect(notZip.diagnostics.first?.message(in: .nl).contains("geen ZIP-archief") == true)
    }

    @Test func garbageIsNotAnArchive() throws {
        #expect(throws: DiagnosticsError.self) { try ZipPackage.entries(of: Array("not a zip".utf8), name: "x.zip") }
        let archive = try ZipPackage.archive([.init(path: "a", bytes: Array(repeating: 65, count: 1000))], name: "z")
        var damaged = archive
        for index in 40..<60 { damaged[index] ^= 0xFF }
        #expect(throws: DiagnosticsError.self) { try ZipPackage.entries(of: damaged, name: "x.zip") }
    }
}
