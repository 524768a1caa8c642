/// The catalogue as rows for people (terminal table) and for spreadsheets (CSV).
public enum CatalogueTable {
    /// One CSV row per model, with a header row.
    ///
    /// Amounts are in euros with a dot, shares in basis points.
    public static func csvRows(_ models: [RevenueModel], catalogue: Catalogue) -> [[String]] {
        let header = [
            "id", "category", "name_nl", "name_en", "resource_type", "revenue_mechanism", "bridgespan_model",
            "funder_type", "yield_min_eur", "yield_likely_eur", "yield_max_eur", "yield_driver", "yield_basis",
            "direct_cost_ratio_bp", "effort_hours_per_month", "startup_hours", "lead_time_months", "recurrence",
            "max_years", "competitive", "success_probability_bp", "themes", "mechanisms", "evidence", "region",
            "defined_in",
        ]
        let rows = models.map { model -> [String] in
            [
                model.id, model.category.rawValue, model.name.exactly(.nl) ?? "", model.name.exactly(.en) ?? "",
                model.taxonomy.resourceType.rawValue, model.taxonomy.revenueMechanism.rawValue,
                model.taxonomy.bridgespanModel.rawValue, model.funder.type.rawValue,
                model.yield.minimum.decimalEuros, model.yield.likely.decimalEuros, model.yield.maximum.decimalEuros,
                model.yield.driver.rawValue, model.yield.basis.isAssumption ? "assumption" : "sourced",
                "\(model.cost.directCostRatio.value)", "\(model.effort.hoursPerMonth)", "\(model.effort.startupHours)",
                "\(model.timing.leadTimeMonths)", model.timing.recurrence.rawValue,
                model.timing.maximumYears.map(String.init) ?? "unlimited",
                model.success.isCompetitive ? "true" : "false", "\(model.success.probability.value)",
                model.alignment.themes.joined(separator: " "), model.alignment.mechanisms.joined(separator: " "),
                model.provenance.evidence.rawValue, model.provenance.region, model.origin.file,
            ]
        }
        return [header] + rows
    }

    /// A plain-text table that fits 100 columns: the models grouped by category, each with its
    /// id, name, likely yield per year, lead time, effort and odds.
    public static func text(_ models: [RevenueModel], language: Language) -> String {
        let nl = language == .nl
        let header =
            nl
            ? ["id", "naam", "waarschijnlijk/jaar", "aanloop", "uren/mnd", "kans"]
            : ["id", "name", "likely/year", "lead", "hrs/mo", "odds"]
        let rows = models.map { model -> [String] in
            [
                model.id, model.name.text(in: language),
                model.yield.likely.formatted(language) + (model.yield.basis.isAssumption ? "*" : ""),
                "\(model.timing.leadTimeMonths) " + (nl ? "mnd" : "mo"), "\(model.effort.hoursPerMonth)",
                model.success.probability.formatted(language),
            ]
        }
        let rightAligned: Set<Int> = [2, 3, 4, 5]
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        // The name takes what the other columns leave of 100 characters.
        let others = widths.enumerated().filter { $0.offset != 1 }.map(\.element).reduce(0, +) + 2 * (widths.count - 1)
        widths[1] = max(16, min(widths[1], 100 - others))
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let shown = index == 1 ? shortened(cell, to: widths[1]) : cell
                let padding = String(repeating: " ", count: max(0, widths[index] - shown.count))
                return rightAligned.contains(index) ? padding + shown : shown + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var output = line(header) + "\n"
        for category in RevenueCategory.allCases {
            let group = models.indices.filter { models[$0].category == category }
            guard !group.isEmpty else { continue }
            output += "\n" + category.label(language) + "\n"
            for index in group { output += line(rows[index]) + "\n" }
        }
        let noun =
            models.count == 1 ? (nl ? "verdienmodel" : "revenue model") : (nl ? "verdienmodellen" : "revenue models")
        output +=
            nl
            ? "\n\(models.count) \(noun). * = aanname: vervang door uw eigen cijfer (zie `fundplan catalogue show ID`).\n"
            : "\n\(models.count) \(noun). * = assumption: replace with your own figure (see `fundplan catalogue show ID`).\n"
        return output
    }

    static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
