import Foundation
import Testing

@testable import FundingPlannerXML

/// An input file reads ahead in large blocks but hands libxml2 exactly the file's bytes, in the
/// sizes it asks for, and fingerprints exactly those bytes.
@Suite struct GuardedInputTests {
    /// Text without markup, longer than several read-ahead blocks and not a multiple of one.
    static func text(bytes count: Int) -> [UInt8] {
        let line = Array("Een lijn tekst zonder opmaak, 0123456789; a line of text without markup.\n".utf8)
        return (0..<count).map { line[$0 % line.count] }
    }

    @Test(arguments: [1, 4_000, 65_535, 65_536, 65_537, 200_000])
    func everyRequestSizeGetsTheFileBackExactly(capacity: Int) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = Self.text(bytes: 3 * GuardedInput.readAheadSize + 12_345)
        let path = folder.appendingPathComponent("long.txt").path
        try Data(content).write(to: URL(fileURLWithPath: path))
        let collector = DiagnosticCollector(displayName: "long.txt", maximumErrors: 10)
        let input = try GuardedInput(path: path, limits: .standard, collector: collector)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: capacity)
        var calls = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { input.read(into: $0.baseAddress!, capacity: capacity) }
            #expect(count >= 0 && Int(count) <= capacity)
            if count <= 0 { break }
            received += buffer[0..<Int(count)]
            calls += 1
        }
        #expect(received == content)
        #expect(calls >= content.count / capacity)
        #expect(input.finishDigest() == SHA256.hex(content))
    }

    /// Part read by the parser, the rest read by the digest: the fingerprint still covers the
    /// whole file once.
    @Test func theDigestCoversBytesLeftInTheReadAheadBlock() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = Self.text(bytes: 100_000)
        let path = folder.appendingPathComponent("part.txt").path
        try Data(content).write(to: URL(fileURLWithPath: path))
        let collector = DiagnosticCollector(displayName: "part.txt", maximumErrors: 10)
        let input = try GuardedInput(path: path, limits: .standard, collector: collector)
        var buffer = [UInt8](repeating: 0, count: 4_000)
        let count = buffer.withUnsafeMutableBytes { input.read(into: $0.baseAddress!, capacity: 4_000) }
        #expect(count == 4_000)
        #expect(input.finishDigest() == SHA256.hex(content))
    }
}
