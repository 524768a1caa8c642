import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerWorkspace

/// The workspace's page for output indicators: what a coordinator types there becomes the
/// profile's `<indicators>` as `fundplan` reads it, a wrong answer is kept and shown at its
/// field, and a draft stored before the page existed still opens.
@Suite struct WorkspaceIndicatorTests {
    static let checker = WorkspaceFormTests.checker

    /// The fields a browser posts for the rows of `form`, with `changes` (field → value) applied.
    static func post(_ form: ProfileForm, action: String = "", changes: [String: String] = [:]) -> FormBody {
        var pairs: [(String, String)] = [("action", action)]
        for (index, row) in (form.indicators ?? []).enumerated() {
            let key = form.indicatorKey(index)
            var fields: [(String, String)] = [
                ("name", row.name(in: form.textLanguage)), ("id", row.id), ("unit", row.unit),
                ("callIndicator", row.callIndicator),
            ]
            for year in IndicatorInput.years(form, row) {
                fields.append(("target\(year)", row.targets.first { $0[0] == year }?[1] ?? ""))
            }
            for (field, value) in fields {
                pairs.append(("indicator[\(key)][\(field)]", changes["\(key).\(field)"] ?? value))
            }
        }
        let text = pairs.map { name, value in
            [name, value].map { $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }
                .joined(separator: "=")
        }
        return FormBody(text.joined(separator: "&"))
    }

    @Test func anOutputAddedOnThePageReachesTheProfile() throws {
        var form = ProfileForm(Examples.network("social-restaurant"))
        let before = form.indicators?.count ?? 0
        let added = SectionInput.apply(Self.post(form, action: "add-indicator"), section: .indicators, to: form)
        let key = try #require(added.form.indicators?.last?.key)
        #expect(added.focus == "indicator-\(key)-name")
        form = added.form
        form =
            SectionInput.apply(
                Self.post(
                    form,
                    changes: [
                        "\(key).name": "Ouders op een infoavond", "\(key).unit": "participants",
                        "\(key).target2026": "1.200", "\(key).target2028": "40",
                    ]), section: .indicators, to: form
            ).form
        let checked = Self.checker.check(form, language: .nl)
        #expect(checked.errors.isEmpty, "\(checked.errors)")
        let profile = try #require(checked.profile)
        #expect(profile.outputIndicators.count == before + 1)
        let indicator = try #require(profile.outputIndicators.last)
        #expect(indicator.id == "ouders-op-een-infoavond")
        #expect(indicator.unit == .participants)
        // "1.200" is twelve hundred, as everywhere in the workspace; an empty year has no target.
        #expect(indicator.targets.map { [$0.year, $0.value] } == [[2026, 1_200], [2028, 40]])
        #expect(checked.xml?.contains("<target year=\"2026\" value=\"1200\"/>") == true)
    }

    @Test func wrongAnswersAreKeptAndShownAtTheirField() throws {
        var form = ProfileForm(Examples.network("social-restaurant"))
        form = SectionInput.apply(Self.post(form, action: "add-indicator"), section: .indicators, to: form).form
        let key = try #require(form.indicators?.last?.key)
        let first = form.indicatorKey(0)
        form =
            SectionInput.apply(
                Self.post(form, changes: ["\(key).name": "Sessies", "\(first).target2027": "veel"]),
                section: .indicators, to: form
            ).form
        #expect(form.indicators?.first?.targets.contains(["2027", "veel"]) == true)
        let checked = Self.checker.check(form, language: .nl)
        #expect(checked.profile == nil)
        let byField = Dictionary(checked.errors.map { ($0.field, $0) }, uniquingKeysWith: { a, _ in a })
        let wrong = try #require(byField["indicator-\(first)-target2027"])
        #expect(wrong.section == .indicators)
        #expect(wrong.message.hasPrefix("Resultaat 1: streefwaarde 2027: 'veel'"), "\(wrong.message)")
        let missing = try #require(byField["indicator-\(key)-target2026"])
        #expect(missing.message == "Geef minstens één streefwaarde.")
        #expect(Self.checker.check(form, language: .en).errors.contains { $0.message == "Give at least one target." })
    }

    /// A rule of `fundplan check` on indicators (one id twice) lands on the second row's id.
    @Test func aRuleOnIndicatorsIsMappedToItsRow() throws {
        var form = ProfileForm(Examples.network("social-restaurant"))
        let rows = try #require(form.indicators)
        try #require(rows.count >= 2)
        form.indicators![1].id = rows[0].id
        let checked = Self.checker.check(form, language: .nl)
        let error = try #require(checked.errors.first)
        #expect(checked.errors.count == 1, "\(checked.errors)")
        #expect(error.field == "indicator-\(form.indicatorKey(1))-id" && error.section == .indicators)
        #expect(error.message.contains("komt twee keer voor"))
    }

    @Test func removingAnOutputKeepsTheOthersAndTheirOtherLanguages() throws {
        let form = ProfileForm(Examples.network("social-restaurant"))
        let rows = try #require(form.indicators)
        let removedKey = form.indicatorKey(0)
        let after = SectionInput.apply(
            Self.post(form, action: "remove:\(removedKey)"), section: .indicators, to: form
        ).form
        #expect(after.indicators?.map(\.key) == rows.dropFirst().map(\.key))
        #expect(after.indicators?.first?.names == rows[1].names)
        #expect(after.indicators?.first?.targets == rows[1].targets)
    }

    /// A draft stored by the workspace before this page: no row keys, targets as numbers.
    @Test func aDraftFromBeforeThePageStillOpens() throws {
        let json = """
            {"key": null, "id": "sessies", "unit": "sessions", "callIndicator": "",
             "names": [["nl", "Sessies"]], "targets": [[2026, 12], [2027, 14]]}
            """
        let row = try JSONDecoder().decode(IndicatorRow.self, from: Data(json.utf8))
        #expect(row.key == nil && row.targets == [["2026", "12"], ["2027", "14"]])
        var form = ProfileForm(Examples.network("digital-skills-libraries"))
        form.indicators = [row]
        #expect(form.indicatorKey(0) == "x1")
        let page = SectionViews(form: form, errors: [:], language: .nl, catalogue: Examples.catalogue, focus: nil)
            .groups(.indicators).groups
        #expect(page.first?.fields.map(\.name).contains("indicator[x1][target2027]") == true)
        let posted = SectionInput.apply(Self.post(form), section: .indicators, to: form).form
        #expect(posted.indicators?.first?.key == "x1")
        #expect(Self.checker.check(posted, language: .nl).errors.isEmpty)
    }

    @Test func versionsNameTheOutputsThatChanged() throws {
        let old = Examples.network("social-restaurant")
        var new = old
        let first = try #require(new.outputIndicators.first)
        new.outputIndicators[0].targets[0].value += 6
        let removed = try #require(new.outputIndicators.last)
        new.outputIndicators.removeLast()
        let changes = ProfileDiff.changes(from: old, to: new, language: .nl)
        let year = first.targets[0].year
        #expect(
            changes.contains(
                "Resultaat \(first.name.text(in: .nl)) — streefwaarde \(year): \(first.targets[0].value) → \(first.targets[0].value + 6)"
            ), "\(changes)")
        #expect(changes.contains("Resultaat verwijderd: \(removed.name.text(in: .nl))"))
        #expect(
            ProfileDiff.changes(from: new, to: old, language: .en).contains(
                "Output added: \(removed.name.text(in: .en))"))
    }

    @Test func anUploadedProfilesIndicatorProblemNamesTheSection() {
        let text =
            "<network>\n<partners>\n<partner id=\"a\">\n</partners>\n<indicators>\n<indicator id=\"x\">\n"
            + "<name xml:lang=\"nl\">X</name>\n<target year=\"1999\" value=\"1\"/>\n</indicator>\n</indicators>\n</network>"
        let diagnostic = Diagnostic(severity: .error, message: "outside the plan", file: "p.xml", line: 8)
        #expect(
            UploadErrors.describe(diagnostic, in: text, language: .nl)
                == "Resultaten en streefwaarden, resultaat 1 (regel 8): outside the plan")
    }
}
