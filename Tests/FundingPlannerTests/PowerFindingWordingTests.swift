import Foundation
import Testing

@testable import FundingPlanner

/// A review names every money-and-power finding in words, in both languages, never by its code.
@Suite struct PowerFindingWordingTests {
    /// Every `power.…` code the readiness checks can raise, found in the sources, so that a new
    /// code without words fails here.
    static func codesInTheSources() throws -> Set<String> {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/FundingPlanner/Readiness")
        var codes: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /"(power\.[a-z-]+)"/) { codes.insert(String(match.output.1)) }
        }
        return codes
    }

    @Test func everyCodeHasWordsInDutchAndEnglish() throws {
        let codes = try Self.codesInTheSources()
        #expect(codes.count >= 9)
        for code in codes {
            for language in Language.allCases {
                let text = Wording(language: language).powerFinding(code, severity: .warning)
                #expect(!text.contains("power."), "\(code) in \(language): \(text)")
            }
            #expect(
                Wording(language: .nl).powerFinding(code, severity: .advice)
                    != Wording(language: .en).powerFinding(code, severity: .advice), "\(code)")
        }
    }

    @Test func theSeverityFollowsInTheReviewsLanguage() {
        #expect(
            Wording(language: .nl).powerFinding("power.veto-own-subsidy", severity: .advice)
                == "een veto alleen over de eigen subsidie (advies)")
        #expect(
            Wording(language: .en).powerFinding("power.funder-veto", severity: .problem)
                == "a partner pays and holds a veto (problem)")
        #expect(
            Wording(language: .en).powerFinding("power.from-a-newer-version", severity: .warning).hasPrefix(
                "power.from-a-newer-version"))
    }
}
