import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// SHA-256 as lower-case hexadecimal, for forging a manifest.
enum SHA256Hex {
    static func of(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}

/// `fundplan dossier` then `fundplan verify`, through the built binary.
@Suite struct DossierTests {
    /// Plans an example into `folder` (from the package root, as a user would) and returns the plan's path.
    static func plan(_ name: String, in folder: URL, extra: [String] = []) throws -> String {
        let run = try TestSupport.run(
            ["plan", "catalogues/examples/\(name).xml", "-o", folder.path, "--runs", "500", "--lang", "en"] + extra,
            in: TestSupport.packageRoot)
        #expect(run.status == 0, "\(run.standardError)")
        return folder.appendingPathComponent("plan.xml").path
    }

    @Test func dossierThenVerifyReproducesThePlanByteForByte() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try Self.plan(
            "social-restaurant", in: folder.appendingPathComponent("plan"), extra: ["--exclude", "venue-hire"])
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("<exclude model=\"venue-hire\"/>"))
        let zip = folder.appendingPathComponent("dossier.zip").path
        let made = try TestSupport.run(["dossier", plan, "-o", zip], in: TestSupport.packageRoot)
        #expect(made.status == 0, "\(made.standardError)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: zip)))
        let entries = try ZipPackage.entries(of: bytes, name: "dossier.zip")
        #expect(
            entries.map(\.path) == Dossier.outputNames + [
                "inputs/network/1-social-restaurant.xml", "dossier.txt", "manifest.sha256",
            ])
        // The plan in the dossier is the plan that was given, byte for byte.
        #expect(
            entries.first { $0.path == "plan.xml" }?.bytes == Array(try Data(contentsOf: URL(fileURLWithPath: plan))))
        // The same plan gives the same dossier.
        let again = try TestSupport.run(["dossier", plan, "-o", zip, "--force"], in: TestSupport.packageRoot)
        #expect(again.status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: zip))) == bytes)

        // Verified from another folder: nothing but the zip and the built-in catalogue is needed.
        let verified = try TestSupport.run(["verify", zip, "--lang", "en"], in: folder)
        #expect(verified.status == 0, "\(verified.standardError)")
        #expect(verified.standardOutput.contains("reproduced byte for byte"))
    }

    /// A plan made with a scenario: the dossier bundles the scenario file, and verify applies
    /// the scenario again and reproduces the plan byte for byte.
    @Test func aScenarioPlanIsBundledAndReproduced() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try Self.plan(
            "social-restaurant", in: folder.appendingPathComponent("plan"),
            extra: [
                "--scenario", "stad-vraagt-meer", "--scenario-file",
                "catalogues/scenarios/social-restaurant.scenarios.xml", "--coverage", "85",
            ])
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("<scenario id=\"stad-vraagt-meer\">The city is asked for more</scenario>"))
        #expect(xml.contains("coverage=\"8500\""))
        let zip = folder.appendingPathComponent("dossier.zip").path
        let made = try TestSupport.run(["dossier", plan, "-o", zip], in: TestSupport.packageRoot)
        #expect(made.status == 0, "\(made.standardError)")
        let entries = try ZipPackage.entries(of: Array(try Data(contentsOf: URL(fileURLWithPath: zip))), name: "d")
        #expect(
            entries.map(\.path).contains("inputs/scenario/3-social-restaurant.scenarios.xml"), "\(entries.map(\.path))")
        let text = String(decoding: entries.first { $0.path == "dossier.txt" }?.bytes ?? [], as: UTF8.self)
        #expect(text.contains("the scenario 'stad-vraagt-meer'"))
        let verified = try TestSupport.run(["verify", zip, "--lang", "en"], in: folder)
        #expect(verified.status == 0, "\(verified.standardError)")
        #expect(verified.standardOutput.contains("reproduced byte for byte"))
    }

    /// A plan made for a call with its own coverage and reserve: the call is bundled and applied again.
    @Test func aCallPlanIsBundledAndReproduced() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try Self.plan(
            "rural-social-economy-kitchen", in: folder.appendingPathComponent("plan"),
            extra: [
                "--call", "catalogues/calls/municipal-project-subsidy-kempen.xml", "--coverage", "70",
                "--reserve-months", "2",
            ])
        let zip = folder.appendingPathComponent("dossier.zip").path
        let made = try TestSupport.run(["dossier", plan, "-o", zip], in: TestSupport.packageRoot)
        #expect(made.status == 0, "\(made.standardError)")
        let entries = try ZipPackage.entries(of: Array(try Data(contentsOf: URL(fileURLWithPath: zip))), name: "d")
        #expect(entries.contains { $0.path.hasPrefix("inputs/call/") }, "\(entries.map(\.path))")
        let verified = try TestSupport.run(["verify", zip, "--lang", "en"], in: folder)
        #expect(verified.status == 0, "\(verified.standardError)")
    }

    @Test func aChangedFileIsNamed() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try Self.plan("technical-companies", in: folder.appendingPathComponent("plan"))
        let zip = folder.appendingPathComponent("dossier.zip").path
        #expect(try TestSupport.run(["dossier", plan, "-o", zip], in: TestSupport.packageRoot).status == 0)
        let entries = try ZipPackage.entries(of: Array(try Data(contentsOf: URL(fileURLWithPath: zip))), name: "d")

        // A figure changed in the CSV: named as changed, and as not reproduced.
        var tampered = entries
        let csv = try #require(tampered.firstIndex { $0.path == "budget.csv" })
        tampered[csv].bytes = Array(
            String(decoding: tampered[csv].bytes, as: UTF8.self).replacingOccurrences(of: "0.00", with: "1.00").utf8)
        let changed = folder.appendingPathComponent("changed.zip").path
        try Data(try ZipPackage.archive(tampered, name: "changed.zip")).write(to: URL(fileURLWithPath: changed))
        let run = try TestSupport.run(["verify", changed, "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("changed: budget.csv"), "\(run.standardError)")
        #expect(run.standardError.contains("not reproduced: budget.csv"))
        #expect(!run.standardError.contains("changed: plan.xml"))

        // The network profile changed and the manifest forged to match: the plan is not reproduced.
        var forged = entries.filter { $0.path != "manifest.sha256" }
        let network = try #require(forged.firstIndex { $0.path.hasPrefix("inputs/network/") })
        forged[network].bytes = Array(
            String(decoding: forged[network].bytes, as: UTF8.self).replacingOccurrences(of: "<!--", with: "<!-- x").utf8
        )
        let manifest = forged.map { "\(SHA256Hex.of($0.bytes))  \($0.path)\n" }.joined()
        forged.append(ZipPackage.Entry(path: "manifest.sha256", bytes: Array(manifest.utf8)))
        let verification = try Dossier.verify(try ZipPackage.archive(forged, name: "f"), name: "forged.zip")
        #expect(verification.changed.isEmpty && verification.unlisted.isEmpty)
        #expect(verification.notReproduced.first?.file == "plan.xml")
        #expect(verification.notReproduced.first?.difference.contains("not found with that content") == true)

        // A file added that the manifest does not list.
        let extra = entries + [ZipPackage.Entry(path: "notes.txt", bytes: Array("hi".utf8))]
        let added = try Dossier.verify(try ZipPackage.archive(extra, name: "e"), name: "extra.zip")
        #expect(added.unlisted == ["notes.txt"])
        #expect(added.notReproduced.isEmpty)
    }

    @Test func notADossierIsRefusedWithExitTwoOrOne() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = try TestSupport.write("not a zip", named: "x.zip", in: folder)
        #expect(try TestSupport.run(["verify", garbage]).status == 1)
        let empty = folder.appendingPathComponent("plain.zip").path
        try Data(try ZipPackage.archive([.init(path: "a.txt", bytes: [65])], name: "p")).write(
            to: URL(fileURLWithPath: empty))
        let run = try TestSupport.run(["verify", empty, "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("no manifest.sha256"))
        #expect(try TestSupport.run(["verify", folder.appendingPathComponent("none.zip").path]).status == 2)
    }
}
