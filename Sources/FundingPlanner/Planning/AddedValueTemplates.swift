/// "What's in it for you": the added value of the network for one type of funder (seed: showing added value and
/// how a government can co-create impact is the big catalyst; companies look for ways to motivate staff and offer
/// stimulating work).
enum AddedValueTemplates {
    /// Two to four sentences on what the network offers `funder`, in `language`.
    ///
    /// The first sentence introduces the network from `context`: its place, its partners by type ("7 partners,
    /// among them 2 schools and 3 companies") and its purpose. Then come two sentences written for this type of
    /// funder, naming the target groups, and, when the plan holds models this funder pays for, one sentence that
    /// names them with the plan years. Only facts from `context` are used; nothing is counted or invented.
    ///
    /// - Parameters:
    ///   - funder: The type of funder the text addresses.
    ///   - context: The network's name, purpose, place, target groups, partner counts, chosen models and years.
    ///   - language: The language of the text.
    /// - Returns: The text, sentences separated by single spaces.
    static func text(for funder: FunderType, context: AddedValueContext, language: Language) -> String {
        let phrases = AddedValuePhrases(context: context, language: language)
        var sentences = [phrases.introduction]
        sentences += phrases.funderSentences(funder)
        if let models = phrases.modelsSentence { sentences.append(models) }
        return sentences.joined(separator: " ")
    }
}

/// The pieces of an added-value text, worded in one language.
private struct AddedValuePhrases {
    let context: AddedValueContext
    let w: Wording

    init(context: AddedValueContext, language: Language) {
        self.context = context
        w = Wording(language: language)
    }

    var nl: Bool { w.language == .nl }

    /// The target groups with their labels, in the given order without repeats; "participants" when none.
    var targets: String {
        var seen: Set<TargetGroup> = []
        let labels = context.targetGroups.filter { seen.insert($0).inserted }.map { $0.label(w.language) }
        return labels.isEmpty ? w("de deelnemers", "participants") : list(labels)
    }

    /// " in de regio Kortrijk" / " in the Kortrijk area", or nothing when the place is unknown.
    var inPlace: String {
        let place = trimmed(context.place)
        return place.isEmpty ? "" : w(" in de regio \(place)", " in the \(place) area")
    }

    /// All partners, with the up to three most frequent types; nil when no partner is counted.
    var partners: String? {
        let counts = PartnerType.allCases.compactMap { type in
            context.partnerCounts[type].flatMap { $0 > 0 ? (type, $0) : nil }
        }
        let total = counts.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        if counts.count == 1, let only = counts.first { return counted(only.0, only.1) }
        let ranked = counts.enumerated().sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }.prefix(3)
        let named = ranked.sorted { $0.offset < $1.offset }.map { counted($0.element.0, $0.element.1) }
        let all = "\(total) partner" + (total == 1 ? "" : "s")
        let listsAll = ranked.count == counts.count
        return all + " (" + (listsAll ? "" : w("waaronder ", "among them ")) + list(named) + ")"
    }

    /// The purpose between quotes, ending in punctuation; nil when empty.
    var quotedPurpose: String? {
        let purpose = trimmed(context.purpose)
        guard let last = purpose.last else { return nil }
        return "‘" + purpose + (".!?".contains(last) ? "" : ".") + "’"
    }

    /// The plan years: "van 2026 tot en met 2028" / "from 2026 to 2028", or "in 2026".
    var years: String {
        context.lastYear > context.firstYear
            ? w(
                "van \(context.firstYear) tot en met \(context.lastYear)",
                "from \(context.firstYear) to \(context.lastYear)")
            : "in \(context.firstYear)"
    }

    /// One sentence: where the network works, who takes part and why.
    var introduction: String {
        let name = trimmed(context.networkName)
        let place = trimmed(context.place)
        let named = name.isEmpty ? w("het netwerk", "the network") : name
        var sentence: String
        if let partners {
            // "In de regio Lier brengt X 7 partners (…) samen" / "In the Lier area, X brings together 7 partners (…)".
            sentence =
                place.isEmpty
                ? capitalised(named) + w(" brengt \(partners) samen", " brings together \(partners)")
                : w(
                    "In de regio \(place) brengt \(named) \(partners) samen",
                    "In the \(place) area, \(named) brings together \(partners)")
        } else {
            sentence = capitalised(named) + w(" werkt", " works") + inPlace
        }
        if let purpose = quotedPurpose {
            return sentence + w(" rond één gedeeld doel: ", " around one shared purpose: ") + purpose
        }
        return sentence
            + (partners == nil && inPlace.isEmpty ? w(" aan een gedeeld doel.", " towards a shared purpose.") : ".")
    }

    /// "In dit plan gaat het om ‘…’ en ‘…’, van 2026 tot en met 2028."; nil when no model is chosen.
    var modelsSentence: String? {
        let names = context.chosenModels.map(trimmed).filter { !$0.isEmpty }.map { "‘" + $0 + "’" }
        guard !names.isEmpty else { return nil }
        return w("In dit plan gaat het concreet om ", "In this plan, that concretely means ") + list(names) + ", "
            + years + "."
    }

    /// Two sentences on what this type of funder gains.
    func funderSentences(_ funder: FunderType) -> [String] {
        let t = targets
        switch funder {
        case .municipality:
            let elections = context.lastYear >= 2029 && context.firstYear <= 2030
            return [
                w(
                    "Voor de gemeente levert het netwerk zichtbare resultaten op voor \(t), resultaten die ze kan koppelen aan doelen uit haar meerjarenplan, "
                        + (elections ? "nog vóór de lokale verkiezingen van 2030." : "tijdens deze legislatuur."),
                    "For the municipality, the network delivers visible results for \(t), results it can link to goals in its policy plan, "
                        + (elections ? "before the 2030 local elections." : "during this legislature.")),
                w(
                    "Zo subsidieert de gemeente niet alleen, maar maakt ze mee impact: ze denkt mee als partner en ziet wat haar steun oplevert voor haar inwoners.",
                    "The municipality does more than subsidise: it co-creates the impact as a partner and sees what its support achieves for its residents."
                ),
            ]
        case .province:
            return [
                w(
                    "Voor de provincie toont het netwerk hoe organisaties in de regio samen meer bereiken voor \(t) dan elk afzonderlijk.",
                    "For the province, the network shows how organisations in the region achieve more together for \(t) than each could alone."
                ),
                w(
                    "De provincie maakt zo mee impact en krijgt een aanpak in handen die ze ook elders in de provincie kan ondersteunen.",
                    "The province co-creates that impact and gains an approach it can support elsewhere in the province too."
                ),
            ]
        case .flemishGovernment:
            return [
                w(
                    "Voor de Vlaamse overheid brengt het netwerk haar beleidsdoelen rond levenslang leren, werk en inclusie samen op het terrein, voor \(t).",
                    "For the Flemish government, the network brings its policy goals on lifelong learning, work and inclusion together on the ground, for \(t)."
                ),
                w(
                    "Het is een praktijk die\(inPlace) wordt uitgetest en die, als ze werkt, ook in andere regio's kan worden overgenomen.",
                    "It is a practice tested\(inPlace) that, if it works, can be replicated in other regions."),
            ]
        case .federalGovernment:
            return [
                w(
                    "Voor de federale overheid is het netwerk een lokaal aanspreekpunt om \(t) te bereiken\(inPlace).",
                    "For the federal government, the network is a local point of contact to reach \(t)\(inPlace)."),
                w(
                    "Federale steun wordt er zichtbaar in concrete resultaten, waarover het netwerk verslag uitbrengt.",
                    "Federal support becomes visible there in concrete results, on which the network reports."),
            ]
        case .europeanUnion:
            return [
                w(
                    "Voor de Europese Unie sluit het netwerk aan bij de ESF+-prioriteiten werk, vaardigheden en sociale inclusie voor \(t), en wat het leert, kan over de grenzen heen gedeeld worden.",
                    "For the European Union, the network serves the ESF+ priorities of employment, skills and social inclusion for \(t), and what it learns can be shared across borders."
                ),
                w(
                    "De Europese steun staat niet alleen: de partners cofinancieren zelf, in geld of, waar de oproep dat toelaat, in natura.",
                    "European support does not stand alone: the partners co-finance it themselves, in cash or, where the call allows it, in kind."
                ),
            ]
        case .foundation:
            return [
                w(
                    "Voor een stichting biedt het netwerk meetbare maatschappelijke impact: het volgt op wat \(t) er concreet aan overhouden.",
                    "For a foundation, the network offers measurable social impact: it tracks what \(t) concretely gain from it."
                ),
                totalPartners >= 2
                    ? w(
                        "Achter de aanvraag staat een geëngageerd partnerschap van \(totalPartners) organisaties die elk nodig zijn, niet één organisatie alleen.",
                        "Behind the request stands a committed partnership of \(totalPartners) organisations, each of them needed, not a single organisation on its own."
                    )
                    : w(
                        "Achter de aanvraag staat een netwerk dat zich samen engageert, niet één organisatie alleen.",
                        "Behind the request stands a network that commits itself together, not a single organisation on its own."
                    ),
            ]
        case .company:
            let companies = context.partnerCounts[.company] ?? 0
            let alongside =
                companies <= 0
                ? ""
                : companies == 1
                    ? w(", net als het bedrijf dat al partner is", ", like the company already in the network")
                    : w(
                        ", net als de \(companies) bedrijven die al partner zijn",
                        ", like the \(companies) companies already in the network")
            let place = trimmed(context.place)
            let local = place.isEmpty ? w("lokaal ", "its community") : w("in de regio \(place) ", "the \(place) area")
            return [
                w(
                    "Voor een bedrijf biedt het netwerk kansen om medewerkers te motiveren en hen prikkelend werk te geven, bijvoorbeeld als mentor of op een teamdag met \(t).",
                    "For a company, the network offers ways to motivate staff and give them stimulating work, for example as a mentor or on a team day with \(t)."
                ),
                w(
                    "Het bedrijf leert er toekomstige medewerkers kennen en wordt zichtbaar als werkgever die zich \(local)engageert\(alongside).",
                    "The company gets to know future recruits and becomes visible as an employer committed to \(local)\(alongside)."
                ),
            ]
        case .individualDonors:
            return [
                w("Wie geeft, steunt rechtstreeks \(t)\(inPlace).", "A gift directly supports \(t)\(inPlace)."),
                w(
                    "Het netwerk laat schenkers weten wat hun gift heeft veranderd, en elke gift telt, klein of groot.",
                    "The network tells donors what their gift has changed, and every gift counts, small or large."),
            ]
        case .customers:
            return [
                w(
                    "Klanten krijgen een goede dienst aan een eerlijke prijs, die tegelijk goed doet.",
                    "Customers get a good service at a fair price that also does good."),
                w(
                    "Wat ze betalen, houdt het werk van het netwerk met \(t) mee draaiende.",
                    "What they pay helps keep the network's work with \(t) going."),
            ]
        case .members:
            return [
                w(
                    "Leden horen bij een netwerk dat zich inzet voor \(t)\(inPlace).",
                    "Members belong to a network that works for \(t)\(inPlace)."),
                w(
                    "Elk lid heeft een gelijke stem, los van het bedrag dat het betaalt: geld en macht blijven gescheiden.",
                    "Every member has an equal say, whatever the amount it pays: money and power stay separate."),
            ]
        case .partners:
            let together =
                totalPartners >= 2
                ? w("de \(totalPartners) partners", "the \(totalPartners) partners") : w("de partners", "the partners")
            return [
                w(
                    "Samen bereiken \(together) voor \(t) wat geen van hen alleen kan: elke partner is nodig, geen enkele volstaat alleen.",
                    "Together \(together) achieve for \(t) what none of them can reach alone: each partner is needed, none is enough on its own."
                ),
                w(
                    "Wat een partner inbrengt, in geld of in natura, bepaalt niet hoeveel zeggenschap hij krijgt: geld en macht blijven gescheiden.",
                    "What a partner brings, in cash or in kind, does not decide how much say it gets: money and power stay separate."
                ),
            ]
        }
    }

    // MARK: Helpers

    var totalPartners: Int {
        context.partnerCounts.keys.sorted { $0.rawValue < $1.rawValue }.reduce(0) {
            $0 + max(0, context.partnerCounts[$1] ?? 0)
        }
    }

    /// "a", "a en b", "a, b en c" (nl) / "a and b", "a, b and c" (en).
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + w(" en ", " and ") + last
    }

    /// "2 scholen", "1 bedrijf" / "2 schools", "1 company".
    func counted(_ type: PartnerType, _ count: Int) -> String {
        let forms: (nl: (String, String), en: (String, String)) =
            switch type {
            case .school: (("school", "scholen"), ("school", "schools"))
            case .trainingCentre: (("opleidingscentrum", "opleidingscentra"), ("training centre", "training centres"))
            case .company: (("bedrijf", "bedrijven"), ("company", "companies"))
            case .localGovernment: (("lokaal bestuur", "lokale besturen"), ("local government", "local governments"))
            case .ngo: (("middenveldorganisatie", "middenveldorganisaties"), ("NGO", "NGOs"))
            case .citizensGroup: (("burgerinitiatief", "burgerinitiatieven"), ("citizens' group", "citizens' groups"))
            case .library: (("bibliotheek", "bibliotheken"), ("library", "libraries"))
            case .employmentService:
                (("arbeidsbemiddelaar", "arbeidsbemiddelaars"), ("employment service", "employment services"))
            case .university:
                (
                    ("hogeschool of universiteit", "hogescholen of universiteiten"),
                    ("university or college", "universities or colleges")
                )
            case .foundation:
                (("stichting of fonds", "stichtingen of fondsen"), ("foundation or fund", "foundations or funds"))
            }
        let pair = nl ? forms.nl : forms.en
        return "\(count) " + (count == 1 ? pair.0 : pair.1)
    }

    func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        return String(text.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }

    func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
