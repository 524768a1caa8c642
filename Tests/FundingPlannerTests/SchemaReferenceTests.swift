import Foundation
import Testing

/// The schema reference (`catalogues/schema/reference.md`) is generated from the schemas' own Dutch
/// and English annotations by `.ci/schema-reference` (Python 3, standard library only).
struct SchemaReferenceTests {
    /// The schemas whose every element and attribute declaration must carry both languages: all
    /// of them, every `*-1.xsd` in `catalogues/schema/` (a new schema is covered as soon as it is
    /// added).
    static func annotatedSchemas() throws -> [String] {
        let folder = TestSupport.packageRoot.appendingPathComponent("catalogues/schema")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix("-1.xsd") }.sorted()
    }

    /// Runs the generator from the package root with `arguments`.
    static func generator(_ arguments: [String]) throws -> TestSupport.Run {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        let candidates = paths.map { URL(fileURLWithPath: "\($0)/python3") }
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        let python = try #require(found, "python3 is not on the PATH")
        return try TestSupport.run([".ci/schema-reference"] + arguments, in: TestSupport.packageRoot, binary: python)
    }

    @Test func committedReferenceMatchesTheSchemas() throws {
        let run = try Self.generator(["--check", "--stale-only"])
        let output = run.standardOutput + run.standardError
        #expect(
            run.status == 0, "catalogues/schema/reference.md is stale; run `python3 .ci/schema-reference`:\n\(output)")
    }

    @Test func everySchemaDocumentsEveryDeclarationInDutchAndEnglish() throws {
        let schemas = try Self.annotatedSchemas()
        for expected in [
            "assessment-1.xsd", "call-1.xsd", "catalogue-1.xsd", "common-1.xsd", "match-1.xsd", "network-1.xsd",
            "plan-1.xsd", "regions-1.xsd", "review-1.xsd", "reviewer-1.xsd", "rubric-1.xsd",
        ] {
            #expect(schemas.contains(expected), "\(expected) is missing from catalogues/schema/")
        }
        let run = try Self.generator(["--require"] + schemas)
        let output = run.standardOutput + run.standardError
        #expect(run.status == 0, "declarations without a Dutch or an English documentation:\n\(output)")
    }
}
