/// The catalogue as rows for people (terminal table) and for spreadsheets (CSV).
public enum CatalogueTable {
    /// One CSV row per model, with a header row. Amounts in euros with a dot, shares in basis points.
    public static func csvRows(_ models: [RevenueModel], catalogue: Catalogue) -> [[String]] {
        let header = [
            "id", "category", "name_nl", "name_en", "resource_type", "revenue_mechanism", "bridgespan_model",
            "funder_type", "yield_min_eur", "yield_likely_eur", "yield_max_eur", "yield_driver", "yield_basis",
            "direct_cost_ratio_bp", "effort_hours_per_month", "startup_hours", "lead_time_months", "recurrence",
            "max_years", "competitive", "success_probability_bp", "themes", "mechanisms", "evidence", "region", "defined_in",
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

    /// A plain-text table: id, name, category, likely yield per year, lead time, effort.
    public static func text(_ models: [RevenueModel], language: Language) -> String {
        let nl = language == .nl
        let header = nl
            ? ["id", "naam", "categorie", "waarschijnlijk/jaar", "aanlooptijd", "uren/maand", "kans"]
            : ["id", "name", "category", "likely/year", "lead time", "hours/month", "odds"]
        let rows = models.map { model -> [String] in
            [
                model.id,
                Self.shortened(model.name.text(in: language), to: 44),
                model.category.label(language),
                model.yield.likely.formatted(language) + (model.yield.basis.isAssumption ? "*" : ""),
                "\(model.timing.leadTimeMonths) " + (nl ? "mnd" : "mo"),
                "\(model.effort.hoursPerMonth)",
                model.success.probability.formatted(language),
            ]
        }
        let rightAligned: Set<Int> = [3, 4, 5, 6]
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var output = line(header) + "\n"
        output += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in rows { output += line(row) + "\n" }
        output += nl
            ? "\(models.count) verdienmodellen. * = aanname: vervang door uw eigen cijfer (zie `fundplan catalogue show ID`).\n"
            : "\(models.count) revenue models. * = assumption: replace with your own figure (see `fundplan catalogue show ID`).\n"
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
