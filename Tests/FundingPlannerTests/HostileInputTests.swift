import Foundation
import FundingPlannerResources
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// Hostile and broken inputs: each is refused or bounded in under a second, says what is wrong,
/// never shows file content, and never contacts the network.
@Suite(.serialized) struct HostileInputTests {
    static let catalogueRoot = XMLName(namespace: DocumentKind.catalogue.namespace, localName: "catalogue")

    /// Reads `text` as a catalogue with schema validation and returns the diagnostics and time.
    static func read(_ text: String, limits: XMLLimits = .standard) throws -> (
        diagnostics: [XMLDiagnostic], seconds: Double
    ) {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(text, named: "input.xml", in: folder)
        return try read(path: path, limits: limits)
    }

    static func read(path: String, limits: XMLLimits = .standard) throws -> (
        diagnostics: [XMLDiagnostic], seconds: Double
    ) {
        let schemas = try SchemaSet.load()
        let start = Date()
        let diagnostics = XMLRecordReader.read(
            path: path, displayName: "input.xml", schema: try schemas.schema(for: .catalogue),
            expectedRoot: catalogueRoot, limits: limits
        ).diagnostics
        return (diagnostics, Date().timeIntervalSince(start))
    }

    static let secret = "fundplan-secret-\(UUID().uuidString)"

    /// A local file whose content must never appear in any output.
    static func secretFile() throws -> String {
        let folder = try TestSupport.temporaryFolder()
        return try TestSupport.write(secret, named: "secret.txt", in: folder)
    }

    static func assertRefused(_ outcome: (diagnostics: [XMLDiagnostic], seconds: Double), mentioning words: String) {
        #expect(outcome.seconds < 1.0, "took \(outcome.seconds) s")
        #expect(outcome.diagnostics.contains { $0.severity == .error }, "not refused")
        #expect(
            outcome.diagnostics.contains { $0.message.localizedCaseInsensitiveContains(words) },
            "\(outcome.diagnostics)")
        #expect(!outcome.diagnostics.contains { $0.message.contains(secret) }, "file content leaked")
    }

    @Test func localFileExternalEntity() throws {
        let path = try Self.secretFile()
        let outcome = try Self.read(
            """
            <?xml version="1.0"?>
            <!DOCTYPE catalogue [<!ENTITY x SYSTEM "file://\(path)">]>
            <catalogue xmlns="urn:fundingplanner:catalogue:1" id="x" version="1"><title xml:lang="en">&x;</title></catalogue>
            """)
        Self.assertRefused(outcome, mentioning: "DOCTYPE")
    }

    @Test func networkEntityExternalDTDAndSchemaLocation() throws {
        let trap = try LoopbackTrap()
        let entity = try Self.read(
            """
            <?xml version="1.0"?>
            <!DOCTYPE catalogue [<!ENTITY x SYSTEM "\(trap.url("entity"))">]>
            <catalogue xmlns="urn:fundingplanner:catalogue:1" id="x" version="1"><title xml:lang="en">&x;</title></catalogue>
            """)
        Self.assertRefused(entity, mentioning: "DOCTYPE")
        let dtd = try Self.read(
            """
            <?xml version="1.0"?>
            <!DOCTYPE catalogue SYSTEM "\(trap.url("evil.dtd"))">
            <catalogue xmlns="urn:fundingplanner:catalogue:1" id="x" version="1"><title xml:lang="en">t</title></catalogue>
            """)
        Self.assertRefused(dtd, mentioning: "DOCTYPE")
        let hint = try Self.read(
            """
            <catalogue xmlns="urn:fundingplanner:catalogue:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="urn:fundingplanner:catalogue:1 \(trap.url("x.xsd"))" id="x" version="1"><title xml:lang="en">t</title></catalogue>
            """)
        #expect(
            hint.diagnostics.isEmpty, "a schemaLocation hint is ignored, the document is valid: \(hint.diagnostics)")
        #expect(!trap.wasContacted)
    }

    @Test func schemaImportOverHTTPIsNeverFetched() throws {
        let trap = try LoopbackTrap()
        let folder = try TestSupport.temporaryFolder()
        let path = try TestSupport.write(
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:import namespace="urn:evil" schemaLocation="\(trap.url("evil.xsd"))"/>
              <xs:element name="a" type="xs:string"/>
            </xs:schema>
            """, named: "hostile.xsd", in: folder)
        let start = Date()
        #expect(throws: XMLDiagnosticList.self) { _ = try CompiledXMLSchema.compile(path: path) }
        #expect(Date().timeIntervalSince(start) < 1.0)
        #expect(!trap.wasContacted)
        #expect(!LibXML2Runtime.loaderWouldServe(trap.url("evil.xsd")))
        #expect(LibXML2Runtime.refusedLoads.contains { $0.hasSuffix("hostile.xsd") || $0.contains("evil.xsd") })
    }

    @Test func theLoaderServesOnlyOurSchemaFiles() throws {
        _ = try SchemaSet.load()
        let schemaFolder = try #require(FundingPlannerResourcesProbe.schemaFolder)
        #expect(LibXML2Runtime.loaderWouldServe(schemaFolder + "/xml.xsd"))
        #expect(LibXML2Runtime.loaderWouldServe("file://" + schemaFolder + "/catalogue-1.xsd"))
        #expect(!LibXML2Runtime.loaderWouldServe("/etc/passwd"))
        #expect(!LibXML2Runtime.loaderWouldServe(schemaFolder + "/../revenue-models.xml"))
        #expect(!LibXML2Runtime.loaderWouldServe("http://www.w3.org/2001/xml.xsd"))
    }

    @Test func billionLaughs() throws {
        var declarations = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "&lol;" : "&lol\(level - 1);"
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">"
        }
        let outcome = try Self.read(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE catalogue [\(declarations)]>\n<catalogue>&lol9;</catalogue>")
        #expect(outcome.seconds < 1.0)
        // The parser fails on the entities before the reader reaches the DOCTYPE: the DOCTYPE is
        // still what the user is told, at its own line, and nothing else.
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.message == ReadingSession.doctypeMessage)
        #expect(outcome.diagnostics.first?.line == 2)
        #expect(outcome.diagnostics.first?.column == 1)
    }

    @Test func quadraticBlowUp() throws {
        let entity = String(repeating: "x", count: 100_000)
        let outcome = try Self.read(
            "<?xml version=\"1.0\"?><!DOCTYPE catalogue [<!ENTITY x \"\(entity)\">]><catalogue>\(String(repeating: "&x;", count: 20_000))</catalogue>"
        )
        Self.assertRefused(outcome, mentioning: "DOCTYPE")
    }

    @Test func deepNesting() throws {
        let depth = 10_000
        let body = String(repeating: "<model>", count: depth) + String(repeating: "</model>", count: depth)
        let outcome = try Self.read(
            "<catalogue xmlns=\"urn:fundingplanner:catalogue:1\" id=\"x\" version=\"1\"><title xml:lang=\"en\">t</title>\(body)</catalogue>"
        )
        #expect(outcome.seconds < 1.0)
        #expect(outcome.diagnostics.contains { $0.severity == .error })
    }

    @Test func fiftyThousandAttributes() throws {
        let attributes = (0..<50_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let outcome = try Self.read("<catalogue xmlns=\"urn:fundingplanner:catalogue:1\" \(attributes)/>")
        Self.assertRefused(outcome, mentioning: "more than 256 attributes")
    }

    @Test func attributesInsideCommentsAndValuesAreNotCounted() {
        var scanner = AttributeCountScanner(limit: 2)
        let text =
            "<a x=\"1=2=3\" y='=='><!-- <b p=1 q=2 r=3 s=4> --><![CDATA[ <c d=1 e=2 f=3> ]]><?pi a=1 b=2 c=3?></a>"
        let accepted = Array(text.utf8).withUnsafeBytes { scanner.scan($0) }
        #expect(accepted)
        var doctype = AttributeCountScanner(limit: 2)
        let declared = "<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE no> -->\n\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a/>"
        #expect(Array(declared.utf8).withUnsafeBytes { doctype.scan($0) })
        #expect(doctype.doctypeLine == 4)
        var strict = AttributeCountScanner(limit: 2)
        #expect(!Array("<a x='1'\ny='2'\nz='3'/>".utf8).withUnsafeBytes { strict.scan($0) })
        #expect(strict.offendingLine == 3)
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        let outcome = try Self.read(path: path)
        Self.assertRefused(outcome, mentioning: "larger than the limit")
    }

    @Test(arguments: [
        ("", "empty"),
        ("\u{0}\u{1}\u{2}binary\u{FF}", "XML"),
        (
            "<catalogue xmlns=\"urn:fundingplanner:catalogue:1\" id=\"x\" version=\"1\"><title xml:lang=\"en\">t</title>",
            "cut off"
        ),
        ("<other xmlns=\"urn:x\"/>", "expected {urn:fundingplanner:catalogue:1}catalogue"),
        (
            "<catalogue xmlns=\"urn:fundingplanner:catalogue:1\" id=\"x\" version=\"1\"><title xml:lang=\"en\">a{NUL}b</title></catalogue>",
            "character"
        ),
    ])
    func brokenInputGivesAClearError(text: String, words: String) throws {
        // A NUL byte is spelt {NUL} in the argument so that test reports stay printable.
        Self.assertRefused(try Self.read(text.replacingOccurrences(of: "{NUL}", with: "\u{0}")), mentioning: words)
    }

    @Test func directoryMissingFileAndFIFOAreInputErrors() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, words) in [
            (folder.path, "directory"), (folder.path + "/missing.xml", "no such file"), (fifo, "FIFO"),
        ] {
            let outcome = try Self.read(path: path)
            Self.assertRefused(outcome, mentioning: words)
            #expect(outcome.diagnostics.first?.isInputOutput == true)
        }
    }
}

/// Finds the shipped schema folder the same way the library does.
enum FundingPlannerResourcesProbe {
    static var schemaFolder: String? {
        ResourceLocation.root?.appendingPathComponent("catalogues/schema").resolvingSymlinksInPath().path
    }
}
