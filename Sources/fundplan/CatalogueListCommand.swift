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

    @Option(
        help: ArgumentHelp(
            "Only models in this category (repeatable; the token or its Dutch or English label): \(RevenueCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "category"))
    var category: [String] = []

    @Option(
        help: ArgumentHelp(
            "Only models with this theme (repeatable; a model with any of the themes is listed), for example hospitality or horeca.",
            valueName: "theme"))
    var theme: [String] = []

    @Option(
        name: .customLong("resource-type"),
        help: ArgumentHelp("Only models of this resource type: market, public or reciprocity.", valueName: "type"))
    var resourceType: ResourceType?

    @Option(
        help: ArgumentHelp(
            "Only models whose name or description holds this text, in Dutch or English.", valueName: "text"))
    var search: String?

    @Flag(name: .customLong("no-bom"), help: "Write CSV without the byte-order mark Excel needs to read accents.")
    var withoutByteOrderMark = false

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of the terminal (replaced atomically).", valueName: "file"))
    var output: String?

    func validate() throws {
        for name in category {
            if case .failure(let problem) = VocabularyChoice.pick(name, among: RevenueCategory.self) {
                throw ValidationError(problem.text(language.lang))
            }
        }
        if let output, catalogueOptions.paths.contains(output) {
            throw ValidationError("the output file \(output) is also an input catalogue; choose another output path")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.load()
        let themeOptions = catalogue.themes.map { ($0.id, $0.id, [$0.label.text(in: .nl), $0.label.text(in: .en)]) }
        var themes: Set<String> = []
        for name in theme {
            switch VocabularyChoice.pick(name, options: themeOptions) {
            case .success(let id): themes.insert(id)
            case .failure(let problem): throw ValidationError(problem.text(language.lang))
            }
        }
        let categories = Set(category.compactMap { try? VocabularyChoice.pick($0, among: RevenueCategory.self).get() })
        let models = catalogue.models.filter { model in
            (categories.isEmpty || categories.contains(model.category))
                && (themes.isEmpty || !themes.isDisjoint(with: model.alignment.themes))
                && (resourceType == nil || model.taxonomy.resourceType == resourceType)
                && (search.map { CatalogueSearch.matches(model, $0) } ?? true)
        }
        let text: String
        switch format {
        case .text: text = CatalogueTable.text(models, language: language.lang)
        case .csv:
            text =
                (withoutByteOrderMark ? "" : CSVWriter.byteOrderMark)
                + CSVWriter().text(CatalogueTable.csvRows(models, catalogue: catalogue))
        case .xml: text = CatalogueXMLWriter.document(catalogue, models: models)
        }
        try OutputDestination.write(text, to: output)
    }
}

extension ResourceType: ExpressibleByArgument {}
