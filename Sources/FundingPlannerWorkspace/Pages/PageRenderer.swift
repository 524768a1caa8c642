import Foundation
import FundingPlanner
import Mustache

/// Renders the workspace's pages from the Mustache templates shipped as the target's resources.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The CSS and script, kept in memory and served from `/assets/`.
    let assets: [String: (bytes: [UInt8], type: String)]

    init() throws {
        guard let root = WorkspaceResources.root else { throw WorkspaceError.missingResources }
        var library = MustacheLibrary()
        let templates = root.appendingPathComponent("Templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path)
        where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        self.library = library
        var assets: [String: ([UInt8], String)] = [:]
        for (name, type) in [
            ("workspace.css", "text/css; charset=utf-8"), ("workspace.js", "text/javascript; charset=utf-8"),
        ] {
            let data = try Data(contentsOf: root.appendingPathComponent("Assets/\(name)"))
            assets[name] = (Array(data), type)
        }
        self.assets = assets
    }

    /// One template with `context`.
    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// A whole page: the layout around `body`, with navigation, errors and advice.
    func page(
        language: Language, title: String, heading: String? = nil, body: String, current: String, networkName: String,
        errors: [FieldError] = [], advice: String? = nil, notice: String? = nil
    ) -> String {
        let say = Say(language)
        var nav: [[String: Any]] = [["href": "/", "label": say("Start", "Home"), "current": current == "home"]]
        nav += Section.allCases.map {
            ["href": "/section/\($0.rawValue)", "label": $0.title(language), "current": current == $0.rawValue]
        }
        nav += [
            ["href": "/scenarios", "label": say("Scenario's", "Scenarios"), "current": current == "scenarios"],
            ["href": "/history", "label": say("Versies", "Versions"), "current": current == "history"],
            ["href": "/review", "label": say("Beoordelen", "Review"), "current": current == "review"],
            ["href": "/downloads", "label": say("Downloads", "Downloads"), "current": current == "downloads"],
        ]
        let other: Language = language == .nl ? .en : .nl
        let back = current == "home" ? "/" : (Section(rawValue: current) != nil ? "/section/\(current)" : "/\(current)")
        return render(
            "layout",
            [
                "lang": language.rawValue, "title": title, "heading": heading ?? title, "body": body, "nav": nav,
                "networkName": networkName.isEmpty ? say("nieuw netwerk", "new network") : networkName,
                "hasErrors": !errors.isEmpty,
                "errors": errors.map {
                    [
                        "href": current == "scenarios" || current == $0.section.rawValue
                            ? "#\($0.field)" : "/section/\($0.section.rawValue)?check=1#\($0.field)",
                        "message": $0.message,
                    ]
                },
                "hasAdvice": advice != nil, "advice": advice ?? "", "notice": notice ?? "", "hasNotice": notice != nil,
                "otherLanguage": other.rawValue, "otherLanguageLabel": other == .en ? "English" : "Nederlands",
                "otherLanguageHref": "/language/\(other.rawValue)?back=\(back)",
                "t": PageTexts.texts(language),
            ])
    }
}

/// Why the workspace could not start.
public enum WorkspaceError: Error, CustomStringConvertible {
    /// The templates and assets were not found next to the binary.
    case missingResources
    /// Another `fundplan serve` has the folder open.
    case folderInUse(String)

    /// What went wrong, for the terminal.
    public var description: String {
        switch self {
        case .missingResources:
            "the workspace's templates were not found next to the binary (\(WorkspaceResources.bundleFolderName))"
        case .folderInUse(let path): "another fundplan serve has \(path) open; stop it first"
        }
    }
}
