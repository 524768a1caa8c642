internal import FundingPlannerXML

/// What a person should write for a value of a schema type, in plain words: from the type's
/// enumeration, its documentation (`xs:documentation` in Dutch and English) or its built-in base
/// and facets.
struct TypeAdvice {
    let model: SchemaModel
    let language: Language

    private func say(_ dutch: String, _ english: String) -> String {
        language == .nl ? dutch : english
    }

    /// How to write a value of `typeName`, or `nil` when there is nothing plain to say (a type
    /// with a pattern and no documentation in this language).
    func advice(for typeName: String) -> String? {
        guard let type = model.type(named: typeName) else { return nil }
        if let item = type.itemType, let itemAdvice = advice(for: item) {
            return say("een of meer waarden, gescheiden door spaties; ", "one or more values separated by spaces; ")
                + itemAdvice
        }
        if !type.members.isEmpty {
            let parts = type.members.compactMap { advice(for: $0) }
            guard parts.count == type.members.count else { return model.documentation(of: typeName)[language] }
            return parts.joined(separator: say(" of ", " or "))
        }
        let (facets, enumerations) = model.facets(of: typeName)
        if !enumerations.isEmpty {
            return say("toegelaten: ", "allowed: ")
                + VocabularyLabels.listing(type: typeName, values: enumerations, language: language)
        }
        if let documented = model.documentation(of: typeName)[language] { return documented }
        return generated(base: model.builtInBase(of: typeName), facets: facets)
    }

    /// Advice from the built-in type and facets alone.
    private func generated(base: String, facets: [String: String]) -> String? {
        let range = rangeText(facets)
        switch base {
        case "xs:integer", "xs:nonNegativeInteger", "xs:positiveInteger", "xs:int", "xs:long":
            let lower =
                facets["minInclusive"]
                ?? (base == "xs:positiveInteger" ? "1" : base == "xs:nonNegativeInteger" ? "0" : nil)
            let bounded = rangeText(facets.merging(lower.map { ["minInclusive": $0] } ?? [:]) { current, _ in current })
            return say("alleen een geheel getal, zonder punt of spaties", "only a whole number, without dots or spaces")
                + bounded
        case "xs:decimal":
            let decimals =
                facets["fractionDigits"].map {
                    say(
                        ", hoogstens \($0) cijfers na het decimaalpunt",
                        ", at most \($0) digits after the decimal point")
                } ?? ""
            return say(
                "alleen een getal met een punt als decimaalteken (12.5), zonder scheidingsteken voor duizendtallen",
                "only a number with a point as decimal separator (12.5), without thousands separators") + decimals
                + range
        case "xs:date":
            return say(
                "een datum schrijf je als jaar-maand-dag: 2024-09-01 voor 1 september 2024",
                "a date is written as year-month-day: 2024-09-01 for 1 September 2024")
        case "xs:boolean":
            return say("alleen true (ja) of false (nee) is toegelaten", "only true or false is allowed")
        case "xs:gYearMonth":
            return say(
                "een maand schrijf je als jaar-maand: 2026-09 voor september 2026",
                "a month is written as year-month: 2026-09 for September 2026")
        case "xs:language", "xml:lang":
            return say(
                "een taalcode: nl voor Nederlands, en voor Engels", "a language code: nl for Dutch, en for English")
        case "xs:anyURI":
            return say(
                "een webadres, bijvoorbeeld https://www.vlaanderen.be",
                "a web address, for example https://www.vlaanderen.be")
        case "xs:NCName":
            return say("één woord zonder spaties of dubbele punt", "one word without spaces or colons")
        case "xs:string", "xs:token", "xs:normalizedString":
            guard facets["pattern"] == nil else { return nil }
            return say("een tekst", "a text") + lengthText(facets)
        default:
            return nil
        }
    }

    private func rangeText(_ facets: [String: String]) -> String {
        switch (facets["minInclusive"], facets["maxInclusive"]) {
        case (let low?, let high?): say(", van \(low) tot en met \(high)", ", from \(low) to \(high)")
        case (let low?, nil): say(", minstens \(low)", ", at least \(low)")
        case (nil, let high?): say(", hoogstens \(high)", ", at most \(high)")
        case (nil, nil): ""
        }
    }

    private func lengthText(_ facets: [String: String]) -> String {
        switch (facets["minLength"], facets["maxLength"]) {
        case (let low?, let high?): say(" van \(low) tot \(high) tekens", " of \(low) to \(high) characters")
        case (nil, let high?): say(" van hoogstens \(high) tekens", " of at most \(high) characters")
        case (let low?, nil): say(" van minstens \(low) tekens", " of at least \(low) characters")
        case (nil, nil): ""
        }
    }

    /// The value a person probably meant, in the form the file needs, for values written the
    /// Belgian way: `10.000` → `10000`, `6500,00` → `6500.00`, `40%` → `4000`, `01/09/2024` →
    /// `2024-09-01`, `ja` → `true`.
    func conversion(of value: String, typeName: String) -> String? {
        let base = model.builtInBase(of: typeName)
        let text = value.trimmingWhitespace()
        switch base {
        case "xs:decimal":
            return BelgianNumber.decimal(text)
        case "xs:integer", "xs:nonNegativeInteger", "xs:positiveInteger":
            if text.hasSuffix("%"),
                typeName.hasSuffix("BasisPoints") || (model.facets(of: typeName).facets["maxInclusive"] == "10000")
            {
                return BelgianNumber.basisPoints(fromPercent: String(text.dropLast()))
            }
            return BelgianNumber.integer(text)
        case "xs:date":
            return BelgianNumber.date(text)
        case "xs:boolean":
            switch text.lowercased() {
            case "ja", "yes", "waar", "j", "y": return "true"
            case "nee", "no", "neen", "onwaar", "n": return "false"
            default: return nil
            }
        default:
            return nil
        }
    }
}
