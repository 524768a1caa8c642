/// A term of the catalogue's controlled vocabulary: a theme (lifelong learning, hospitality…)
/// or a mechanism by which running an activity serves a purpose (participants practise skills…).
public struct VocabularyTerm: Sendable, Hashable, Identifiable {
    /// The term's identifier, which models and profiles refer to (`ref`), for example `hospitality`.
    public var id: String
    /// The term's short label, in Dutch and English.
    public var label: LocalizedText
    /// What the term means, in a sentence or two.
    public var description: LocalizedText
    /// Where the term was defined: file and line.
    public var origin: SourcePosition
}

/// A publication or data set that catalogue figures cite.
public struct CatalogueSource: Sendable, Hashable, Identifiable {
    /// The source's identifier, which models cite (`<cite ref>`) and figures name (`source`).
    public var id: String
    /// The full reference: authors, title, publisher, year.
    public var citation: String
    /// Where to read the source online, if anywhere.
    public var url: String?
}

/// The revenue models a plan can choose from: the built-in default catalogue plus any
/// catalogue files the user adds, merged in order (a later model with the same id replaces an
/// earlier one).
public struct Catalogue: Sendable {
    /// All models, in the order they were first defined.
    public private(set) var models: [RevenueModel] = []
    /// Themes by id, in the order first defined.
    public private(set) var themes: [VocabularyTerm] = []
    /// Mechanisms by id, in the order first defined.
    public private(set) var mechanisms: [VocabularyTerm] = []
    /// Cited sources, in the order first defined.
    public private(set) var sources: [CatalogueSource] = []
    /// For each model replaced by a later file: the id and the position of the replacing model.
    public private(set) var overrides: [(id: String, replacedBy: SourcePosition)] = []
    /// The concepts that purposes, statements and model texts are mapped to (the built-in
    /// lexicon unless the user extends it with `--lexicon`).
    ///
    /// The built-in lexicon is loaded when first asked for, not when a catalogue is made: loading
    /// a catalogue does not need it.
    public var lexicon: ConceptLexicon {
        get { chosenLexicon ?? .builtIn }
        set { chosenLexicon = newValue }
    }
    /// The regions a model's eligibility names (the shipped region list, loaded when first asked for).
    public var regions: RegionList {
        get { chosenRegions ?? .builtIn }
        set { chosenRegions = newValue }
    }
    private var chosenLexicon: ConceptLexicon?
    private var chosenRegions: RegionList?

    private var modelIndex: [String: Int] = [:]
    private var themeIndex: [String: Int] = [:]
    private var mechanismIndex: [String: Int] = [:]
    private var sourceIndex: [String: Int] = [:]

    /// An empty catalogue.
    public init() {}

    /// The model with this id.
    public func model(id: String) -> RevenueModel? {
        modelIndex[id].map { models[$0] }
    }

    /// The theme with this id.
    public func theme(id: String) -> VocabularyTerm? {
        themeIndex[id].map { themes[$0] }
    }

    /// The mechanism with this id.
    public func mechanism(id: String) -> VocabularyTerm? {
        mechanismIndex[id].map { mechanisms[$0] }
    }

    /// The source with this id.
    public func source(id: String) -> CatalogueSource? {
        sourceIndex[id].map { sources[$0] }
    }

    /// Adds generated models with the vocabulary and sources of `base` (for the benchmark).
    package mutating func addForBenchmark(models: [RevenueModel], like base: Catalogue) {
        merge(
            CatalogueFile(
                path: "benchmark", id: "benchmark", version: "1", title: LocalizedText(),
                themes: base.themes, mechanisms: base.mechanisms, sources: base.sources, models: models))
    }

    /// Puts `model` in the place of the model with its id (a scenario's changed yield); nothing
    /// when no model has that id.
    mutating func replaceModel(_ model: RevenueModel) {
        guard let position = modelIndex[model.id] else { return }
        models[position] = model
    }

    mutating func merge(_ file: CatalogueFile) {
        for term in file.themes { Self.upsert(term, into: &themes, index: &themeIndex) }
        for term in file.mechanisms { Self.upsert(term, into: &mechanisms, index: &mechanismIndex) }
        for source in file.sources { Self.upsert(source, into: &sources, index: &sourceIndex) }
        for model in file.models {
            if modelIndex[model.id] != nil { overrides.append((model.id, model.origin)) }
            Self.upsert(model, into: &models, index: &modelIndex)
        }
    }

    private static func upsert<Value: Identifiable>(
        _ value: Value, into values: inout [Value], index: inout [String: Int]
    ) where Value.ID == String {
        if let position = index[value.id] {
            values[position] = value
        } else {
            index[value.id] = values.count
            values.append(value)
        }
    }
}

/// What one catalogue file holds, before merging.
struct CatalogueFile: Sendable {
    var path: String
    var id: String
    var version: String
    var title: LocalizedText
    var themes: [VocabularyTerm] = []
    var mechanisms: [VocabularyTerm] = []
    var sources: [CatalogueSource] = []
    var models: [RevenueModel] = []
}
