import Foundation
import Testing

@testable import FundingPlanner

/// The limits the README documents are enforced, with a message that names them, through the
/// built binary.
@Suite struct DocumentLimitTests {
    /// A file that starts with `kind`'s root element and is one byte over its size limit.
    ///
    /// The file is sparse, so it costs no disk. Blank lines keep the NUL bytes of the sparse
    /// part out of the first chunk libxml2 parses, so `validate` can tell the kind from the root.
    static func oversized(_ kind: DocumentKind, in folder: URL) throws -> String {
        let path = try TestSupport.write(
            "<\(kind.rootElement) xmlns=\"\(kind.namespace)\">" + String(repeating: "\n", count: 1 << 16),
            named: "\(kind.rawValue).xml", in: folder
        )
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(DocumentLimits.maximumFileSize(kind) + 1))
        try handle.close()
        return path
    }

    @Test(arguments: DocumentKind.allCases)
    func eachKindRefusesAFileOverItsSizeLimit(kind: DocumentKind) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.oversized(kind, in: folder)
        let run = try TestSupport.run(["validate", path])
        #expect(run.status == 1, "\(run.standardError)")
        let limit = DocumentLimits.maximumFileSize(kind) >> 20
        #expect(run.standardError.contains("larger than the limit of \(limit).0 MiB"), "\(run.standardError)")
        #expect(run.seconds < 2, "took \(run.seconds) s")
    }

    @Test func aNetworkProfileOverItsLimitIsRefusedByEveryCommandThatReadsOne() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.oversized(.network, in: folder)
        for command in [
            ["check", path], ["match", path], ["plan", path, "-o", folder.appendingPathComponent("out").path],
        ] {
            let run = try TestSupport.run(command)
            #expect(run.status == 1, "\(command[0]): \(run.standardError)")
            #expect(
                run.standardError.contains(
                    "larger than the limit of 16.0 MiB; a genuine network profile is far smaller"),
                "\(run.standardError)")
        }
    }

    /// The Waasland example with `extra` copies of one partner added (new ids).
    static func network(withExtraPartners extra: Int, in folder: URL) throws -> String {
        let source = try String(contentsOfFile: Examples.path("digital-skills-libraries"), encoding: .utf8)
        let start = try #require(source.range(of: "    <partner id=\"campus-waasland\""))
        let end = try #require(source.range(of: "</partner>\n", range: start.upperBound..<source.endIndex))
        let partner = String(source[start.lowerBound..<end.upperBound])
        let copies = (0..<extra).map {
            partner.replacingOccurrences(of: "id=\"campus-waasland\"", with: "id=\"copy-\($0)\"")
        }
        let text = source.replacingOccurrences(of: "  </partners>", with: copies.joined() + "  </partners>")
        return try TestSupport.write(text, named: "network-\(extra).xml", in: folder)
    }

    @Test func aNetworkMayListAThousandPartnersButNotMore() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try NetworkProfile.load(
            path: Examples.path("digital-skills-libraries"), catalogue: Examples.catalogue
        ).profile
        let atLimit = try Self.network(
            withExtraPartners: DocumentLimits.maximumPartners - original.partners.count, in: folder)
        let accepted = try TestSupport.run(["check", atLimit])
        #expect(accepted.status == 0, "\(accepted.standardError)")

        let overLimit = try Self.network(
            withExtraPartners: DocumentLimits.maximumPartners + 1 - original.partners.count, in: folder)
        let refused = try TestSupport.run(["check", overLimit])
        #expect(refused.status == 1)
        #expect(
            refused.standardError.contains("lists 1001 partners, more than the limit of 1000"),
            "\(refused.standardError)")
        let example = try String(contentsOfFile: Examples.path("digital-skills-libraries"), encoding: .utf8)
        let partnersLine = (example.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  <partners>") } ?? 0) + 1
        #expect(
            refused.standardError.contains("network-\(1001 - original.partners.count).xml:\(partnersLine):"),
            "points at <partners>: \(refused.standardError)")
    }

    @Test func theCataloguesTogetherHoldAtMostTheModelLimit() throws {
        let userCatalogue = TestSupport.fixtures.appendingPathComponent("catalogue/valid/own-theme-and-override.xml")
            .path
        var loader = CatalogueLoader(additionalPaths: [userCatalogue])
        let builtIn = try CatalogueLoader().load().catalogue.models.count
        loader.maximumModels = builtIn + 1
        do {
            _ = try loader.load()
            Issue.record("a catalogue over the model limit was accepted")
        } catch {
            let messages = error.diagnostics.map(\.message)
            #expect(
                messages.contains {
                    $0.contains(
                        "more than \(builtIn + 1) models in the catalogues together (\(builtIn) of them from earlier catalogue files)"
                    )
                }, "\(messages)")
        }
        loader.maximumModels = builtIn + 2
        #expect(throws: Never.self) { try loader.load() }
    }
}
