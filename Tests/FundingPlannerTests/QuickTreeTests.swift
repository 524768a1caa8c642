import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// The quick way to a whole tree and the streaming reader agree.
///
/// A whole document is first parsed then validated as a tree (the quick way), and read again by
/// the streaming reader only when the quick way does not accept it: both must agree on every
/// valid document, and a document with a DOCTYPE must stop the quick parse at once.
@Suite struct QuickTreeTests {
    static let plans = TestSupport.fixtures.appendingPathComponent("golden/plans").path

    static func quickRead(_ path: String, schema: CompiledXMLSchema?, root: XMLName?) -> ValidTreeParser.Verdict {
        ValidTreeParser.read(
            schema: schema, expectedRoot: root, limits: .standard,
            open: { collector throws(InputRefusal) in
                try GuardedInput(path: path, limits: .standard, collector: collector)
            })
    }

    static func quickTree(_ path: String, schema: CompiledXMLSchema?, root: XMLName?) -> OwnedXMLDocument? {
        if case .valid(let document) = quickRead(path, schema: schema, root: root) { return document }
        return nil
    }

    static func rootElement(_ document: OwnedXMLDocument) throws -> XMLElement {
        try #require(document.rootElement())
    }

    @Test func bothWaysGiveTheSameTreeForEveryGoldenPlan() throws {
        let schema = try SchemaSet.load().schema(for: .plan)
        let files = BuiltInResources.files(in: Self.plans, endingIn: ".plan.xml")
        #expect(files.count >= 6)
        for path in files {
            let quick = try #require(Self.quickTree(path, schema: schema, root: DocumentKind.plan.rootName), "\(path)")
            let streamed = XMLRecordReader.streamedTree(
                path: path, displayName: path, schema: schema, expectedRoot: DocumentKind.plan.rootName)
            #expect(streamed.outcome.diagnostics.isEmpty, "\(path)")
            let other = try #require(streamed.document)
            #expect(try Self.rootElement(quick) == Self.rootElement(other), "\(path)")
        }
    }

    @Test func aDoctypeStopsTheQuickParseBeforeItsEntities() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["<?xml version=\"1.0\"?>", "", "<!DOCTYPE plan [", "<!ENTITY a0 \"laugh\">"]
        for level in 1...30 { lines.append("<!ENTITY a\(level) \"&a\(level - 1);&a\(level - 1);\">") }
        lines += ["]>", "<plan xmlns=\"urn:fundingplanner:plan:1\">&a30;</plan>"]
        let path = folder.appendingPathComponent("bomb.xml").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let schema = try SchemaSet.load().schema(for: .plan)
        let started = Date()
        guard case .doctype(let line) = Self.quickRead(path, schema: schema, root: DocumentKind.plan.rootName) else {
            Issue.record("the quick parse did not stop at the DOCTYPE")
            return
        }
        #expect(line == 3)
        let read = XMLRecordReader.readTree(
            path: path, displayName: path, schema: schema, expectedRoot: DocumentKind.plan.rootName)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(read.document == nil)
        #expect(read.outcome.diagnostics.count == 1)
        let refusal = try #require(read.outcome.diagnostics.first)
        #expect(refusal.message == ReadingSession.doctypeMessage)
        #expect((refusal.line, refusal.column) == (3, 1))
    }

    @Test func anInvalidPlanIsReadAgainForItsDiagnostics() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOfFile: Self.plans + "/social-restaurant.plan.xml", encoding: .utf8)
        let target = try #require(source.range(of: "amount=\""))
        let broken = source.replacingCharacters(in: target, with: "amount=\"10.000")
        let path = folder.appendingPathComponent("broken.plan.xml").path
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let schema = try SchemaSet.load().schema(for: .plan)
        #expect(Self.quickTree(path, schema: schema, root: DocumentKind.plan.rootName) == nil)
        let read = XMLRecordReader.readTree(
            path: path, displayName: path, schema: schema, expectedRoot: DocumentKind.plan.rootName)
        let streamed = XMLRecordReader.streamedTree(
            path: path, displayName: path, schema: schema, expectedRoot: DocumentKind.plan.rootName)
        #expect(read.document == nil)
        #expect(!read.outcome.diagnostics.isEmpty)
        #expect(read.outcome.diagnostics == streamed.outcome.diagnostics)
        let line = broken[..<target.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(read.outcome.diagnostics.contains { $0.line == line && $0.message.contains("10.000") })
    }
}
