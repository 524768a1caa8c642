import Foundation
import FundingPlanner

extension SectionViews {
    /// One output indicator: what it counts (name, unit), its id, the call indicator it answers,
    /// and a target field for each plan year.
    func indicator(_ row: IndicatorRow, key: String, number: Int) -> GroupView {
        let base = "indicator-\(key)-"
        let name = "indicator[\(key)]"
        let title = row.name(in: form.textLanguage)
        let years = IndicatorInput.years(form, row)
        let targets = years.map { year in
            field(
                base + "target\(year)", name + "[target\(year)]",
                say("Streefwaarde \(year) (mag leeg)", "Target \(year) (may be empty)"),
                row.targets.first { $0.count == 2 && $0[0] == year }?[1] ?? "",
                hint: year == years.first
                    ? say(
                        "Een geheel getal in de eenheid hierboven, bijvoorbeeld 120. Minstens één jaar.",
                        "A whole number in the unit above, for example 120. At least one year.") : "",
                inputMode: "numeric")
        }
        return GroupView(
            id: base + "group",
            legend: say("Resultaat ", "Output ") + "\(number)" + (title.isEmpty ? "" : ": \(title)"),
            fields: [
                field(
                    base + "name", name + "[name]", say("Wat wordt er geteld?", "What is counted?"), title,
                    hint: say(
                        "Bijvoorbeeld: nieuwkomers die een kookreeks volgen.",
                        "For example: newcomers who follow a cooking series.")),
                field(
                    base + "unit", name + "[unit]", say("Eenheid", "Unit"), "", kind: .select,
                    options: FieldView.options(IndicatorUnit.self, language, selected: [row.unit])),
                shortIDField(base, name, row.id),
                field(
                    base + "callIndicator", name + "[callIndicator]",
                    say(
                        "Id van de indicator van de oproep waarop dit antwoordt (mag leeg)",
                        "Id of the call's indicator this answers (may be empty)"), row.callIndicator),
            ] + targets,
            removeKey: key,
            removeLabel: say("Resultaat verwijderen", "Remove output") + (title.isEmpty ? " \(number)" : ": \(title)"))
    }
}
