import Foundation
import FundingPlanner

/// One form control as the `field` template renders it: label, hint, error, value or options.
struct FieldView {
    var id: String
    var name: String
    var label: String
    var hint = ""
    var value = ""
    var error = ""
    var kind = Kind.text
    var options: [Option] = []
    var inputMode = ""
    var autocomplete = "off"
    var autofocus = false

    enum Kind { case text, textarea, select, checkboxes, checkbox }

    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    /// The dictionary the template reads (flags for the kind, `describedBy` for hint and error).
    var context: [String: Any] {
        var describedBy: [String] = []
        if !hint.isEmpty { describedBy.append(id + "-hint") }
        if !error.isEmpty { describedBy.append(id + "-error") }
        return [
            "id": id, "name": name, "label": label, "hint": hint, "value": value, "error": error,
            "isText": kind == .text, "isTextarea": kind == .textarea, "isSelect": kind == .select,
            "isCheckboxes": kind == .checkboxes, "isCheckbox": kind == .checkbox, "checked": value == "true",
            "options": options.enumerated().map { index, option in
                [
                    "value": option.value, "label": option.label, "selected": option.selected,
                    "optionID": "\(id)-\(index)",
                ]
                    as [String: Any]
            },
            "describedBy": describedBy.joined(separator: " "), "inputMode": inputMode, "autofocus": autofocus,
            "hasHint": !hint.isEmpty, "hasError": !error.isEmpty, "hasDescribedBy": !describedBy.isEmpty,
            "hasInputMode": !inputMode.isEmpty,
        ]
    }

    /// Options from a vocabulary, labelled in `language`, with `selected` ticked.
    static func options<Token: Labelled & CaseIterable>(
        _: Token.Type, _ language: Language, selected: [String], empty: String? = nil
    ) -> [Option] {
        (empty.map { [Option(value: "", label: $0, selected: selected.isEmpty || selected == [""])] } ?? [])
            + Token.allCases.map {
                Option(value: $0.rawValue, label: $0.label(language), selected: selected.contains($0.rawValue))
            }
    }
}

/// A group of fields: the page's main fieldset, or one row of an "add another" list.
struct GroupView {
    var id: String
    var legend: String
    var fields: [FieldView]
    var removeKey: String?
    var removeLabel = ""

    var context: [String: Any] {
        [
            "id": id, "legend": legend, "fields": fields.map(\.context), "removable": removeKey != nil,
            "removeKey": removeKey ?? "", "removeLabel": removeLabel,
        ]
    }
}
