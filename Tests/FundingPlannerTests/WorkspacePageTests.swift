import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerWorkspace

/// The workspace's pages as HTML, compared with golden files (re-record with
/// `FUNDPLAN_RECORD_GOLDEN=1`): labels, hints, error messages tied to their fields, the advice.
@Suite struct WorkspacePageTests {
    static func workspace() throws -> (Workspace, URL) {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(
            atPath: Examples.path("social-restaurant"), toPath: folder.appendingPathComponent("profile.xml").path)
        let loaded = try CatalogueLoader().load()
        let checker = try ProfileChecker(catalogue: loaded.catalogue)
        let store = try WorkspaceStore(folder: folder, checker: checker)
        return (Workspace(store: store, checker: checker, loaded: loaded, pages: try PageRenderer()), folder)
    }

    @Test(arguments: [Section.partners, .budget, .indicators], [Language.nl, .en])
    func sectionPageMatchesGolden(section: Section, language: Language) async throws {
        let (workspace, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = await workspace.store.current()
        let checked = workspace.checker.check(form, language: language)
        // The budget page with the plan sketch asked for (deterministic: the planner's fixed seed).
        let page = workspace.sectionPage(
            section, form: form, checked: checked, language: language, showErrors: false, plan: section == .budget)
        try Golden.assertMatches(page, file: "workspace/\(section.rawValue)-\(language.rawValue).html")
        #expect(page.contains("class=\"years\"") == (section == .budget))
    }

    /// Errors: the summary links each message to its field, which carries the same message and
    /// `aria-invalid`, `aria-describedby` pointing at it.
    @Test func errorsStandInTheSummaryAndAtTheField() async throws {
        let (workspace, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        var form = await workspace.store.current()
        form.costs[0].amount = "veel"
        let checked = workspace.checker.check(form, language: .nl)
        let page = workspace.sectionPage(.budget, form: form, checked: checked, language: .nl, showErrors: true)
        try Golden.assertMatches(page, file: "workspace/budget-error-nl.html")
        let id = "cost-\(form.costs[0].key)-amount"
        #expect(page.contains("<title>Fout: Begroting per jaar en categorie – FundingPlanner</title>"))
        #expect(page.contains("<a href=\"#\(id)\">Kostenlijn 1: bedrag: &#39;veel&#39; is geen bedrag"))
        #expect(page.contains("<p class=\"error-message\" id=\"\(id)-error\">Kostenlijn 1: bedrag:"))
        #expect(page.contains("aria-describedby=\"\(id)-error\" aria-invalid=\"true\""))
    }
}
