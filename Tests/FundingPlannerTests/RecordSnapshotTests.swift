import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// The catalogue's parsing thread hands records over as flat snapshots: the elements built from
/// them must be exactly the ones the direct copy builds, and the attribute scanner must not
/// depend on where the input is cut into chunks.
@Suite struct RecordSnapshotTests {
    /// Every element of `path`'s records, built directly and from snapshots.
    static func bothWays(_ path: String, kind: DocumentKind) throws -> (direct: [XMLElement], snapshots: [XMLElement]) {
        let schema = try SchemaSet.load().schema(for: kind)
        var direct: [XMLElement] = []
        _ = XMLRecordReader.read(
            path: path, displayName: path, schema: schema, expectedRoot: kind.rootName,
            onRecord: { direct.append($0) })
        let reader = XMLRecordSnapshotReader()
        var rebuilt: [XMLElement] = []
        _ = XMLRecordReader.readSnapshots(
            path: path, displayName: path, schema: schema, expectedRoot: kind.rootName,
            onRecord: { rebuilt.append(reader.element($0)) })
        return (direct, rebuilt)
    }

    @Test func snapshotsGiveTheSameElementsAsTheDirectCopy() throws {
        var files = try CatalogueLoader.defaultCatalogueFiles().map { ($0, DocumentKind.catalogue) }
        let valid = TestSupport.fixtures.appendingPathComponent("catalogue/valid").path
        files += BuiltInResources.files(in: valid, endingIn: ".xml").map { ($0, DocumentKind.catalogue) }
        files += Examples.names.map { (Examples.path($0), DocumentKind.network) }
        #expect(files.count > 8)
        for (path, kind) in files {
            let (direct, rebuilt) = try Self.bothWays(path, kind: kind)
            #expect(!direct.isEmpty, "\(path)")
            #expect(direct == rebuilt, "\(path)")
        }
    }

    @Test func mixedContentWhitespaceAndLongLinesSurviveTheSnapshot() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Text before, between and after child elements, attribute values with entities, and a
        // record past line 65,535 (libxml2 keeps such lines apart from the node).
        let padding = String(repeating: "\n", count: 70_000)
        let text = """
            <r xmlns="urn:x" xmlns:p="urn:p"><a p:q="1 &amp; 2" b='x'>  lead <c>one</c>  <d/> tail &lt;</a>\
            <e>   </e><f><![CDATA[ raw <text> ]]></f>\(padding)<g h="&#233;">é</g></r>
            """
        let path = try TestSupport.write(text, named: "mixed.xml", in: folder)
        var direct: [XMLElement] = []
        _ = XMLRecordReader.read(
            path: path, displayName: path, schema: nil, expectedRoot: nil, onRecord: { direct.append($0) })
        let reader = XMLRecordSnapshotReader()
        var rebuilt: [XMLElement] = []
        _ = XMLRecordReader.readSnapshots(
            path: path, displayName: path, schema: nil, expectedRoot: nil,
            onRecord: { rebuilt.append(reader.element($0)) })
        #expect(direct.count == 4)
        #expect(direct == rebuilt)
        #expect(rebuilt.first?.attributes.first?.value == "1 & 2")
    }

    @Test func attributeScannerIgnoresChunkBoundaries() {
        let text = Array(
            "<a x=\"1=2\" y='='>\n<!-- <b p=1 q=2 r=3> -- --><![CDATA[ ]] <c d=1 e=2 f=3> ]]>\n<?pi a=1 b=2 c=3?>\n<d e='1' f=\"2\" g='3'/></a>"
                .utf8)
        var whole = AttributeCountScanner(limit: 2)
        let accepted = text.withUnsafeBytes { whole.scan($0) }
        #expect(!accepted)
        #expect(whole.offendingLine == 4)
        var byteByByte = AttributeCountScanner(limit: 2)
        var refusedAt: Int?
        for (index, byte) in text.enumerated() where refusedAt == nil {
            if ![byte].withUnsafeBytes({ byteByByte.scan($0) }) { refusedAt = index }
        }
        #expect(refusedAt != nil)
        #expect(byteByByte.offendingLine == 4)
        var lenient = AttributeCountScanner(limit: 3)
        #expect(text.withUnsafeBytes { lenient.scan($0) })
        #expect(lenient.line == 4)
    }
}
