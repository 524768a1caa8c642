import Foundation
import Testing

@testable import FundingPlanner

/// The translated schema and XML messages: one golden per kind of error in Dutch and English,
/// and a plain-words advice for the type of every element and attribute of every schema.
@Suite struct SchemaMessageTests {
    static let validator = DocumentValidator(context: Examples.catalogue)
    static let example = try! String(contentsOfFile: Examples.path("social-restaurant"), encoding: .utf8)
    static let rubric = try! String(
        contentsOf: TestSupport.fixtures.appendingPathComponent("rubric/valid/default-rubric.xml"), encoding: .utf8)

    /// One broken document per kind of error: (name, text).
    static let cases: [(String, String)] = [
        ("enumeration", example.replacingOccurrences(of: "type=\"newcomers\"", with: "type=\"nieuwkomers\"")),
        ("pattern-thousands-dot", example.replacingOccurrences(of: "amount=\"15000\"/>", with: "amount=\"10.000\"/>")),
        ("decimal-comma", example.replacingOccurrences(of: "amount=\"2500\"", with: "amount=\"6500,00\"")),
        (
            "basis-points-percent",
            example.replacingOccurrences(of: "maxShareOfOneSource=\"4000\"", with: "maxShareOfOneSource=\"40%\"")
        ),
        ("date", example.replacingOccurrences(of: "2023-03-01", with: "01/09/2024")),
        (
            "boolean",
            example.replacingOccurrences(of: "<manifesto exists=\"true\"/>", with: "<manifesto exists=\"ja\"/>")
        ),
        ("maximum", example.replacingOccurrences(of: "horizonYears=\"3\"", with: "horizonYears=\"20\"")),
        (
            "missing-element",
            example.replacingOccurrences(
                of: "aan 50 euro\"/>\n      <governance seats=\"1\" votes=\"1\" veto=\"false\"/>",
                with: "aan 50 euro\"/>")
        ),
        (
            "missing-end-tag",
            example.replacingOccurrences(
                of: "veto=\"false\"/>\n    </partner>\n    <partner id=\"cvo-limburg\"",
                with: "veto=\"false\"/>\n    <partner id=\"cvo-limburg\"")
        ),
        (
            "unexpected-attribute",
            example.replacingOccurrences(
                of: "<capacity volunteerHoursPerMonth", with: "<capacity volunteerHoursPerMont")
        ),
        ("curly-quotes", example.replacingOccurrences(of: "type=\"ngo\"", with: "type=”ngo”")),
        ("bare-ampersand", example.replacingOccurrences(of: "Stad Genk, dienst", with: "Stad & Genk, dienst")),
        (
            "keyref",
            rubric.replacingOccurrences(
                of: "criterion=\"coverage\" minimumScore", with: "criterion=\"coverrage\" minimumScore")
        ),
        (
            "key",
            rubric.replacingOccurrences(of: "<criterion id=\"diversification\"", with: "<criterion id=\"coverage\"")
        ),
    ]

    @Test func everyKindOfErrorIsSaidInBothLanguages() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        for (name, text) in Self.cases {
            let path = try TestSupport.write(text, named: "\(name).xml", in: folder)
            let errors = Self.validator.validate(path: path).diagnostics.filter { $0.severity == .error }
            #expect(!errors.isEmpty, "\(name) was accepted")
            lines.append("== \(name)")
            for error in errors.prefix(3) {
                #expect(error.translations[.nl] != nil, "\(name): no Dutch for \(error.message)")
                for language in Language.allCases {
                    let message = error.message(in: language)
                    #expect(
                        !message.contains("[facet") && !message.contains("atomic type"),
                        "\(name): raw text in \(message)")
                    lines.append("\(error.line):\(error.column) \(language.rawValue): \(message)")
                }
            }
        }
        try Golden.assertMatches(lines.joined(separator: "\n") + "\n", file: "messages/schema-messages.txt")
    }

    @Test func aLatin1FileIsExplained() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Array(Self.example.utf8)
        let marker = Array("coördinator".utf8)
        let start = try #require(
            (0..<bytes.count).first { Array(bytes[$0..<min(bytes.count, $0 + marker.count)]) == marker })
        bytes.replaceSubrange(start + 2..<start + 4, with: [0xF6])  // ö in Latin-1
        let path = folder.appendingPathComponent("latin1.xml")
        try Data(bytes).write(to: path)
        let error = try #require(Self.validator.validate(path: path.path).diagnostics.first)
        #expect(error.message(in: .nl).contains("niet als UTF-8 bewaard"))
        #expect(error.message(in: .en).contains("not saved as UTF-8"))
        #expect(error.detail?.contains("not proper UTF-8") == true)
    }

    /// Every element and attribute of every schema has a simple type whose advice exists in both
    /// languages and holds no library jargon.
    @Test(arguments: DocumentKind.allCases)
    func everyTypeInUseHasPlainAdvice(kind: DocumentKind) throws {
        let model = try #require(SchemaModel.forKind(kind), "cannot read \(kind.schemaFileName)")
        let schemaText = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("catalogues/schema/\(kind.schemaFileName)"),
            encoding: .utf8)
        // Every element declared in the file is in the model.
        for name in Self.declaredNames(in: schemaText, tag: "xs:element") {
            #expect(model.elements.contains { $0.name == name }, "\(kind): element \(name) missing from the model")
        }
        var checked = 0
        for element in model.elements {
            let uses =
                element.attributes.map { ("\(element.name)@\($0.name)", $0.type) }
                + (element.textType.map { [(element.name, $0)] } ?? [])
            for (place, type) in uses {
                for language in Language.allCases {
                    let advice = TypeAdvice(model: model, language: language).advice(for: type)
                    #expect(advice?.isEmpty == false, "\(kind): no \(language) advice for \(place) (type \(type))")
                    for jargon in ["[facet", "atomic type", "xs:", "\\s", "\\S"] {
                        #expect(
                            advice?.contains(jargon) != true, "\(kind): \(place) advice has \(jargon): \(advice ?? "")")
                    }
                }
                checked += 1
            }
        }
        #expect(checked > 3)
    }

    /// The `name` of every `<tag name="…"` in a schema text.
    static func declaredNames(in text: String, tag: String) -> Set<String> {
        var names: Set<String> = []
        for part in text.components(separatedBy: "<\(tag) name=\"").dropFirst() {
            if let end = part.firstIndex(of: "\"") { names.insert(String(part[..<end])) }
        }
        return names
    }

    @Test func belgianNumbersAreUnderstoodOnlyToSayWhatWasMeant() {
        #expect(BelgianNumber.decimal("10.000") == "10000")
        #expect(BelgianNumber.decimal("1.500,50") == "1500.50")
        #expect(BelgianNumber.decimal("6500,00") == "6500.00")
        #expect(BelgianNumber.decimal("12.5") == nil)
        #expect(BelgianNumber.basisPoints(fromPercent: "12,5") == "1250")
        #expect(BelgianNumber.date("01/09/2024") == "2024-09-01")
        #expect(
            VocabularyLabels.closest(
                to: "nieuwkomers", type: "TargetGroup", values: TargetGroup.allCases.map(\.rawValue)) == "newcomers")
        #expect(
            VocabularyLabels.closest(
                to: "feitelijke vereniging", type: "NetworkLegalForm", values: NetworkLegalForm.allCases.map(\.rawValue)
            ) != nil)
        #expect(DecimalText.text(92.382, decimals: 3, .nl) == "92,382")
        #expect(DecimalText.text(-12345.5, decimals: 1, .nl) == "-12.345,5")
        #expect(DecimalText.text(92.382, decimals: 3, .en) == "92.382")
    }
}
