import ArgumentParser
import FundingPlanner

/// `fundplan catalogue show ID`: everything about one model.
struct CatalogueShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything about one revenue model: figures and their basis, prerequisites, risks, sources.",
        discussion: "Example: fundplan catalogue show social-cafe --lang en"
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Argument(
        help: ArgumentHelp("The model's id, as in the first column of `fundplan catalogue list`.", valueName: "id"))
    var id: String

    @Option(help: "Output format: text or xml.")
    var format: DocumentFormat = .text

    func run() throws {
        let catalogue = try catalogueOptions.load()
        guard let model = catalogue.model(id: id) else {
            let close = catalogue.models.map(\.id).filter { $0.contains(id) || id.contains($0) }
            let hint =
                close.isEmpty
                ? "run `fundplan catalogue list` to see all ids"
                : "did you mean \(close.prefix(3).joined(separator: ", "))?"
            throw ValidationError("no revenue model with id '\(id)'; \(hint)")
        }
        switch format {
        case .text:
            StandardOutput.write(RevenueModelDescription.text(model, catalogue: catalogue, language: language.lang))
        case .xml:
            StandardOutput.write(CatalogueXMLWriter.document(catalogue, models: [model]))
        }
    }
}
