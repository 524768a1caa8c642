/// The plan's budget as CSV (RFC 4180): years across, sources down, then the totals.
///
/// The costs come per budget category (one row per category with costs), then their total. A plan
/// made for a call ends with the call's co-financing table (``CofinancingTable``), on the plan's
/// years (0 in a year outside the project).
///
/// `.international`: comma separator, decimal point. `.dutch`: semicolon separator, decimal
/// comma (what Belgian and Dutch spreadsheet programs expect). No thousands separators.
public enum BudgetCSV {
    /// The number and field conventions.
    public enum Locale: String, Sendable, CaseIterable {
        /// Comma separator and decimal point, as RFC 4180 and most English spreadsheets expect.
        case international
        /// Semicolon separator and decimal comma, as Belgian and Dutch spreadsheets expect.
        case dutch = "nl"
    }

    /// The budget of `plan` as CSV text in `locale`'s conventions, with labels in the plan's language.
    public static func text(_ plan: FundingPlan, locale: Locale = .international) -> String {
        let nl = plan.language == .nl
        func label(_ dutch: String, _ english: String) -> String { nl ? dutch : english }
        func amount(_ money: Money) -> String {
            locale == .dutch ? money.decimalEuros.replacingDots() : money.decimalEuros
        }
        var rows: [[String]] = []
        rows.append(
            [label("regel", "line"), label("soort", "kind")] + plan.years.map(String.init) + [label("totaal", "total")])
        func row(_ name: String, _ kind: String, _ values: [Money]) {
            rows.append([name, kind] + values.map(amount) + [amount(values.reduce(Money.zero, +))])
        }
        for source in plan.sources {
            row(source.name, source.resourceType.label(plan.language).lowercased(), source.income)
        }
        for partner in plan.partnerContributions {
            row(partner.name, label("partner (geld)", "partner (cash)"), partner.amounts)
        }
        let totals = plan.yearTotals
        row(label("Inkomsten", "Income"), label("totaal", "total"), totals.map(\.income))
        row(label("Directe kosten", "Direct costs"), label("totaal", "total"), totals.map(\.directCosts))
        row(label("Netto inkomsten", "Net income"), label("totaal", "total"), totals.map(\.netIncome))
        for category in CostCategory.allCases {
            let amounts = totals.map { total in
                total.costLines.first { $0.category == category }?.amount ?? .zero
            }
            guard amounts.contains(where: { $0 != .zero }) else { continue }
            row(category.label(plan.language), label("kosten (categorie)", "costs (category)"), amounts)
        }
        row(label("Kosten", "Costs"), label("totaal", "total"), totals.map(\.costs))
        row(label("Aankopen", "Acquisitions"), label("totaal", "total"), totals.map(\.acquisitions))
        row(label("Tekort", "Shortfall"), label("totaal", "total"), totals.map(\.shortfall))
        row(label("Saldo", "Balance"), label("totaal", "total"), totals.map(\.balance))
        for item in plan.inKind {
            row(
                item.name,
                item.isPartner
                    ? label("in natura (partner)", "in kind (partner)")
                    : label("in natura (voorstel)", "in kind (suggested)"), item.amounts)
        }
        if let table = plan.cofinancing {
            // The call's co-financing table on the plan's years: a year outside the project is 0.
            func spread(_ values: [Money]) -> [Money] {
                plan.years.map { year in table.years.firstIndex { $0.year == year }.map { values[$0] } ?? .zero }
            }
            let kind = label("cofinanciering (oproep \(table.callID))", "co-financing (call \(table.callID))")
            row(label("Subsidiabele kosten", "Eligible costs"), kind, spread(table.years.map(\.eligibleCosts)))
            row(label("Gevraagde subsidie", "Grant requested"), kind, spread(table.years.map(\.requested)))
            for line in table.kinds {
                let name = line.kind.label(plan.language)
                row(
                    line.isAccepted ? name : name + label(" (telt niet mee)", " (not counted)"), kind,
                    spread(line.amounts))
            }
            if let own = table.ownIncome, own.contains(where: { $0 > .zero }) {
                row(label("Eigen inkomsten van het plan", "The plan's own income"), kind, spread(own))
            }
            if let asks = table.newPartnerMoney, asks.contains(where: { $0 > .zero }) {
                row(label("Nieuw partnergeld (af te spreken)", "New partner money (to be agreed)"), kind, spread(asks))
            }
            row(
                label("Beschikbare cofinanciering", "Co-financing available"), kind,
                spread(table.years.map(\.available)))
            row(
                label("Cofinanciering in het project", "Co-financing in the project"), kind,
                spread(table.years.map(\.counted)))
            row(label("Vereiste cofinanciering", "Co-financing required"), kind, spread(table.years.map(\.required)))
        }
        return CSVWriter(separator: locale == .dutch ? ";" : ",").text(rows)
    }
}

extension String {
    fileprivate func replacingDots() -> String { String(map { $0 == "." ? "," : $0 }) }
}
