internal import FundingPlannerXML

/// The parts of `plan.xml` a funder reads beside the money: the output indicators with their
/// targets and the call's indicators they answer (`<outputIndicators>`), and the co-financing in
/// the call's structure (`<cofinancing>`).
extension PlanXMLWriter {
    static func writeOutputIndicators(_ writer: inout XMLWriter, _ outputs: PlanOutputIndicators) {
        guard !outputs.isEmpty else { return }
        writer.open("outputIndicators")
        for indicator in outputs.indicators {
            var attributes = [("id", indicator.id), ("unit", indicator.unit.rawValue)]
            if let call = indicator.callIndicator { attributes.append(("callIndicator", call)) }
            writer.open("indicator", attributes)
            writeNames(&writer, indicator.name)
            for target in indicator.targets {
                writer.element("target", [("year", "\(target.year)"), ("value", "\(target.value)")])
            }
            writer.close()
        }
        for wanted in outputs.callIndicators {
            var attributes = [("id", wanted.id)]
            if !wanted.answeredBy.isEmpty {
                attributes.append(("answeredBy", wanted.answeredBy.joined(separator: " ")))
            }
            writer.open("callIndicator", attributes)
            writeNames(&writer, wanted.name)
            writer.close()
        }
        writer.close()
    }

    private static func writeNames(_ writer: inout XMLWriter, _ name: LocalizedText) {
        for entry in name.entries { writer.element("name", [("xml:lang", entry.language)], text: entry.text) }
    }

    static func writeCofinancing(_ writer: inout XMLWriter, _ table: CofinancingTable?) {
        guard let table else { return }
        var attributes = [
            ("call", table.callID), ("minimumShare", "\(table.minimumShare.value)"), ("met", "\(table.isMet)"),
        ]
        if let share = table.share { attributes.append(("share", "\(share.value)")) }
        writer.open("cofinancing", attributes)
        for year in table.years {
            var attributes = [
                ("value", "\(year.year)"), ("eligibleCosts", year.eligibleCosts.decimalEuros),
                ("requested", year.requested.decimalEuros), ("available", year.available.decimalEuros),
                ("counted", year.counted.decimalEuros), ("required", year.required.decimalEuros),
            ]
            if let share = year.share { attributes.append(("share", "\(share.value)")) }
            writer.element("year", attributes)
        }
        for row in table.kinds {
            writer.open("kind", [("kind", row.kind.rawValue), ("accepted", "\(row.isAccepted)")])
            for (index, year) in table.years.enumerated() {
                writer.element("year", [("year", "\(year.year)"), ("amount", row.amounts[index].decimalEuros)])
            }
            writer.close()
        }
        for (name, amounts) in [("ownIncome", table.ownIncome), ("newPartnerMoney", table.newPartnerMoney)] {
            guard let amounts, amounts.contains(where: { $0 > .zero }) else { continue }
            writer.open(name)
            for (index, year) in table.years.enumerated() {
                writer.element("year", [("year", "\(year.year)"), ("amount", amounts[index].decimalEuros)])
            }
            writer.close()
        }
        writer.element(
            "total",
            [
                ("eligibleCosts", table.eligibleCosts.decimalEuros), ("requested", table.requested.decimalEuros),
                ("available", table.available.decimalEuros), ("counted", table.counted.decimalEuros),
                ("required", table.required.decimalEuros),
            ])
        writer.close()
    }
}
