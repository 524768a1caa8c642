import Foundation
import FundingPlanner

/// The groups of fields of each section page, filled from the form and its errors.
struct SectionViews {
    let form: ProfileForm
    let errors: [String: String]
    let language: Language
    let catalogue: Catalogue
    let focus: String?

    var say: Say { Say(language) }

    func field(
        _ id: String, _ name: String, _ label: String, _ value: String, hint: String = "", kind: FieldView.Kind = .text,
        options: [FieldView.Option] = [], inputMode: String = ""
    ) -> FieldView {
        FieldView(
            id: id, name: name, label: label, hint: hint, value: value, error: errors[id] ?? "", kind: kind,
            options: options, inputMode: inputMode, autofocus: focus == id)
    }

    /// A row's short id, which may be left empty for the workspace to make it from the name.
    func shortIDField(_ base: String, _ name: String, _ value: String) -> FieldView {
        field(
            base + "id", name + "[id]",
            say("Korte id (mag leeg: wordt gemaakt uit de naam)", "Short id (may be empty: made from the name)"), value)
    }

    func groups(_ section: Section) -> (groups: [GroupView], adds: [(action: String, label: String)]) {
        switch section {
        case .purpose: return ([purpose], [])
        case .partners:
            return (
                form.partners.enumerated().map { partner($1, number: $0 + 1) },
                [("add-partner", say("Partner toevoegen", "Add partner"))]
            )
        case .contributions:
            let votes = GroupView(
                id: "votes", legend: say("Zetels, stemmen en veto per partner", "Seats, votes and veto per partner"),
                fields: form.partners.flatMap { row in
                    [
                        field(
                            "vote-\(row.key)-seats", "vote[\(row.key)][seats]",
                            "\(row.name): " + say("zetels", "seats"), row.seats, inputMode: "numeric"),
                        field(
                            "vote-\(row.key)-votes", "vote[\(row.key)][votes]",
                            "\(row.name): " + say("stemmen", "votes"), row.votes, inputMode: "numeric"),
                        field(
                            "vote-\(row.key)-veto", "vote[\(row.key)][veto]",
                            "\(row.name): " + say("vetorecht", "right of veto"), row.veto ? "true" : "", kind: .checkbox
                        ),
                        field(
                            "vote-\(row.key)-askCeiling", "vote[\(row.key)][askCeiling]",
                            "\(row.name): " + say("hoogste vraag per jaar (euro)", "most to ask a year (euros)"),
                            row.askCeiling ?? "", inputMode: "decimal"),
                    ]
                })
            return (
                [votes] + form.contributions.enumerated().map { contribution($1, number: $0 + 1) },
                [("add-contribution", say("Bijdrage toevoegen", "Add contribution"))]
            )
        case .assets:
            return (
                form.assets.enumerated().map { asset($1, number: $0 + 1) },
                [("add-asset", say("Ruimte of materiaal toevoegen", "Add a place or equipment"))]
            )
        case .budget:
            let main = GroupView(
                id: "budget", legend: say("Planperiode en reserves", "Plan period and reserves"),
                fields: [
                    field(
                        "startYear", "startYear", say("Eerste jaar van het plan", "First year of the plan"),
                        form.startYear, inputMode: "numeric"),
                    field(
                        "horizonYears", "horizonYears", say("Aantal jaren (1 tot 6)", "Number of years (1 to 6)"),
                        form.horizonYears, inputMode: "numeric"),
                    field(
                        "reserves", "reserves", say("Reserves (euro)", "Reserves (euros)"), form.reserves,
                        hint: say("Bijvoorbeeld 10.000 of 10000,50", "For example 10,000 or 10000.50"),
                        inputMode: "decimal"),
                ])
            return (
                [main] + form.costs.enumerated().map { cost($1, number: $0 + 1) },
                [
                    ("add-cost", say("Kostenlijn toevoegen", "Add cost line")),
                    (
                        "copy-last-year",
                        say("Laatste jaar kopiëren naar volgend jaar", "Copy the last year to the next")
                    ),
                ]
            )
        case .indicators:
            return (
                (form.indicators ?? []).enumerated().map { indicator($1, key: form.indicatorKey($0), number: $0 + 1) },
                [("add-indicator", say("Resultaat toevoegen", "Add an output"))]
            )
        case .preferences:
            return (
                [
                    GroupView(
                        id: "preferences", legend: section.title(language),
                        fields: [
                            field(
                                "volunteerHours", "volunteerHours",
                                say("Vrijwilligersuren per maand", "Volunteer hours a month"), form.volunteerHours,
                                inputMode: "numeric"),
                            field(
                                "staffHours", "staffHours", say("Personeelsuren per maand", "Staff hours a month"),
                                form.staffHours, inputMode: "numeric"),
                            field(
                                "staffHourValue", "staffHourValue",
                                say(
                                    "Waarde van een personeelsuur (euro, mag leeg)",
                                    "Value of a staff hour (euros, may be empty)"), form.staffHourValue,
                                inputMode: "decimal"),
                            field(
                                "volunteerHourValue", "volunteerHourValue",
                                say(
                                    "Waarde van een vrijwilligersuur (euro, mag leeg)",
                                    "Value of a volunteer hour (euros, may be empty)"), form.volunteerHourValue,
                                inputMode: "decimal"),
                            field(
                                "manifesto", "manifesto",
                                say("Er is een waardenkader of manifest", "There is a value framework or manifesto"),
                                form.manifesto ? "true" : "", kind: .checkbox),
                            field(
                                "maxShareOfOneSource", "maxShareOfOneSource",
                                say("Grootste aandeel van één bron (%)", "Largest share of one source (%)"),
                                form.maxShareOfOneSource,
                                hint: say("Bijvoorbeeld 40 of 12,5", "For example 40 or 12.5"), inputMode: "decimal"),
                            field(
                                "maxPublicShare", "maxPublicShare",
                                say("Grootste aandeel publiek geld (%)", "Largest share of public money (%)"),
                                form.maxPublicShare, inputMode: "decimal"),
                            field(
                                "hourlyRate", "hourlyRate",
                                say("Waarde van een uur inzet (euro)", "Value of an hour of effort (euros)"),
                                form.hourlyRate, inputMode: "decimal"),
                        ])
                ], []
            )
        }
    }

    private var purpose: GroupView {
        GroupView(
            id: "purpose-group", legend: Section.purpose.title(language),
            fields: [
                field("name", "name", say("Naam van het netwerk", "Name of the network"), form.name),
                field(
                    "purpose", "purpose", say("Doel in één zin", "Purpose in one sentence"), form.purpose,
                    hint: say(
                        "Voor wie verandert er wat? Bijvoorbeeld: Samen koken we met nieuwkomers zodat ze Nederlands leren.",
                        "What changes, for whom? For example: we cook with newcomers so that they learn Dutch."),
                    kind: .textarea),
                field(
                    "themes", "themes[]", say("Thema's", "Themes"), "", kind: .checkboxes,
                    options: catalogue.themes.map {
                        .init(value: $0.id, label: $0.label.text(in: language), selected: form.themes.contains($0.id))
                    }),
                field(
                    "targetGroups", "targetGroups[]", say("Doelgroepen", "Target groups"), "", kind: .checkboxes,
                    options: FieldView.options(TargetGroup.self, language, selected: form.targetGroups)),
                field("regionName", "regionName", say("Gemeente of streek", "Town or area"), form.regionName),
                field(
                    "founded", "founded", say("Opgericht op", "Founded on"), form.founded,
                    hint: say("Dag/maand/jaar, bijvoorbeeld 01/09/2024", "Day/month/year, for example 01/09/2024")),
                field(
                    "legalForm", "legalForm", say("Rechtsvorm", "Legal form"), "", kind: .select,
                    options: FieldView.options(NetworkLegalForm.self, language, selected: [form.legalForm])),
            ])
    }

    private func partner(_ row: ProfileForm.PartnerRow, number: Int) -> GroupView {
        let base = "partner-\(row.key)-"
        let name = "partner[\(row.key)]"
        return GroupView(
            id: base + "group",
            legend: say("Partner ", "Partner ") + "\(number)" + (row.name.isEmpty ? "" : ": \(row.name)"),
            fields: [
                field(
                    base + "name", name + "[name]", say("Naam van de organisatie", "Name of the organisation"), row.name
                ),
                shortIDField(base, name, row.id),
                field(
                    base + "type", name + "[type]", say("Soort organisatie", "Kind of organisation"), "", kind: .select,
                    options: FieldView.options(
                        PartnerType.self, language, selected: [row.type], empty: say("— kies —", "— choose —"))),
                field(
                    base + "roles", name + "[roles][]", say("Rollen in het netwerk", "Roles in the network"), "",
                    kind: .checkboxes, options: FieldView.options(PartnerRole.self, language, selected: row.roles)),
                field(
                    base + "joins", name + "[joins]", say("Doet mee sinds (jaar)", "Takes part since (year)"),
                    row.joins, inputMode: "numeric"),
                field(
                    base + "statement", name + "[statement]",
                    say(
                        "Waarom doet deze partner mee? (in de woorden van de partner)",
                        "Why does this partner take part? (in the partner's words)"), row.statement, kind: .textarea),
            ],
            removeKey: row.key,
            removeLabel: say("Partner verwijderen", "Remove partner") + (row.name.isEmpty ? "" : ": \(row.name)"))
    }

    private func contribution(_ row: ProfileForm.ContributionRow, number: Int) -> GroupView {
        let base = "contribution-\(row.key)-"
        let name = "contribution[\(row.key)]"
        let partners = form.partners.map {
            FieldView.Option(value: $0.id, label: $0.name.isEmpty ? $0.id : $0.name, selected: $0.id == row.partner)
        }
        return GroupView(
            id: base + "group", legend: say("Bijdrage ", "Contribution ") + "\(number)",
            fields: [
                field(
                    base + "partner", name + "[partner]", say("Partner", "Partner"), "", kind: .select,
                    options: [.init(value: "", label: say("— kies —", "— choose —"), selected: row.partner.isEmpty)]
                        + partners),
                field(base + "year", name + "[year]", say("Jaar", "Year"), row.year, inputMode: "numeric"),
                field(
                    base + "kind", name + "[kind]", say("Soort bijdrage", "Kind of contribution"), "", kind: .select,
                    options: FieldView.options(ContributionKind.self, language, selected: [row.kind])),
                field(
                    base + "amount", name + "[amount]", say("Bedrag of waarde (euro)", "Amount or value (euros)"),
                    row.amount, hint: say("Bijvoorbeeld 10.000 of 10000,50", "For example 10,000 or 10000.50"),
                    inputMode: "decimal"),
                field(
                    base + "valuation", name + "[valuation]",
                    say("Hoe gewaardeerd (alleen in natura)", "How valued (in kind only)"), "", kind: .select,
                    options: FieldView.options(
                        ValuationMethod.self, language, selected: [row.valuation],
                        empty: say("— geld: niet nodig —", "— cash: not needed —"))),
                field(
                    base + "description", name + "[description]",
                    say("Wat geeft de partner?", "What does the partner give?"), row.description),
            ],
            removeKey: row.key, removeLabel: say("Bijdrage verwijderen", "Remove contribution") + " \(number)")
    }

    private func asset(_ row: ProfileForm.AssetRow, number: Int) -> GroupView {
        let base = "asset-\(row.key)-"
        let name = "asset[\(row.key)]"
        let owners =
            [FieldView.Option(value: "", label: say("— niemand —", "— nobody —"), selected: row.owner.isEmpty)]
            + form.partners.map {
                .init(value: $0.id, label: $0.name.isEmpty ? $0.id : $0.name, selected: $0.id == row.owner)
            }
        return GroupView(
            id: base + "group", legend: say("Ruimte of materiaal ", "Place or equipment ") + "\(number)",
            fields: [
                field(
                    base + "type", name + "[type]", say("Soort", "Kind"), "", kind: .select,
                    options: FieldView.options(AssetType.self, language, selected: [row.type])),
                field(
                    base + "owner", name + "[owner]", say("Van welke partner", "Whose is it"), "", kind: .select,
                    options: owners),
                field(
                    base + "capacity", name + "[capacity]",
                    say("Aantal personen (zaal; mag leeg)", "Number of people (room; may be empty)"), row.capacity,
                    inputMode: "numeric"),
                field(
                    base + "freeHours", name + "[freeHours]",
                    say("Uren per week vrij (mag leeg)", "Hours a week free (may be empty)"), row.freeHours,
                    inputMode: "numeric"),
                field(
                    base + "description", name + "[description]", say("Korte beschrijving", "Short description"),
                    row.description),
                field(
                    base + "neutral", name + "[neutral]",
                    say("Neutrale plek (van niemand in het bijzonder)", "Neutral place (no one partner's home)"),
                    row.neutral ? "true" : "", kind: .checkbox),
            ],
            removeKey: row.key, removeLabel: say("Verwijderen", "Remove") + " \(number)")
    }

    private func cost(_ row: ProfileForm.CostRow, number: Int) -> GroupView {
        let base = "cost-\(row.key)-"
        let name = "cost[\(row.key)]"
        return GroupView(
            id: base + "group", legend: say("Kostenlijn ", "Cost line ") + "\(number)",
            fields: [
                field(base + "year", name + "[year]", say("Jaar", "Year"), row.year, inputMode: "numeric"),
                field(
                    base + "category", name + "[category]", say("Categorie", "Category"), "", kind: .select,
                    options: FieldView.options(CostCategory.self, language, selected: [row.category])),
                field(
                    base + "amount", name + "[amount]", say("Bedrag (euro)", "Amount (euros)"), row.amount,
                    inputMode: "decimal"),
                field(
                    base + "description", name + "[description]", say("Omschrijving", "Description"), row.description),
            ],
            removeKey: row.key, removeLabel: say("Kostenlijn verwijderen", "Remove cost line") + " \(number)")
    }
}
