import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerWorkspace

/// Opening a profile in the workspace: a file the CLI refuses is read again without its schema
/// (within the same hostile-input limits) so that each problem stands at its field, and a
/// partner's ask ceiling survives the form.
@Suite struct WorkspaceUploadTests {
    static let checker = try! ProfileChecker(catalogue: Examples.catalogue)

    /// Read loosely, every example gives the form that reading it strictly gives.
    @Test(arguments: Examples.names)
    func everyExampleReadsTheSameLooselyAndStrictly(name: String) throws {
        let loose = LooseProfileForm.read(path: Examples.path(name))
        let form = try #require(loose.form, "\(loose.diagnostics)")
        #expect(form == ProfileForm(Examples.network(name)))
    }

    /// Two wrong values: each problem is at the field holding the value, which keeps it as written.
    @Test func wrongValuesLandAtTheirFields() throws {
        var text = try String(contentsOfFile: Examples.path("social-restaurant"), encoding: .utf8)
        text = text.replacing(/amount="12000"/, with: "amount=\"twaalfduizend\"", maxReplacements: 1)
        text = text.replacing(/<cost year="\d+"/, with: "<cost year=\"20x7\"", maxReplacements: 1)
        guard case .failure = Self.checker.read(Array(text.utf8)) else {
            Issue.record("the CLI's loader accepted a wrong amount")
            return
        }
        let form = try #require(Self.checker.readLoose(Array(text.utf8)).form)
        let errors = Self.checker.check(form, language: .en).errors
        let contribution = try #require(form.contributions.first { $0.amount == "twaalfduizend" })
        #expect(
            errors.contains { $0.field == "contribution-\(contribution.key)-amount" && $0.section == .contributions })
        #expect(errors.contains { $0.field == "cost-\(form.costs[0].key)-year" && $0.section == .budget })
        #expect(form.costs[0].year == "20x7")
    }

    /// A DOCTYPE (entity bomb, external entity), a file that is not XML and another root give no form.
    @Test(arguments: [
        "<?xml version=\"1.0\"?><!DOCTYPE network [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<network xmlns=\"urn:fundingplanner:network:1\" id=\"x\" version=\"1\"><name>&x;</name></network>",
        "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
            + "<network xmlns=\"urn:fundingplanner:network:1\">&b;</network>",
        "not xml at all", "<plan xmlns=\"urn:fundingplanner:plan:1\"/>",
    ])
    func hostileOrForeignFilesGiveNoForm(text: String) throws {
        let loose = Self.checker.readLoose(Array(text.utf8))
        #expect(loose.form == nil)
        #expect(loose.diagnostics.containsErrors)
    }

    /// `askCeiling` goes through the form unchanged, and a wrong one is an error at its field.
    @Test func askCeilingSurvivesTheForm() throws {
        var profile = Examples.network("social-restaurant")
        profile.partners[0].askCeiling = Money(euros: 2_500)
        var form = ProfileForm(profile)
        #expect(form.partners[0].askCeiling == "2500")
        let checked = Self.checker.check(form, language: .nl)
        #expect(checked.xml == NetworkXMLWriter.document(profile, commentsIn: .nl))
        #expect(checked.profile?.partners[0].askCeiling == Money(euros: 2_500))
        form.partners[0].askCeiling = "veel"
        let wrong = Self.checker.check(form, language: .nl)
        #expect(
            wrong.errors.contains {
                $0.field == "vote-\(form.partners[0].key)-askCeiling" && $0.section == .contributions
            })
        form.partners[0].askCeiling = ""
        #expect(Self.checker.check(form, language: .nl).profile?.partners[0].askCeiling == nil)
    }
}

/// What the workspace has no fields for is kept as loaded, so a profile opens and saves unchanged.
@Suite struct WorkspaceKeptAsLoadedTests {
    /// Blocs, the dependence goals, a partner's country and an uncommitted contribution survive the
    /// form, and the loose reading of the written profile gives the same form.
    @Test func blocsGoalsCountryAndCommitmentSurviveTheForm() throws {
        var profile = Examples.network("social-restaurant")
        profile.blocs = [
            NetworkProfile.Bloc(id: "b1", name: "De keuken", members: [profile.partners[0].id, profile.partners[1].id])
        ]
        profile.preferences.publicShareGoal = BasisPoints(5_000)
        profile.preferences.ownIncomeGoal = BasisPoints(2_500)
        profile.partners[1].country = "NL"
        profile.partners[0].contributions[0].isCommitted = false
        let xml = NetworkXMLWriter.document(profile, commentsIn: .nl)
        let checked = WorkspaceUploadTests.checker.check(ProfileForm(profile), language: .nl)
        #expect(checked.errors.isEmpty, "\(checked.errors)")
        #expect(checked.xml == xml)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("profile.xml").path
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(LooseProfileForm.read(path: path).form == ProfileForm(profile))
    }
}
