import ArgumentParser

/// `fundplan catalogue`: browse the revenue models.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Browse the catalogue of revenue models (venue hire, catering, grants, sponsorship…).",
        subcommands: [CatalogueListCommand.self, CatalogueShowCommand.self],
        defaultSubcommand: CatalogueListCommand.self
    )
}
