import Foundation
import Testing

@testable import FundingPlannerXML

/// Lines are found by number without loading the file, in any order, across chunk and
/// checkpoint boundaries.
@Suite struct LineReaderTests {
    @Test func everyLineComesBackInAnyOrder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 3,000 lines (three checkpoints), lengths up to 300 bytes, so lines straddle the 64 KiB
        // chunks; one line of 70,000 bytes is cut at the maximum line length.
        var lines = (0..<3_000).map { index in
            "<line n=\"\(index + 1)\">" + String(repeating: "é", count: (index * 37) % 150)
        }
        lines[1_500] = String(repeating: "x", count: 70_000)
        let path = try TestSupport.write(lines.joined(separator: "\n"), named: "lines.xml", in: folder)
        let reader = LineReader(path: path)
        var random = SystemRandomNumberGenerator()
        for number in (1...3_000).shuffled(using: &random).prefix(300) + [1, 1_501, 3_000, 1_024, 1_025, 2_049] {
            let expected = Array(lines[number - 1].utf8.prefix(LineReader.maximumLineLength))
            #expect(reader.line(number) == expected, "line \(number)")
        }
        #expect(reader.line(3_001) == nil)
        #expect(reader.line(0) == nil)
    }

    @Test func columnsAreFoundOnTheAskedLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(
            "<a>\n  <b x=\"1\"/>\n\t\t<c:model/>\n<c:model/> <model/>\n", named: "c.xml", in: folder)
        let finder = ElementColumnFinder(path: path)
        #expect(finder.column(ofElement: "b", line: 2) == 3)
        #expect(finder.column(ofElement: "model", line: 3) == 3, "a prefixed start tag")
        #expect(finder.column(ofElement: "model", line: 4) == 12, "an unprefixed start tag first")
        #expect(finder.column(ofElement: "b", line: 3) == 0)
        #expect(finder.column(ofElement: "a", line: 9) == 0)
    }

    @Test func theFirstOccurrenceIsFoundInOnePassUpToTheGivenLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "<?xml version=\"1.0\"?>" + String(repeating: "\n", count: 2_500) + "  <!DOCTYPE x [\n<!DOCTYPE y>"
        let path = try TestSupport.write(text, named: "d.xml", in: folder)
        let finder = ElementColumnFinder(path: path)
        #expect(
            finder.firstOccurrence(ofElement: "!DOCTYPE", throughLine: 5_000).map { [$0.line, $0.column] } == [
                2_501, 3,
            ])
        #expect(finder.firstOccurrence(ofElement: "!DOCTYPE", throughLine: 2_500) == nil, "stops at the given line")
        #expect(finder.firstOccurrence(ofElement: "other", throughLine: 5_000) == nil)
    }
}
