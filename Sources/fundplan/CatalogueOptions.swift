public import ArgumentParser
public import FundingPlanner

/// Options every command that reads the catalogue shares.
struct CatalogueOptions: ParsableArguments {
    @Option(
        name: .customLong("catalogue"),
        help: ArgumentHelp(
            "A catalogue file or folder to add to the built-in catalogue (repeatable). A model with the same id replaces the built-in one.",
            valueName: "path"
        )
    )
    var paths: [String] = []

    @Flag(name: .customLong("no-default-catalogue"), help: "Use only the catalogues given with --catalogue.")
    var withoutDefault = false

    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp(
            "A concept lexicon file or folder to add to the built-in lexicon (repeatable). A concept with the same id replaces the built-in one.",
            valueName: "path"
        )
    )
    var lexiconPaths: [String] = []

    /// Loads the catalogue, printing warnings; throws the exit code on errors.
    func load() throws(ExitCode) -> Catalogue {
        try loadFiles().catalogue
    }

    /// Loads the catalogue with the files it was read from (each with its digest).
    func loadFiles() throws(ExitCode) -> CatalogueLoader.Loaded {
        try loadWithLexiconFiles().catalogue
    }

    /// Loads the catalogue, with the user's lexicon files when `--lexicon` is given; with
    /// `recordsDigests`, returns the catalogue's files and the user's lexicon files (each with its
    /// digest), for a plan's inputs.
    func loadWithLexiconFiles(recordsDigests: Bool = false) throws(ExitCode) -> (
        catalogue: CatalogueLoader.Loaded, lexiconFiles: [SourceFile]
    ) {
        do {
            var loader = CatalogueLoader(additionalPaths: paths, includesDefault: !withoutDefault)
            loader.recordsDigests = recordsDigests
            var loaded = try loader.load()
            Terminal.report(loaded.warnings)
            guard !lexiconPaths.isEmpty else { return (loaded, []) }
            let lexicon = try LexiconLoader(additionalPaths: lexiconPaths).load()
            Terminal.report(lexicon.warnings)
            loaded.catalogue.lexicon = lexicon.lexicon
            return (loaded, lexicon.files.filter { !$0.label.hasPrefix("(built-in)") })
        } catch {
            throw Terminal.fail(error)
        }
    }
}

/// The language of human-readable output and messages, and how much detail messages show.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the output and of the messages: nl (Dutch) or en (English).")
    var lang: Language = .nl

    @Flag(name: .long, help: "Also print the XML library's own wording under each translated message.")
    var verbose = false

    /// Makes every message printed from now on follow these options.
    mutating func validate() throws {
        Terminal.use(language: lang, verbose: verbose)
    }
}

extension Language: ExpressibleByArgument {}
