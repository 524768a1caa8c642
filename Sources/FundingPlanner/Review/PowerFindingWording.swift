/// How a review names a plan's money-and-power findings: in the review's language, without the
/// partners' names (the plan's own message is in the plan's language), with how serious each is.
///
/// The codes are the readiness check's (`MoneyAndPowerCheck`, `MoneyAndPowerCoalitions`); a code
/// this version does not know (from a newer `fundplan`) is shown as it is.
extension Wording {
    /// What the finding `code` of `severity` says, for a reviewer.
    func powerFinding(_ code: String, severity: FindingSeverity) -> String {
        let what: String =
            switch code {
            case "power.follows-money":
                self(
                    "één partner heeft een groot deel van het geld én van de stemmen",
                    "one partner holds a large share of the cash and of the votes")
            case "power.funder-veto": self("een partner betaalt en heeft een veto", "a partner pays and holds a veto")
            case "power.veto": self("een partner heeft een veto", "a partner holds a veto")
            case "power.veto-own-subsidy":
                self("een veto alleen over de eigen subsidie", "a veto over its own subsidy only")
            case "power.votes-rise-with-cash":
                self("wie meer betaalt, heeft meer stemmen", "partners who pay more have more votes")
            case "power.bloc-holds-cash-and-votes":
                self(
                    "een groep partners heeft het meeste geld én de meeste stemmen",
                    "a group of partners holds most of the cash and most of the votes")
            case "power.votes-follow-cash-in-group":
                self(
                    "binnen een groep heeft wie meer betaalt meer stemmen",
                    "within a group, those who pay more have more votes")
            case "power.cash-from-one-type":
                self(
                    "het geld komt bijna helemaal van één soort partner",
                    "the cash comes almost entirely from one kind of partner")
            case "power.separated": self("geld en macht gescheiden", "money and power separated")
            default: code
            }
        return what + " (" + severityLabel(severity) + ")"
    }

    /// How serious a finding is, in a word.
    func severityLabel(_ severity: FindingSeverity) -> String {
        switch severity {
        case .ok: self("in orde", "fine")
        case .advice: self("advies", "advice")
        case .warning: self("waarschuwing", "warning")
        case .problem: self("probleem", "problem")
        }
    }
}
