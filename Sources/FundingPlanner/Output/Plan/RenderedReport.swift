internal import FundingPlannerXML

/// A report made from a plan, a web page or a Word document, with the language of the plan's
/// own texts.
///
/// The labels follow the language asked for. The plan's own texts (the sources' names, the
/// steps, the added value for each funder) are in the language the plan was made in, and
/// rendering does not translate them. So a Dutch plan rendered in English mixes the two. See
/// ``languageNotice(file:)``.
public struct RenderedReport: Sendable {
    /// The page or document, ready to be written to a file.
    public var bytes: [UInt8]
    /// The labels' language, as asked for.
    public var labelLanguage: Language
    /// The language of the plan's own texts: `plan.xml`'s `language`; `nil` for a plan that
    /// names a language FundingPlanner does not write, or when a custom stylesheet chose the
    /// labels.
    public var planLanguage: Language?

    /// A report of `bytes` with labels in `labelLanguage` over a plan written in `planLanguage`.
    public init(bytes: [UInt8], labelLanguage: Language, planLanguage: Language?) {
        self.bytes = bytes
        self.labelLanguage = labelLanguage
        self.planLanguage = planLanguage
    }

    /// A warning for the reader of `file` (the plan) when the labels and the plan's own texts
    /// are in different languages; `nil` when they agree.
    ///
    /// It says how to get a report in one language: make the plan again in the labels' language
    /// (the plan then differs in words only). English, with a Dutch translation.
    public func languageNotice(file: String) -> Diagnostic? {
        guard let planLanguage, planLanguage != labelLanguage else { return nil }
        var notice = Diagnostic(
            severity: .warning,
            message: "the plan's own texts (source names, steps, added value) are in "
                + "\(Self.name(of: planLanguage, in: .en)), the labels in \(Self.name(of: labelLanguage, in: .en)); "
                + "for a report in one language, make the plan again with "
                + "'fundplan plan PROFILE.xml --lang \(labelLanguage.rawValue)'",
            file: file)
        notice.translations[.nl] =
            "de teksten uit het plan zelf (namen van bronnen, stappen, meerwaarde) zijn in het "
            + "\(Self.name(of: planLanguage, in: .nl)), de opschriften in het \(Self.name(of: labelLanguage, in: .nl)); "
            + "voor een verslag in één taal: maak het plan opnieuw met "
            + "'fundplan plan PROFIEL.xml --lang \(labelLanguage.rawValue)'"
        return notice
    }

    /// The name of `language` as a reader of `readerLanguage` writes it in running text.
    static func name(of language: Language, in readerLanguage: Language) -> String {
        switch (language, readerLanguage) {
        case (.nl, .nl): "Nederlands"
        case (.en, .nl): "Engels"
        case (.nl, .en): "Dutch"
        case (.en, .en): "English"
        }
    }

    /// The language `document` (a plan) says its own texts are written in.
    static func planLanguage(of document: OwnedXMLDocument) -> Language? {
        document.rootAttribute("language").flatMap(Language.init(rawValue:))
    }
}
