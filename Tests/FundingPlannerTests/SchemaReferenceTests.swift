import Foundation
import Testing

/// The schema reference (`docs/schema-reference.md`) is generated from the schemas' own Dutch
/// and English annotations by `.ci/schema-reference` (Python 3, standard library only).
struct SchemaReferenceTests {
    /// The schemas whose every element and attribute declaration must carry both languages.
    static let annotatedSchemas = ["plan-1.xsd", "match-1.xsd", "assessment-1.xsd", "reviewer-1.xsd", "review-1.xsd"]

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
        #expect(run.status == 0, "docs/schema-reference.md is stale; run `python3 .ci/schema-reference`:\n\(output)")
    }

    @Test func annotatedSchemasDocumentEveryDeclarationInDutchAndEnglish() throws {
        let run = try Self.generator(["--require"] + Self.annotatedSchemas)
        let output = run.standardOutput + run.standardError
        #expect(run.status == 0, "declarations without a Dutch or an English documentation:\n\(output)")
    }
}
