import Foundation
import FundingPlanner
import Hummingbird

/// Everything the request handlers share: the folder's store, the checker, the catalogue, the pages.
final class Workspace: Sendable {
    let store: WorkspaceStore
    let checker: ProfileChecker
    let loaded: CatalogueLoader.Loaded
    let pages: PageRenderer
    let plans = PlanPreview()

    init(store: WorkspaceStore, checker: ProfileChecker, loaded: CatalogueLoader.Loaded, pages: PageRenderer) {
        self.store = store
        self.checker = checker
        self.loaded = loaded
        self.pages = pages
    }

    var catalogue: Catalogue { loaded.catalogue }

    /// The language of the request: the `fundplan_lang` cookie, Dutch by default.
    static func language(_ request: Request) -> Language {
        request.cookies["fundplan_lang"]?.value == "en" ? .en : .nl
    }

    /// The advice fragment for a checked form.
    func advice(_ checked: CheckedForm, form: ProfileForm, language: Language, section: String, plan: Bool = false)
        -> String
    {
        pages.render(
            "advice",
            LiveAdvice.context(
                checked, form: form, loaded: loaded, plans: plans, language: language, section: section, plan: plan))
    }

    /// A section page, with the errors shown when `showErrors`.
    func sectionPage(
        _ section: Section, form: ProfileForm, checked: CheckedForm, language: Language, showErrors: Bool,
        focus: String? = nil, savedStatus: String = "", plan: Bool = false
    ) -> String {
        let shown = showErrors ? checked.errors.filter { $0.section == section } : []
        var messages: [String: String] = [:]
        for error in shown where messages[error.field] == nil { messages[error.field] = error.message }
        let views = SectionViews(form: form, errors: messages, language: language, catalogue: catalogue, focus: focus)
        let (groups, adds) = views.groups(section)
        let body = pages.render(
            "section",
            [
                "section": section.rawValue, "hint": section.hint(language), "revision": form.revision,
                "groups": groups.map(\.context), "adds": adds.map { ["action": $0.action, "label": $0.label] },
                "savedStatus": savedStatus, "t": PageTexts.texts(language),
            ])
        return pages.page(
            language: language, title: section.title(language), body: body, current: section.rawValue,
            networkName: form.name, errors: shown,
            advice: advice(checked, form: form, language: language, section: section.rawValue, plan: plan))
    }

    /// The "saved at 14:02" status line.
    static func savedStatus(_ date: Date?, language: Language) -> String {
        guard let date else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        let time = String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return Say(language)("Concept bewaard om \(time)", "Draft saved at \(time)")
    }
}
