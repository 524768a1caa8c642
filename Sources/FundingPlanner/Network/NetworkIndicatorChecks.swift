internal import FundingPlannerXML

/// The rules for a profile's output indicators that the schema cannot express, each reported in
/// English and Dutch at the element's line: unique ids, and at most one target per year, inside
/// the plan period.
extension NetworkDecoder {
    mutating func checkIndicators(years: ClosedRange<Int>) {
        let horizon = "\(years.lowerBound)–\(years.upperBound)"
        var ids: Set<String> = []
        for indicator in children["indicators"]?.children(named: "indicator") ?? [] {
            let id = indicator.attribute("id") ?? ""
            if !ids.insert(id).inserted {
                report(
                    "duplicate indicator id '\(id)'; give every indicator its own id",
                    dutch: "de indicator-id '\(id)' komt twee keer voor; geef elke indicator een eigen id",
                    element: indicator)
            }
            var targetYears: Set<Int> = []
            for target in indicator.children(named: "target") {
                let year = Int(target.attribute("year") ?? "") ?? 0
                if !years.contains(year) {
                    report(
                        "target of indicator '\(id)' for \(year) is outside the plan horizon \(horizon); change the year or the budget's startYear/horizonYears",
                        dutch:
                            "de streefwaarde van indicator '\(id)' voor \(year) valt buiten de planperiode \(horizon); pas het jaar aan of de startYear/horizonYears van de begroting",
                        element: target)
                } else if !targetYears.insert(year).inserted {
                    report(
                        "indicator '\(id)' has two targets for \(year); give one target a year",
                        dutch:
                            "indicator '\(id)' heeft twee streefwaarden voor \(year); geef één streefwaarde per jaar",
                        element: target)
                }
            }
        }
    }
}
