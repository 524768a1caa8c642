import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

@Suite struct XMLWriterTests {
    @Test func escapesMarkupInTextAndAttributes() {
        var writer = XMLWriter()
        writer.open("root", [("name", "<script>alert(1)</script> & \"Co\"\n")])
        writer.element("text", text: "]]> & <b>")
        writer.element("control", text: "a\u{1}b")
        writer.comment("a -- b -")
        let text = writer.finish()
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <root name="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;&#10;">
                  <text>]]&gt; &amp; &lt;b&gt;</text>
                  <control>a\u{FFFD}b</control>
                  <!-- a - - b - -->
                </root>

                """)
    }

    /// The exported catalogue is schema-valid, loads back to the same models, and matches the golden file.
    @Test func catalogueExportRoundTripsAndMatchesGolden() throws {
        let catalogue = try CatalogueLoader().load().catalogue
        let exported = CatalogueXMLWriter.document(catalogue)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(exported, named: "export.xml", in: folder)
        let reloaded = try CatalogueLoader(additionalPaths: [path], includesDefault: false).load().catalogue
        #expect(reloaded.models.count == catalogue.models.count)
        for (original, copy) in zip(catalogue.models, reloaded.models) {
            var withSameOrigin = copy
            withSameOrigin.origin = original.origin
            #expect(withSameOrigin == original, "\(original.id)")
        }
        try Golden.assertMatches(exported, file: "catalogue-export.xml")
    }
}
