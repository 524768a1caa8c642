internal import FundingPlannerXML

/// The plan's milestones as an iCalendar file (RFC 5545): one all-day event per step, with a
/// reminder two weeks before every deadline.
///
/// Deterministic: UIDs come from the network, model, date and step; DTSTAMP is the plan's
/// first day (RFC 5545 asks for the creation time; a fixed one keeps files byte-identical).
public enum MilestoneCalendar {
    /// The plan's milestones as iCalendar text, with CRLF line ends and folded long lines.
    public static func text(_ plan: FundingPlan) -> String {
        let stamp = "\(plan.years.first ?? 2000)0101T000000Z"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FundingPlanner//fundplan \(FundingPlanner.version)//EN",
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + escape(plan.networkName),
        ]
        var seen: [String: Int] = [:]
        for milestone in plan.milestones {
            let date = milestone.date
            let day = String(format4(date.year)) + two(date.month) + two(date.day)
            let base =
                "\(plan.networkID)-\(milestone.modelID)-\(day)-\(SHA256.hex(Array(milestone.step.title.utf8)).prefix(12))"
            let count = seen[base, default: 0]
            seen[base] = count + 1
            lines += [
                "BEGIN:VEVENT",
                "UID:\(base)\(count > 0 ? "-\(count)" : "")@fundingplanner",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(day)",
                "SUMMARY:" + escape((milestone.step.isDeadline ? "⚑ " : "") + milestone.step.title),
                "DESCRIPTION:" + escape(milestone.step.detail),
                "CATEGORIES:" + escape(milestone.modelID),
            ]
            if milestone.step.isDeadline {
                lines += [
                    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape(milestone.step.title), "TRIGGER:-P14D",
                    "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var output = ""
        var octets = 0
        var limit = 75
        for character in line {
            let size = String(character).utf8.count
            if octets + size > limit {
                output += "\r\n "
                octets = 0
                limit = 74
            }
            output.append(character)
            octets += size
        }
        return output
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func format4(_ value: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value)
    }
}
