import Foundation

/// `fundplan init`'s questions: the answers a coordinator can give, each checked as it is typed
/// with the schema's rules, turned into a network profile that validates.
///
/// Amounts, percentages and dates are read the way people type them (``TypedInput``), choices by
/// number, token or label (``VocabularyChoice``). Started from an existing profile, every
/// question offers its value as the default (an empty answer keeps it).
public struct ProfileInterview {
    /// The language of the questions, the choices' labels and the texts written.
    public var language: Language
    /// The catalogue whose themes the profile may name.
    public var catalogue: Catalogue
    /// A profile to start from (an example), or `nil` for a new one.
    public var start: NetworkProfile?

    /// An interview in `language` that offers `start`'s values as defaults.
    public init(language: Language, catalogue: Catalogue, startingFrom start: NetworkProfile? = nil) {
        self.language = language
        self.catalogue = catalogue
        self.start = start
    }

    /// Asks every question on `console` and returns the profile.
    ///
    /// - Throws: ``InterviewError`` when the answers end before the last question.
    public func run(_ console: any InterviewConsole) throws(InterviewError) -> NetworkProfile {
        let asker = Asker(console: console, language: language)
        let say = asker.wording
        let tag = language.rawValue
        let start = self.start
        console.show(
            say(
                "Beschrijf uw netwerk. Een leeg antwoord neemt de waarde tussen [haakjes].",
                "Describe your network. An empty answer takes the value in [brackets]."))
        let name = try asker.ask("Naam van het netwerk", "Name of the network", default: start?.name.text(in: language))
        { asker.text($0) }
        let purpose = try asker.ask(
            "Het doel in één zin: voor wie verandert wat?", "The purpose in one sentence: what changes for whom?",
            default: start?.purpose.text(in: language)
        ) { asker.text($0, maximum: 1_000) }
        let id = try asker.ask(
            "Korte id van het netwerk", "Short id of the network", default: start?.id ?? Asker.slug(name),
            Asker.identifier)
        console.show(say("Thema's:", "Themes:"))
        let themeOptions = catalogue.themes.map {
            ($0.id, $0.id, [$0.label.text(in: language), $0.label.text(in: language == .nl ? .en : .nl)])
        }
        for (index, theme) in themeOptions.enumerated() { console.show("  \(index + 1). \(theme.2[0]) (\(theme.1))") }
        let themes = try asker.ask(
            "Thema's (nummers of namen, gescheiden door komma's)", "Themes (numbers or names, separated by commas)",
            default: start.map { $0.themes.joined(separator: ", ") }
        ) { typed in
            VocabularyChoice.pickSeveral(typed) { VocabularyChoice.pick($0, options: themeOptions) }
        }
        console.show(say("Doelgroepen:", "Target groups:"))
        asker.list(TargetGroup.self)
        let groups = try asker.ask(
            "Doelgroepen (nummers of namen)", "Target groups (numbers or names)",
            default: start.map { $0.targetGroups.map(\.rawValue).joined(separator: ", ") }
        ) { VocabularyChoice.pickSeveral($0, among: TargetGroup.self) }
        let place = try asker.ask(
            "Gemeente waar het netwerk werkt", "Municipality where the network works", default: start?.region.name
        ) { asker.text($0) }
        console.show(say("Provincie:", "Province:"))
        let provinces = Province.options(language)
        for (index, province) in provinces.enumerated() {
            console.show("  \(index + 1). \(province.2[0]) (\(province.1))")
        }
        let region = try asker.ask(
            "Provincie (nummer of naam)", "Province (number or name)", default: start?.region.code
        ) {
            VocabularyChoice.pick($0, options: provinces)
        }
        let founded = try asker.ask(
            "Opgericht op (dag/maand/jaar)", "Founded on (day/month/year)", default: start?.founded.description,
            TypedInput.date)
        console.show(say("Rechtsvorm:", "Legal form:"))
        asker.list(NetworkLegalForm.self)
        let legalForm = try asker.ask(
            "Rechtsvorm (nummer of naam)", "Legal form (number or name)", default: start?.legalForm.rawValue
        ) {
            VocabularyChoice.pick($0, among: NetworkLegalForm.self)
        }
        let startYear = try asker.ask(
            "Eerste jaar van het plan", "First year of the plan",
            default: "\(start?.budget.startYear ?? founded.year + 1)"
        ) {
            TypedInput.whole($0, in: 2000...2100)
        }
        let horizon = try asker.ask(
            "Aantal jaren van het plan (1 tot 6)", "Number of years of the plan (1 to 6)",
            default: "\(start?.budget.horizonYears ?? 3)"
        ) {
            TypedInput.whole($0, in: 1...6)
        }
        let years = startYear...(startYear + horizon - 1)
        let partners = try PartnerQuestions(asker: asker, years: years, founded: founded.year, statementLanguage: tag)
            .ask(keeping: start?.partners ?? [])
        let assets = try AssetQuestions(asker: asker, partners: partners).ask(keeping: start?.assets ?? [])
        let volunteers = try asker.ask(
            "Uren van vrijwilligers per maand voor het netwerk", "Volunteer hours a month for the network",
            default: "\(start?.volunteerHoursPerMonth ?? 0)"
        ) { TypedInput.whole($0, in: 0...10_000) }
        let staff = try asker.ask(
            "Uren van personeel per maand voor het netwerk", "Staff hours a month for the network",
            default: "\(start?.staffHoursPerMonth ?? 0)"
        ) { TypedInput.whole($0, in: 0...10_000) }
        let manifesto = try asker.ask(
            "Is er een waardenkader of manifest? (ja/nee)", "Is there a value framework or manifesto? (yes/no)",
            default: (start?.hasManifesto ?? false) ? say("ja", "yes") : say("nee", "no"), TypedInput.yesNo)
        let reserves = try asker.ask(
            "Reserves bij de start (euro)", "Reserves at the start (euros)",
            default: start.map { plain($0.budget.reserves) } ?? "0", TypedInput.amount)
        let costs = try CostQuestions(asker: asker, years: years).ask(
            keeping: start?.budget.costs.filter { years.contains($0.year) } ?? [])
        let indicators = try IndicatorQuestions(asker: asker, years: years, nameLanguage: tag).ask(
            keeping: start?.outputIndicators ?? [])
        let maximumShare = try asker.ask(
            "Hoogstens welk deel van de inkomsten uit één bron? (%)",
            "At most what share of income from one source? (%)",
            default: percent(start?.preferences.maximumShareOfOneSource ?? BasisPoints(4_000)), TypedInput.percentage)
        let maximumPublic = try asker.ask(
            "Hoogstens welk deel publiek geld? (%)", "At most what share of public money? (%)",
            default: percent(start?.preferences.maximumPublicShare ?? BasisPoints(6_000)), TypedInput.percentage)
        let hourlyRate = try asker.ask(
            "Waarde van één uur inzet (euro)", "Value of one hour of effort (euros)",
            default: start.map { plain($0.preferences.hourlyRate) } ?? "35", TypedInput.amount)
        var profile = NetworkProfile(
            id: id, isFictional: false, name: LocalizedText([(tag, name)]), purpose: LocalizedText([(tag, purpose)]),
            themes: themes, targetGroups: groups, region: .init(code: region, name: place),
            // Kept from the starting profile (not asked): its municipalities while the region stays, the
            // licences of partners that remain, and the value of a staff and a volunteer hour.
            municipalities: start.flatMap { $0.region.code == region ? $0.municipalities : nil } ?? [],
            founded: founded, legalForm: legalForm,
            partners: partners, assets: assets,
            licences: (start?.licences ?? []).filter { licence in partners.contains { $0.id == licence.holder } },
            volunteerHoursPerMonth: volunteers, staffHoursPerMonth: staff,
            staffHourValue: start?.staffHourValue, volunteerHourValue: start?.volunteerHourValue,
            hasManifesto: manifesto,
            budget: .init(startYear: startYear, horizonYears: horizon, reserves: reserves, costs: costs),
            preferences: .init(
                maximumShareOfOneSource: maximumShare, maximumPublicShare: maximumPublic, hourlyRate: hourlyRate,
                excludedModels: start?.preferences.excludedModels ?? [],
                pinnedModels: start?.preferences.pinnedModels ?? []),
            origin: SourcePosition(file: "fundplan init", line: 0))
        profile.outputIndicators = indicators
        return profile
    }

    private func plain(_ money: Money) -> String {
        money.cents % 100 == 0 ? "\(money.cents / 100)" : money.decimalEuros
    }

    private func percent(_ share: BasisPoints) -> String {
        share.formatted(language).replacingOccurrences(of: " %", with: "")
    }
}

/// The provinces of Flanders and Brussels as ISO 3166-2 codes, the form `network-1.xsd` records.
enum Province {
    static func options(_ language: Language) -> [(String, String, [String])] {
        let provinces: [(String, String, String)] = [
            ("BE-VAN", "Antwerpen", "Antwerp"), ("BE-VLI", "Limburg", "Limburg"),
            ("BE-VOV", "Oost-Vlaanderen", "East Flanders"),
            ("BE-VBR", "Vlaams-Brabant", "Flemish Brabant"), ("BE-VWV", "West-Vlaanderen", "West Flanders"),
            ("BE-BRU", "Brussels Hoofdstedelijk Gewest", "Brussels-Capital Region"),
        ]
        return provinces.map { ($0.0, $0.0, language == .nl ? [$0.1, $0.2] : [$0.2, $0.1]) }
    }
}
