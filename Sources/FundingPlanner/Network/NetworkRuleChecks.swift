internal import FundingPlannerXML

/// The rules a network profile must follow that its schema cannot express, each reported in
/// English and Dutch with what to change: known themes and models, unique partner ids,
/// contributions and costs inside the horizon, valued time that adds up, owners and holders that
/// are partners, and no two pinned models that exclude each other.
extension NetworkDecoder {
    mutating func check(_ profile: NetworkProfile) {
        let years = profile.budget.years
        let horizon = "\(years.lowerBound)–\(years.upperBound)"
        for theme in children["themes"]?.children(named: "theme") ?? [] {
            let id = theme.attribute("ref") ?? ""
            guard catalogue.theme(id: id) == nil else { continue }
            let known = Set(catalogue.themes.map(\.id))
            let closest = Suggestion.closest(to: id, among: known)
            report(
                "unknown theme '\(id)'; "
                    + (closest.map { "did you mean '\($0)'?" }
                        ?? "known themes: \(known.sorted().joined(separator: ", "))"),
                dutch: "onbekend thema '\(id)'; "
                    + (closest.map { "bedoelt u '\($0)'?" }
                        ?? "bekende thema's: \(known.sorted().joined(separator: ", ")) (zie fundplan vocabulary themes)"),
                element: theme)
        }
        var partnerIDs: Set<String> = []
        for partner in children["partners"]?.children(named: "partner") ?? [] {
            let id = partner.attribute("id") ?? ""
            guard partnerIDs.insert(id).inserted else {
                report(
                    "duplicate partner id '\(id)'; give every partner its own id",
                    dutch: "de partner-id '\(id)' komt twee keer voor; geef elke partner een eigen id", element: partner
                )
                continue
            }
            let joins = Int(partner.attribute("joins") ?? "") ?? years.lowerBound
            if joins > years.upperBound {
                report(
                    "partner '\(id)' joins in \(joins), after the plan horizon \(horizon); leave it out or extend the horizon",
                    dutch:
                        "partner '\(id)' doet pas mee vanaf \(joins), na de planperiode \(horizon); laat de partner weg of verleng de periode",
                    element: partner)
            }
            for contribution in partner.children(named: "contribution") {
                checkContribution(contribution, joins: joins, years: years)
            }
        }
        for cost in children["budget"]?.children(named: "cost") ?? [] {
            let year = Int(cost.attribute("year") ?? "") ?? 0
            if !years.contains(year) {
                report(
                    "cost line for \(year) is outside the plan horizon \(horizon); change the year or the budget's startYear/horizonYears",
                    dutch:
                        "de kostenlijn voor \(year) valt buiten de planperiode \(horizon); pas het jaar aan of de startYear/horizonYears van de begroting",
                    element: cost)
            }
        }
        for asset in children["assets"]?.children(named: "asset") ?? [] {
            if let owner = asset.attribute("owner"), !partnerIDs.contains(owner) {
                report(
                    "unknown partner '\(owner)' as owner of this asset; use the id of one of the partners",
                    dutch: "onbekende partner '\(owner)' als eigenaar; gebruik de id van een van de partners",
                    element: asset)
            }
        }
        var blocIDs: Set<String> = []
        for bloc in children["blocs"]?.children(named: "bloc") ?? [] {
            let id = bloc.attribute("id") ?? ""
            if !blocIDs.insert(id).inserted {
                report(
                    "duplicate bloc id '\(id)'; give every bloc its own id",
                    dutch: "de blok-id '\(id)' komt twee keer voor; geef elk blok een eigen id", element: bloc)
            }
            var members: Set<String> = []
            for member in bloc.children(named: "member") {
                let partner = member.attribute("partner") ?? ""
                if !partnerIDs.contains(partner) {
                    report(
                        "unknown partner '\(partner)' as member of bloc '\(id)'; use the id of one of the partners",
                        dutch:
                            "onbekende partner '\(partner)' als lid van blok '\(id)'; gebruik de id van een van de partners",
                        element: member)
                } else if !members.insert(partner).inserted {
                    report(
                        "partner '\(partner)' is listed twice in bloc '\(id)'; list each member once",
                        dutch: "partner '\(partner)' staat twee keer in blok '\(id)'; vermeld elk lid één keer",
                        element: member)
                }
            }
        }
        for licence in children["licences"]?.children(named: "licence") ?? [] {
            if let holder = licence.attribute("holder"), !partnerIDs.contains(holder) {
                report(
                    "unknown partner '\(holder)' as holder of this licence; use the id of one of the partners",
                    dutch:
                        "onbekende partner '\(holder)' als houder van deze vergunning; gebruik de id van een van de partners",
                    element: licence)
            }
        }
        var codes: Set<String> = []
        for municipality in municipalities {
            let code = municipality.attribute("nis") ?? ""
            if !codes.insert(code).inserted {
                report(
                    "municipality \(code) is listed twice; list each municipality once",
                    dutch: "gemeente \(code) staat er twee keer; vermeld elke gemeente één keer", element: municipality)
            }
        }
        checkIndicators(years: years)
        checkModelChoices(profile)
    }

    private mutating func checkContribution(_ contribution: XMLElement, joins: Int, years: ClosedRange<Int>) {
        let horizon = "\(years.lowerBound)–\(years.upperBound)"
        let year = Int(contribution.attribute("year") ?? "") ?? 0
        if !years.contains(year) {
            report(
                "contribution in \(year) is outside the plan horizon \(horizon); change the year or the budget's startYear/horizonYears",
                dutch:
                    "de bijdrage in \(year) valt buiten de planperiode \(horizon); pas het jaar aan of de startYear/horizonYears van de begroting",
                element: contribution)
        } else if year < joins {
            report(
                "contribution in \(year) is before the partner joins (\(joins)); correct the year or the joins attribute",
                dutch: "de bijdrage in \(year) valt vóór de partner meedoet (\(joins)); verbeter het jaar of joins",
                element: contribution)
        }
        let kind = contribution.attribute("kind") ?? "cash"
        if kind != "cash" && contribution.attribute("valuation") == nil {
            report(
                "a contribution of kind \(kind) needs a valuation method: add valuation=\"hours-times-rate\", \"market-price\" or \"cost-price\"",
                dutch:
                    "een bijdrage van soort \(kind) heeft een waardering nodig: voeg valuation=\"hours-times-rate\" (uren maal tarief), \"market-price\" (marktprijs) of \"cost-price\" (kostprijs) toe",
                element: contribution)
        }
        let hours = contribution.attribute("hours").flatMap { Int($0) }
        let rate = contribution.attribute("hourlyRate").flatMap { Money(euros: $0) }
        if (hours == nil) != (rate == nil) {
            report(
                "give both hours and hourlyRate, or neither: the amount must be hours times the rate",
                dutch:
                    "geef zowel hours als hourlyRate, of geen van beide: het bedrag is het aantal uren maal het tarief",
                element: contribution)
        } else if let hours, let rate, let amount = contribution.attribute("amount").flatMap({ Money(euros: $0) }) {
            let product = Money(cents: rate.cents * Int64(hours))
            if kind == "cash" {
                report(
                    "a cash contribution has no hours or hourly rate; use kind=\"staff\" or \"volunteers\" for valued time",
                    dutch:
                        "een geldbijdrage heeft geen uren of uurtarief; gebruik kind=\"staff\" of \"volunteers\" voor gewaardeerde tijd",
                    element: contribution)
            } else if contribution.attribute("valuation") != nil
                && contribution.attribute("valuation") != "hours-times-rate"
            {
                report(
                    "hours and an hourly rate need valuation=\"hours-times-rate\"",
                    dutch: "uren en een uurtarief vragen valuation=\"hours-times-rate\"",
                    element: contribution)
            } else if product != amount {
                report(
                    "the amount \(amount.decimalEuros) is not \(hours) hours times \(rate.decimalEuros) (= \(product.decimalEuros)); correct the amount, the hours or the rate",
                    dutch:
                        "het bedrag \(amount.decimalEuros) is niet \(hours) uur maal \(rate.decimalEuros) (= \(product.decimalEuros)); verbeter het bedrag, de uren of het tarief",
                    element: contribution)
            }
        }
    }

    /// Pinned and excluded models: known, not both, and no two pinned models that the catalogue
    /// says exclude each other (the ESF formation and maturity calls, for example).
    private mutating func checkModelChoices(_ profile: NetworkProfile) {
        let excluded = Set(profile.preferences.excludedModels)
        var pinnedSoFar: [String] = []
        for choice in children["preferences"]?.children ?? [] {
            let model = choice.attribute("model") ?? ""
            guard let found = catalogue.model(id: model) else {
                let closest = Suggestion.closest(to: model, among: Set(catalogue.models.map(\.id)))
                report(
                    "unknown revenue model '\(model)'"
                        + (closest.map { "; did you mean '\($0)'?" } ?? "; see `fundplan catalogue list`"),
                    dutch: "onbekend verdienmodel '\(model)'"
                        + (closest.map { "; bedoelt u '\($0)'?" } ?? "; zie `fundplan catalogue list`"),
                    element: choice)
                continue
            }
            guard choice.name == "pin" else { continue }
            if excluded.contains(model) {
                report(
                    "'\(model)' is both pinned and excluded; keep one of the two",
                    dutch: "'\(model)' is tegelijk vastgepind en uitgesloten; kies één van beide", element: choice)
            }
            for earlier in pinnedSoFar {
                let clash =
                    found.eligibility.excludedModels.contains(earlier)
                    || (catalogue.model(id: earlier)?.eligibility.excludedModels.contains(model) ?? false)
                if clash {
                    report(
                        "'\(model)' and '\(earlier)' exclude each other (a network applies for one of the two); pin only one",
                        dutch:
                            "'\(model)' en '\(earlier)' sluiten elkaar uit (een netwerk vraagt maar één van beide aan); pin er maar één vast",
                        element: choice)
                }
            }
            pinnedSoFar.append(model)
        }
    }
}
