import Foundation
import FundingPlanner
import Hummingbird

/// Opening an uploaded profile that the CLI refuses: each problem at its section and field.
extension Workspace {
    /// A file that is well-formed and within the limits becomes the working draft (never
    /// `profile.xml`), and the page lists the problems as the CLI's checks word them, each linked
    /// to the field that holds the wrong value; a refused file (an entity bomb, an external entity,
    /// not XML, another root) changes nothing.
    func openWithProblems(_ file: [UInt8], problems: [Diagnostic], revision: Int, language: Language) async throws
        -> Response
    {
        let say = Say(language)
        let text = String(decoding: file, as: UTF8.self)
        let described = problems.filter { $0.severity == .error }.prefix(50).map {
            "<li>" + Self.escape(UploadErrors.describe($0, in: text, language: language)) + "</li>"
        }
        let (loose, _) = checker.readLoose(file)
        guard var form = loose else {
            return Reply.html(
                pages.page(
                    language: language, title: say("Dit bestand kan niet geopend worden", "This file cannot be opened"),
                    body: "<p>"
                        + say(
                            "Niets is gewijzigd: dit bestand wordt geweigerd. De reden:",
                            "Nothing was changed: this file is refused. The reason:")
                        + "</p><ul class=\"changes\">\(described.joined())</ul>",
                    current: "downloads", networkName: ""),
                status: .unprocessableContent)
        }
        let current = await store.current()
        form.nextKey = max(form.nextKey, current.nextKey)
        let checked = checker.check(form, language: language)
        do {
            try await store.apply(form, expecting: revision, xml: nil)
        } catch {
            guard let theirs = StoreError.theirs(error) else { throw error }
            return conflictPage(mine: form, theirs: theirs, back: "/downloads", language: language)
        }
        let body =
            "<p>"
            + say(
                "Het bestand is geopend als werkversie; profile.xml blijft ongewijzigd tot elk probleem opgelost is. Volg een link om het veld aan te passen.",
                "The file is opened as the working draft; profile.xml stays unchanged until every problem is fixed. Follow a link to change the field."
            ) + "</p><h2>" + say("Wat de controle in het bestand vond", "What the check found in the file")
            + "</h2><ul class=\"changes\">\(described.joined())</ul>"
        return Reply.html(
            pages.page(
                language: language, title: say("Geopend, met problemen", "Opened, with problems"), body: body,
                current: "downloads", networkName: form.name, errors: checked.errors))
    }
}
