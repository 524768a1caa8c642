import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// The digest a plan records for each input is that of the bytes parsed, for files and for the
/// files of a folder given with `--catalogue`.
@Suite struct InputDigestTests {
    @Test func planWithCatalogueFolderRecordsEachFilesRealDigest() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogueFolder = folder.appendingPathComponent("my-catalogue")
        try FileManager.default.createDirectory(at: catalogueFolder, withIntermediateDirectories: true)
        // Two user catalogue files: copies of the built-in one with other ids, so that they merge.
        let builtIn = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("catalogues/revenue-models.xml"), encoding: .utf8
        )
        var expected: [String: String] = [:]
        for name in ["a-extra.xml", "b-extra.xml"] {
            let text = builtIn.replacingOccurrences(of: "<!--", with: "<!-- \(name) ")
            let path = try TestSupport.write(text, named: name, in: catalogueFolder)
            expected[path] = SHA256.hex(Array(text.utf8))
        }
        let output = folder.appendingPathComponent("out")
        let run = try TestSupport.run([
            "plan", Examples.path("social-restaurant"), "--catalogue", catalogueFolder.path, "-o", output.path,
            "--runs", "500",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let plan = try String(contentsOf: output.appendingPathComponent("plan.xml"), encoding: .utf8)
        let zeros = String(repeating: "0", count: 64)
        #expect(!plan.contains(zeros), "a digest of zeros was recorded")
        for (path, digest) in expected {
            #expect(
                plan.contains("<input role=\"catalogue\" file=\"\(path)\" sha256=\"\(digest)\"/>"),
                "\(path) not recorded with its digest")
        }
        let network = try Data(contentsOf: URL(fileURLWithPath: Examples.path("social-restaurant")))
        #expect(plan.contains("sha256=\"\(SHA256.hex(Array(network)))\""))
    }

    /// FIPS 180-4 example messages (NIST's published digests) and one of a million bytes.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func knownAnswers(message: String, digest: String) {
        for usesHardware in [false, true] {
            var hasher = SHA256(usesHardware: usesHardware)
            Array(message.utf8).withUnsafeBytes { hasher.update($0) }
            #expect(hasher.hexDigest() == digest, "usesHardware: \(usesHardware)")
        }
    }

    /// The SHA extensions and the portable code agree on every length up to five blocks and
    /// on a large message fed in uneven chunks (where the processor has the extensions).
    @Test func hardwareAndPortableCompressionAgree() {
        var generator = SystemRandomNumberGenerator()
        let message = (0..<200_003).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for length in Array(0...320) + [message.count] {
            var portable = SHA256(usesHardware: false)
            var hardware = SHA256(usesHardware: true)
            var index = 0
            while index < length {
                let end = min(length, index + 1 + (index * 7919) % 4_099)
                message[index..<end].withUnsafeBytes {
                    portable.update($0)
                    hardware.update($0)
                }
                index = end
            }
            #expect(portable.hexDigest() == hardware.hexDigest(), "length \(length)")
        }
    }

    @Test func incrementalHashEqualsOneShotHashAtEveryChunkBoundary() {
        let message = Array((0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let whole = SHA256.hex(message)
        for chunk in [1, 3, 55, 56, 63, 64, 65, 127, 999] {
            var hasher = SHA256()
            var index = 0
            while index < message.count {
                let end = min(message.count, index + chunk)
                message[index..<end].withUnsafeBytes { hasher.update($0) }
                index = end
            }
            #expect(hasher.hexDigest() == whole, "chunks of \(chunk)")
        }
    }

    @Test func readingAFileReturnsTheDigestOfItsBytes() throws {
        let path = Examples.path("technical-companies")
        let outcome = DocumentReader.stream(path: path, kind: .network)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(outcome.source?.sha256 == SHA256.hex(Array(bytes)))
    }
}
