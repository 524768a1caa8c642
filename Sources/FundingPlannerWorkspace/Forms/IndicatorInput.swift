import Foundation
import FundingPlanner

/// Applies the indicators page: each row's name (in the form's text language; other languages are
/// kept), id, unit, call indicator and one target per year, and its "add" and "remove" buttons.
enum IndicatorInput {
    /// The form after `body`, without the row keyed `removed`, with a new row when `adding`;
    /// the field to show first is the new row's name.
    static func apply(_ body: FormBody, to form: ProfileForm, removed: String?, adding: Bool) -> (
        form: ProfileForm, focus: String?
    ) {
        var form = form
        let old = Dictionary(
            (form.indicators ?? []).indices.map { (form.indicatorKey($0), form.indicators![$0]) },
            uniquingKeysWith: { first, _ in first })
        let rows = body.rows("indicator").filter { $0.key != removed }.map { row in
            var indicator = old[row.key] ?? IndicatorRow(key: row.key)
            indicator.key = row.key
            let name = row.fields.text("name")
            if let index = indicator.names.firstIndex(where: { $0.first == form.textLanguage }) {
                indicator.names[index] = [form.textLanguage, name]
            } else {
                indicator.names.insert([form.textLanguage, name], at: 0)
            }
            let id = row.fields.text("id")
            indicator.id = id.isEmpty && !name.isEmpty ? ProfileBuilder.slug(name) : id
            indicator.unit = row.fields.text("unit")
            indicator.callIndicator = row.fields.text("callIndicator")
            let typed = row.fields.keys.filter { $0.hasPrefix("target") && isYear(String($0.dropFirst(6))) }.sorted()
                .compactMap { field -> [String]? in
                    let value = row.fields.text(field)
                    return value.isEmpty ? nil : [String(field.dropFirst(6)), value]
                }
            // A target whose year is no year (a hand-edited file) has no field: it is kept, and
            // its error is shown on the row's name.
            indicator.targets = typed + indicator.targets.filter { $0.count != 2 || !isYear($0[0]) }
            return indicator
        }
        var focus: String?
        var indicators = rows
        if adding {
            let key = form.newKey()
            indicators.append(IndicatorRow(key: key))
            focus = "indicator-\(key)-name"
        }
        form.indicators = indicators.isEmpty ? nil : indicators
        return (form, focus)
    }

    /// The years a row shows a target field for: the plan's years (when the budget page gives
    /// them), and any other year a target was given for, so that it can be seen and cleared.
    static func years(_ form: ProfileForm, _ row: IndicatorRow) -> [String] {
        var years: [String] = []
        if let start = Int(form.startYear), let count = Int(form.horizonYears), (1...6).contains(count) {
            years = (start..<(start + count)).map(String.init)
        }
        for target in row.targets where target.count == 2 && isYear(target[0]) && !years.contains(target[0]) {
            years.append(target[0])
        }
        return years.sorted()
    }

    /// Four digits: what a target field's name can end in.
    static func isYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
