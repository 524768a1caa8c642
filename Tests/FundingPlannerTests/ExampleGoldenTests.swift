import Foundation
import Testing

@testable import FundingPlanner

/// Golden outputs of `check` and `match` for the six example networks, through the built
/// binary (text and XML); each XML output also validates against `match-1.xsd`.
@Suite struct ExampleGoldenTests {
    @Test(arguments: Examples.names)
    func checkAndMatchOutputsMatchGolden(name: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Examples.path(name)
        let runs: [(String, [String])] = [
            ("\(name).check.nl.txt", ["check", path]),
            ("\(name).check.en.xml", ["check", path, "--lang", "en", "--format", "xml"]),
            ("\(name).match.en.txt", ["match", path, "--lang", "en", "--top", "8"]),
            ("\(name).match.nl.xml", ["match", path, "--format", "xml", "--top", "8"]),
        ]
        for (golden, arguments) in runs {
            let run = try TestSupport.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            #expect(run.standardError.isEmpty)
            let relative = run.standardOutput.replacingOccurrences(of: TestSupport.packageRoot.path + "/", with: "")
            try Golden.assertMatches(relative, file: "examples/\(golden)")
            if golden.hasSuffix(".xml") {
                let file = try TestSupport.write(run.standardOutput, named: golden, in: folder)
                let validation = try TestSupport.run(["validate", file])
                #expect(validation.status == 0, "\(validation.standardError)")
            }
        }
    }

    @Test func examplesAreValidNetworks() throws {
        let run = try TestSupport.run(["validate"] + Examples.names.map(Examples.path))
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test func invalidProfileGivesPositionAndExitOne() throws {
        let fixture = TestSupport.fixtures.appendingPathComponent("network/invalid/contribution-outside-horizon.xml")
            .path
        for command in ["check", "match"] {
            let run = try TestSupport.run([command, fixture])
            #expect(run.status == 1)
            #expect(
                run.standardError.contains(
                    "contribution-outside-horizon.xml:18:7: error: de bijdrage in 2029 valt buiten de planperiode"))
            let english = try TestSupport.run([command, fixture, "--lang", "en"])
            #expect(
                english.standardError.contains(
                    "contribution-outside-horizon.xml:18:7: error: contribution in 2029 is outside the plan horizon"))
        }
        let horizon = TestSupport.fixtures.appendingPathComponent("network/invalid/horizon-twenty.xml").path
        let run = try TestSupport.run(["match", horizon])
        #expect(run.status == 1)
        #expect(run.standardError.contains("horizon-twenty.xml:32:3: error:"))
    }

    @Test func badWeightsAreAUsageError() throws {
        let run = try TestSupport.run(["match", Examples.path("social-restaurant"), "--weights", "1,2,3"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--weights needs four whole numbers"))
    }
}
