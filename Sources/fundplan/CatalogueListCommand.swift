public import ArgumentParser
public import FundingPlanner

/// `fundplan catalogue list`: the models as a table, CSV or XML, optionally filtered.
struct CatalogueListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the revenue models, as a table, CSV or XML.",
        discussion: """
        Examples:
          fundplan catalogue list --lang en
          fundplan catalogue list --theme hospitality --category earned-income
          fundplan catalogue list --format csv -o models.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, xml, csv
    }

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text (a table), csv (for spreadsheets) or xml (a catalogue file).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Only models in this category (repeatable): \(RevenueCategory.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "category"))
    var category: [String] = []

    @Option(help: ArgumentHelp("Only models with this theme (repeatable), e.g. hospitality, digital-skills.", valueName: "theme"))
    var theme: [String] = []

    @Option(name: .customLong("resource-type"), help: ArgumentHelp("Only models of this resource type: market, public or reciprocity.", valueName: "type"))
    var resourceType: ResourceType?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of the terminal (replaced atomically).", valueName: "file"))
    var output: String?

    func validate() throws {
        for name in category where RevenueCategory(rawValue: name) == nil {
            throw ValidationError("unknown category '\(name)'; use one of: \(RevenueCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let output, catalogueOptions.paths.contains(output) {
            throw ValidationError("the output file \(output) is also an input catalogue; choose another output path")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.load()
        for name in theme where catalogue.theme(id: name) == nil {
            throw ValidationError("unknown theme '\(name)'; known themes: \(catalogue.themes.map(\.id).joined(separator: ", "))")
        }
        let categories = Set(category.compactMap(RevenueCategory.init(rawValue:)))
        let models = catalogue.models.filter { model in
            (categories.isEmpty || categories.contains(model.category))
                && (theme.isEmpty || !Set(theme).isDisjoint(with: model.alignment.themes))
                && (resourceType == nil || model.taxonomy.resourceType == resourceType)
        }
        let text: String
        switch format {
        case .text: text = CatalogueTable.text(models, language: language.lang)
        case .csv: text = CSVWriter().text(CatalogueTable.csvRows(models, catalogue: catalogue))
        case .xml: text = CatalogueXMLWriter.document(catalogue, models: models)
        }
        try OutputDestination.write(text, to: output)
    }
}

extension ResourceType: ExpressibleByArgument {}
