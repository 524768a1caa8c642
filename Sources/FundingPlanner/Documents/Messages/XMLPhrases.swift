import Foundation
internal import FundingPlannerXML

/// Plain Dutch and English for XML mistakes that come from Word, Notepad or Excel (curly quotes,
/// a bare `&`, a file saved as ANSI, a missing end tag) and for FundingPlanner's own reading errors.
struct XMLPhrases {
    let diagnostic: XMLDiagnostic
    /// The text of the line the problem is on (read only when needed).
    let line: () -> String

    private static let curlyQuotes: Set<Character> = ["“", "”", "„", "‘", "’", "‚", "″", "«", "»"]

    /// The Dutch and English sentences, or `nil` to keep the message as it is.
    func sentences() -> (dutch: String, english: String)? {
        let raw = diagnostic.detail ?? diagnostic.message
        // FundingPlanner's own messages, and libxml2's that the reader rewrote (a cut-off file).
        if let own = ownMessage(diagnostic.message) { return own }
        if diagnostic.code == 0 { return nil }
        if raw.contains("not proper UTF-8") || diagnostic.code == 81 {
            return (
                "het bestand is niet als UTF-8 bewaard (waarschijnlijk ANSI of Latin-1, bijvoorbeeld vanuit Kladblok of Excel), "
                    + "zodat letters zoals é of ë niet gelezen kunnen worden; bewaar het opnieuw met codering UTF-8 (Kladblok: Opslaan als › Codering: UTF-8)",
                "the file is not saved as UTF-8 (probably ANSI or Latin-1, for example from Notepad or Excel), so letters such as é or ë "
                    + "cannot be read; save it again with the encoding UTF-8 (Notepad: Save as › Encoding: UTF-8)"
            )
        }
        if [39, 65, 73].contains(diagnostic.code), line().contains(where: { Self.curlyQuotes.contains($0) }) {
            return (
                "een waarde staat tussen gekrulde aanhalingstekens (“…”); XML kent alleen rechte: schrijf type=\"ngo\". "
                    + "Word en Outlook maken aanhalingstekens gekruld: gebruik een teksteditor",
                "a value is between curly quotes (“…”); XML only knows straight ones: write type=\"ngo\". "
                    + "Word and Outlook curl quotes: use a plain text editor"
            )
        }
        switch diagnostic.code {
        case 39, 40:
            return (
                "de waarde van een attribuut moet tussen rechte aanhalingstekens staan: naam=\"waarde\"",
                "an attribute's value must be between straight quotes: name=\"value\""
            )
        case 41, 65:
            return (
                "de attributen van deze begintag zijn niet goed geschreven: schrijf naam=\"waarde\", gescheiden door spaties",
                "the attributes of this start tag are not written correctly: write name=\"value\", separated by spaces"
            )
        case 73:
            return ("deze begintag is niet afgesloten met > of />", "this start tag is not closed with > or />")
        case 68, 23:
            return (
                "een losse & in een tekst: schrijf & als &amp; (bijvoorbeeld De Keuken &amp; Brug)",
                "a bare & in a text: write & as &amp; (for example De Keuken &amp; Brug)"
            )
        case 26, 27:
            let name = SchemaProblem.quoted(in: raw, after: "Entity '") ?? ""
            return (
                "&\(name); bestaat niet in XML: typ het teken zelf (é, ë, …) of gebruik &amp;, &lt;, &gt;, &quot; of &apos;",
                "&\(name); does not exist in XML: type the character itself (é, ë, …) or use &amp;, &lt;, &gt;, &quot; or &apos;"
            )
        case 76:
            return mismatch(raw)
        case 38:
            return ("een < binnen een waarde: schrijf &lt;", "a < inside a value: write &lt;")
        case 9:
            return (
                "het bestand bevat een teken dat XML niet toelaat (een stuurteken of NUL); verwijder het",
                "the file contains a character XML does not allow (a control character or NUL); remove it"
            )
        case 4:
            return (
                "het bestand begint niet met een XML-element: is het wel een XML-bestand?",
                "the file does not start with an XML element: is it an XML file?"
            )
        case 5:
            return (
                "er mag maar één hoofdelement zijn, en er mag niets op volgen",
                "only one root element is allowed, and nothing may follow it"
            )
        case 77, 89:
            return (
                "een element is niet gesloten voor het einde van het bestand: voeg de ontbrekende eindtag toe",
                "an element is not closed before the end of the file: add the missing end tag"
            )
        default:
            return diagnostic.domain == 1
                ? ("geen geldige XML: \(raw)", "not well-formed XML: \(raw)")
                : nil
        }
    }

    /// `Opening and ending tag mismatch: partner line 22 and partners`.
    private func mismatch(_ raw: String) -> (dutch: String, english: String) {
        let words = raw.components(separatedBy: "mismatch: ").last?.split(separator: " ").map(String.init) ?? []
        guard words.count >= 5, words[1] == "line", words[3] == "and" else {
            return (
                "begin- en eindtag passen niet bij elkaar: sluit elementen in omgekeerde volgorde",
                "start and end tags do not match: close elements in the reverse order"
            )
        }
        let (open, line, close) = (words[0], words[2], words[4].trimmingCharacters(in: .punctuationCharacters))
        return (
            "<\(open)> van regel \(line) is niet gesloten: voeg </\(open)> toe vóór </\(close)>",
            "<\(open)> opened on line \(line) is not closed: add </\(open)> before </\(close)>"
        )
    }

    /// FundingPlanner's own reading errors, in Dutch too.
    private func ownMessage(_ message: String) -> (dutch: String, english: String)? {
        if message.hasPrefix("the document ends before all its elements are closed") {
            return (
                "het bestand eindigt voordat alle elementen gesloten zijn; het is misschien afgekapt, of een eindtag ontbreekt",
                message
            )
        }
        if message.hasPrefix("a DOCTYPE is not allowed") {
            return (
                "een DOCTYPE is niet toegelaten in FundingPlanner-bestanden (het kan entiteiten en externe bestanden declareren); verwijder de regel <!DOCTYPE …>",
                message
            )
        }
        if message.hasPrefix("the XML parser stopped here") {
            return ("de XML-lezer stopt hier; het bestand is geen geldige XML", message)
        }
        if message.hasPrefix("the file has no root element") {
            return ("het bestand heeft geen hoofdelement; het is geen XML-document", message)
        }
        if message.hasPrefix("the root element is "), let rest = message.split(separator: ";", maxSplits: 1).first {
            let names = rest.dropFirst("the root element is ".count).components(separatedBy: ", expected ")
            guard names.count == 2 else { return nil }
            return (
                "het hoofdelement is \(names[0]), verwacht is \(names[1]); dit bestand bevat een ander soort document of de verkeerde xmlns",
                message
            )
        }
        return nil
    }
}
