import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerWorkspace

/// The workspace's forms: what a coordinator types becomes the profile the CLI reads, errors land
/// on the field that causes them, and versions differ in words.
@Suite struct WorkspaceFormTests {
    static let checker = try! ProfileChecker(catalogue: Examples.catalogue)

    /// Every example, loaded into the form and checked again, is written exactly as the CLI writes it.
    @Test(arguments: Examples.names)
    func everyExampleRoundTripsThroughTheForm(name: String) throws {
        let profile = Examples.network(name)
        let checked = Self.checker.check(ProfileForm(profile), language: .nl)
        #expect(checked.errors.isEmpty, "\(checked.errors)")
        #expect(checked.xml == NetworkXMLWriter.document(profile, commentsIn: .nl))
    }

    @Test func typedAmountsAndSharesAreReadTheBelgianWay() throws {
        var form = ProfileForm(Examples.network("social-restaurant"))
        form.reserves = "10.000"
        form.costs[0].amount = "12.500,50"
        form.maxShareOfOneSource = "40 %"
        let profile = try #require(Self.checker.check(form, language: .nl).profile)
        #expect(profile.budget.reserves == Money(euros: 10_000))
        #expect(profile.budget.costs[0].amount == Money(cents: 1_250_050))
        #expect(profile.preferences.maximumShareOfOneSource == BasisPoints(4000))
    }

    @Test func fieldErrorsNameTheFieldAndItsRow() throws {
        var form = ProfileForm(Examples.network("social-restaurant"))
        form.name = " "
        form.costs[1].amount = "twaalf"
        form.partners[2].joins = "1850"
        let checked = Self.checker.check(form, language: .nl)
        #expect(checked.profile == nil)
        let byField = Dictionary(checked.errors.map { ($0.field, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byField["name"]?.message == "Naam van het netwerk: vul dit in.")
        #expect(byField["name"]?.section == .purpose)
        let cost = try #require(byField["cost-\(form.costs[1].key)-amount"])
        #expect(cost.section == .budget && cost.message.hasPrefix("Kostenlijn 2: bedrag: 'twaalf' is geen bedrag"))
        let joins = try #require(byField["partner-\(form.partners[2].key)-joins"])
        #expect(joins.message.hasPrefix("Partner 3: jaar van deelname:"))
        #expect(
            Self.checker.check(form, language: .en).errors.contains {
                $0.message == "Name of the network: fill this in."
            })
    }

    /// A rule of `fundplan check` (after the schema) is mapped back to the row that breaks it.
    @Test func ruleErrorsAreMappedToTheirRow() throws {
        var form = ProfileForm(Examples.network("social-restaurant"))
        let asset = try #require(form.assets.indices.last)
        form.assets[asset].owner = "nobody"
        let checked = Self.checker.check(form, language: .nl)
        let error = try #require(checked.errors.first)
        #expect(checked.errors.count == 1)
        #expect(error.field == "asset-\(form.assets[asset].key)-owner" && error.section == .assets)
        #expect(error.message.contains("nobody"), "the CLI's own rule message: \(error.message)")
        var late = ProfileForm(Examples.network("social-restaurant"))
        let contribution = late.contributions.count - 1
        late.contributions[contribution].year = "2045"
        let outside = Self.checker.check(late, language: .nl).errors
        #expect(outside.map(\.field) == ["contribution-\(late.contributions[contribution].key)-amount"], "\(outside)")
    }

    @Test func rowsKeepTheirOrderAndStrangeNamesAreIgnored() {
        let body = FormBody(
            "partner%5Br7%5D%5Bname%5D=B&partner%5Br2%5D%5Bname%5D=A+%26+C&partner%5Br7%5D%5Broles%5D%5B%5D=host"
                + "&partner%5Br7%5D%5Broles%5D%5B%5D=puller&partner%5B..%2Fx%5D%5Bname%5D=bad&themes%5B%5D=a&themes%5B%5D=b"
        )
        let rows = body.rows("partner")
        #expect(rows.map(\.key) == ["r7", "r2"])
        #expect(rows[1].fields.text("name") == "A & C")
        #expect(rows[0].fields["roles"] == ["host", "puller"])
        #expect(body.all("themes[]") == ["a", "b"])
    }

    @Test func addAndRemoveRowsWithoutJavaScript() {
        let form = ProfileForm(Examples.network("social-restaurant"))
        let keys = form.partners.map(\.key)
        var post = "action=remove%3A\(keys[1])"
        for partner in form.partners {
            post +=
                "&partner%5B\(partner.key)%5D%5Bname%5D=\(partner.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
        }
        let removed = SectionInput.apply(FormBody(post), section: .partners, to: form).form
        #expect(removed.partners.map(\.key) == keys.enumerated().filter { $0.offset != 1 }.map(\.element))
        let added = SectionInput.apply(
            FormBody(post.replacingOccurrences(of: "remove%3A\(keys[1])", with: "add-partner")), section: .partners,
            to: form)
        #expect(added.form.partners.count == form.partners.count + 1)
        #expect(added.focus == "partner-\(added.form.partners.last!.key)-name")
    }

    @Test func versionsDifferInWords() {
        let old = Examples.network("social-restaurant")
        var new = old
        new.partners.append(
            .make(
                id: "krook", name: "Bibliotheek De Krook", type: .library, roles: [.host], statement: LocalizedText(),
                contributions: [], seats: 1, votes: 1, hasVeto: false, joins: 2026,
                origin: SourcePosition(file: "", line: 0)))
        new.budget.costs[0].amount = new.budget.costs[0].amount + Money(euros: 2_500)
        let changes = ProfileDiff.changes(from: old, to: new, language: .nl)
        #expect(changes.contains("Partner toegevoegd: Bibliotheek De Krook"))
        let year = old.budget.costs[0].year
        let category = old.budget.costs[0].category.label(.nl)
        #expect(changes.contains { $0.hasPrefix("Kosten \(year) \(category): ") && $0.contains(" → ") }, "\(changes)")
        #expect(ProfileDiff.changes(from: old, to: old, language: .nl).isEmpty)
    }
}

/// The command a scenario page shows must come back from a shell as the same words, whatever
/// the workspace folder is called.
@Suite struct ShellWordTests {
    @Test func aShellReadsEveryQuotedWordBackUnchanged() throws {
        let words = [
            "/home/an/Buurtkeuken Ledeberg/scenarios.xml", "it's", "plain-word_1.xml", "$HOME", "a\"b", "`x`",
            "tab\there", "", "*.xml", "é à",
        ]
        let line = words.map(ShellWord.quoted).joined(separator: " ")
        #expect(ShellWord.quoted("/tmp/plain/s1.xml") == "/tmp/plain/s1.xml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "for word in \(line); do printf '%s\\0' \"$word\"; done"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let readBack = output.split(separator: 0, omittingEmptySubsequences: false).dropLast()
            .map { String(decoding: $0, as: UTF8.self) }
        #expect(readBack == words)
    }
}
