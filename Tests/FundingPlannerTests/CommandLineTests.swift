import Foundation
import FundingPlanner
import Testing

/// End-to-end runs of the built `fundplan` binary, as a user would type them.
@Suite struct CommandLineTests {
    static let invalidFixture = TestSupport.fixtures.appendingPathComponent("catalogue/invalid/unknown-theme.xml").path
    static let validFixture = TestSupport.fixtures.appendingPathComponent("catalogue/valid/own-theme-and-override.xml")
        .path

    @Test func versionFastPathPrintsWhatArgumentParserPrints() throws {
        let fast = try TestSupport.run(["--version"])
        #expect(fast.status == 0)
        #expect(fast.standardOutput == FundingPlanner.version + "\n")
        // With anything else on the line, ArgumentParser answers as before.
        let parsed = try TestSupport.run(["--version", "--version"])
        #expect(parsed.status == 0)
        #expect(parsed.standardOutput == fast.standardOutput)
    }

    @Test func listsTheCatalogueInBothLanguages() throws {
        let dutch = try TestSupport.run(["catalogue", "list"])
        #expect(dutch.status == 0)
        #expect(dutch.standardOutput.contains("Zaalverhuur"))
        #expect(dutch.standardOutput.contains("verdienmodellen"))
        let english = try TestSupport.run(["catalogue", "list", "--lang", "en", "--theme", "hospitality"])
        #expect(english.status == 0)
        #expect(english.standardOutput.contains("Social café"))
        #expect(!english.standardOutput.contains("Venue hire"))
    }

    @Test func csvHasAHeaderAndOneRowPerModelWithCRLF() throws {
        let run = try TestSupport.run(["catalogue", "list", "--format", "csv", "--category", "eu-funding"])
        #expect(run.status == 0)
        // The byte-order mark tells Excel the file is UTF-8; --no-bom leaves it out.
        #expect(run.standardOutput.hasPrefix("\u{FEFF}id,category,"))
        let plain = try TestSupport.run([
            "catalogue", "list", "--format", "csv", "--category", "eu-funding", "--no-bom",
        ])
        let rows = plain.standardOutput.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasPrefix("id,category,name_nl,name_en,") == true)
        // Header plus the six EU models: two ESF calls, Erasmus+, LEADER, Interreg, AMIF.
        #expect(rows.count == 7)
        #expect(rows.dropFirst().allSatisfy { $0.contains(",eu-funding,") })
    }

    @Test func showsOneModelWithItsBasis() throws {
        let run = try TestSupport.run(["catalogue", "show", "waffle-bake", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Waffle bake (waffle-bake)"))
        #expect(run.standardOutput.contains("assumption, replace with your own figure"))
        let missing = try TestSupport.run(["catalogue", "show", "waffle"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("did you mean waffle-bake"))
    }

    @Test func validateExitCodes() throws {
        let valid = try TestSupport.run(["validate", Self.validFixture])
        #expect(valid.status == 0, "\(valid.standardError)")
        #expect(valid.standardOutput.contains("valid catalogue"))

        let invalid = try TestSupport.run(["validate", Self.invalidFixture])
        #expect(invalid.status == 1)
        #expect(
            invalid.standardError.contains(
                "unknown-theme.xml:26:7: error: unknown theme 'hospitallity'; did you mean 'hospitality'?"))

        let missing = try TestSupport.run(["validate", "/nonexistent/file.xml"])
        #expect(missing.status == 2)
        #expect(missing.standardError == "/nonexistent/file.xml: error: no such file; check the path\n")

        let usage = try TestSupport.run(["validate"])
        #expect(usage.status == 2)
        let unknownOption = try TestSupport.run(["catalogue", "list", "--format", "pdf"])
        #expect(unknownOption.status == 2)
        #expect(!unknownOption.standardError.contains("Fatal error"))
    }

    @Test func userCatalogueOverridesAndAddsModels() throws {
        let run = try TestSupport.run([
            "catalogue", "show", "venue-hire", "--catalogue", Self.validFixture, "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("€100 – €300 – €400"))
        let broken = try TestSupport.run(["catalogue", "list", "--catalogue", Self.invalidFixture])
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("unknown theme"))
        #expect(broken.standardOutput.isEmpty)
    }

    @Test func xmlExportIsValidAndWrittenAtomically() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("export.xml").path
        let export = try TestSupport.run(["catalogue", "list", "--format", "xml", "-o", output])
        #expect(export.status == 0, "\(export.standardError)")
        let check = try TestSupport.run(["validate", output])
        #expect(check.status == 0, "\(check.standardError)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["export.xml"])
        let sameAsInput = try TestSupport.run(["catalogue", "list", "--catalogue", output, "-o", output])
        #expect(sameAsInput.status == 2)
    }

    @Test func findsItsResourcesFromAnyFolderAndWhenCopied() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromElsewhere = try TestSupport.run(["catalogue", "list"], in: folder)
        #expect(fromElsewhere.status == 0)

        let bundleName = "FundingPlanner_FundingPlannerResources.resources"
        let buildFolder = TestSupport.binary.deletingLastPathComponent()
        let copy = folder.appendingPathComponent("fundplan")
        try FileManager.default.copyItem(at: TestSupport.binary, to: copy)
        try FileManager.default.copyItem(
            at: buildFolder.appendingPathComponent(bundleName), to: folder.appendingPathComponent(bundleName))
        let copied = try TestSupport.run(
            ["catalogue", "show", "venue-hire"], in: URL(fileURLWithPath: "/"), binary: copy)
        #expect(copied.status == 0, "\(copied.standardError)")
        #expect(copied.standardOutput.contains("Zaalverhuur"))
    }

    @Test func hostileFilesAreRefusedQuicklyByTheCommand() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = try TestSupport.write("top-secret-\(UUID().uuidString)", named: "secret.txt", in: folder)
        let hostile = try TestSupport.write(
            """
            <?xml version="1.0"?>
            <!DOCTYPE catalogue [<!ENTITY x SYSTEM "file://\(secret)">]>
            <catalogue xmlns="urn:fundingplanner:catalogue:1" id="x" version="1"><title xml:lang="en">&x;</title></catalogue>
            """, named: "xxe.xml", in: folder)
        let run = try TestSupport.run(["validate", hostile, folder.path])
        #expect(run.status == 2)
        #expect(run.seconds < 2)
        #expect(run.standardError.contains("xxe.xml:2:1: error: een DOCTYPE is niet toegelaten"))  // Dutch by default
        #expect(run.standardError.contains("this is a directory"))
        #expect(!run.standardError.contains("top-secret") && !run.standardOutput.contains("top-secret"))
    }
}
