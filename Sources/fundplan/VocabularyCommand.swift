import ArgumentParser
import Foundation
import FundingPlanner

/// `fundplan vocabulary [LIST]`: the values a file may use, with their Dutch and English labels.
struct VocabularyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract:
            "List the allowed values (themes, target groups, partner types…) with their Dutch and English labels.",
        discussion: """
            Without a name, lists every list. Write the value of the first column in your file; \
            `fundplan init` and `fundplan import` also accept the labels.
            Example: fundplan vocabulary target-groups
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Argument(
        help: ArgumentHelp("The list to show, for example themes or partner-types (default: all).", valueName: "list"))
    var list: String?

    func run() throws {
        let lists = VocabularyIndex.lists(catalogue: try catalogueOptions.load())
        let nl = language.lang == .nl
        var chosen = lists
        if let list {
            guard let found = lists.first(where: { $0.name == list }) else {
                throw ValidationError(
                    "unknown list '\(list)'; choose one of: \(lists.map(\.name).joined(separator: ", "))")
            }
            chosen = [found]
        }
        var text = ""
        for list in chosen {
            text += "\(list.name)  (\(nl ? "gebruikt in" : "used in") \(list.usedIn))\n"
            let width = list.entries.map(\.token.count).max() ?? 0
            for entry in list.entries {
                let token = entry.token.padding(toLength: width, withPad: " ", startingAt: 0)
                text += "  \(token)  \(nl ? entry.dutch : entry.english)  ·  \(nl ? entry.english : entry.dutch)\n"
            }
            text += "\n"
        }
        StandardOutput.write(text)
    }
}
