import Foundation
import Testing

/// A scenario variant's yields and caps in `fundplan serve`: read at their fields, written to the
/// workspace's `scenarios.xml` (schema-valid, atomically), planned and compared with them, and the
/// variant's plan the very bytes `fundplan plan --scenario` writes.
@Suite(.serialized)
struct WorkspaceScenarioTests {
    /// A served copy of the social-restaurant example with one variant, `s1`.
    static func served() throws -> (server: ServedWorkspace, session: String, headers: [String: String]) {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(
            atPath: Examples.path("social-restaurant"), toPath: folder.appendingPathComponent("profile.xml").path)
        let server = try ServedWorkspace(folder: folder)
        let session = try server.session()
        let headers = [
            "Cookie": session, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded",
        ]
        let made = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios", headers: headers, body: Array("name=Zaal".utf8))
        #expect(made.status == 303 && made.header("location") == "/scenarios/s1")
        return (server, session, headers)
    }

    /// A form body from name–value pairs, encoded as a browser encodes it.
    static func form(_ pairs: [(String, String)]) -> [UInt8] {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return Array(
            pairs.map {
                $0.addingPercentEncoding(withAllowedCharacters: allowed)! + "="
                    + $1.addingPercentEncoding(withAllowedCharacters: allowed)!
            }.joined(separator: "&").utf8)
    }

    static let change: [(String, String)] = [
        ("name", "Minder zaalverhuur"), ("yield[y1][model]", "venue-hire"), ("yield[y1][typical]", "3.000"),
        ("yield[y1][minimum]", "0"), ("yield[y1][maximum]", "9.000"), ("cap[c1][model]", "event-catering"),
        ("cap[c1][perYear]", "8.000"), ("action", "save"),
    ]

    @Test func aYieldAndACapAreWrittenAsAValidScenarioFileAndPlannedAsTheCommandLinePlansThem() throws {
        let (server, session, headers) = try Self.served()
        defer { try? FileManager.default.removeItem(at: server.folder) }
        let file = server.folder.appendingPathComponent("scenarios.xml").path
        // A hard link keeps the file as it was: written atomically (a new file renamed into
        // place), the link still holds the old bytes and the name another inode.
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let link = server.folder.appendingPathComponent("old-scenarios.xml").path
        try FileManager.default.linkItem(atPath: file, toPath: link)
        let saved = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios/s1", headers: headers, body: Self.form(Self.change))
        #expect(saved.status == 303, "\(saved.body)")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(try String(contentsOfFile: link, encoding: .utf8) == before)
        #expect(before.contains("<scenario id=\"s1\">") && !before.contains("<yield"))
        // `10.000` typed the Belgian way is ten thousand euros; the file holds the machine form.
        #expect(
            written.contains("<yield model=\"venue-hire\" typical=\"3000.00\" minimum=\"0.00\" maximum=\"9000.00\"/>"))
        #expect(written.contains("<cap model=\"event-catering\" perYear=\"8000.00\"/>"))
        #expect(written.contains("<name xml:lang=\"nl\">Minder zaalverhuur</name>"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: server.folder.path).filter {
            ![
                "profile.xml", "scenarios.xml", "scenarios", "old-scenarios.xml", ".fundplan-serve.lock", "draft.json",
                "history",
            ]
            .contains($0)
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
        let validate = try TestSupport.run(["validate", file])
        #expect(validate.status == 0, "\(validate.standardError)")

        // The variant's plan: the bytes `fundplan plan --scenario` writes from the same files.
        let download = try LoopbackHTTP.send(
            port: server.port, path: "/scenarios/s1/plan.xml", headers: ["Cookie": session])
        #expect(
            download.status == 200 && download.header("content-disposition") == "attachment; filename=\"plan-s1.xml\"")
        let output = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let cli = try TestSupport.run([
            "plan", server.folder.appendingPathComponent("scenarios/s1.xml").path, "-o", output.path, "--scenario",
            "s1",
            "--scenario-file", file, "--lang", "nl",
        ])
        #expect(cli.status == 0, "\(cli.standardError)")
        let expected = try String(contentsOf: output.appendingPathComponent("plan.xml"), encoding: .utf8)
        #expect(download.body == expected)
        #expect(expected.contains("<scenario id=\"s1\">Minder zaalverhuur</scenario>"))
        #expect(expected.contains("role=\"scenario\""))
        // The page shows the command, and the saved rows again.
        let page = try LoopbackHTTP.send(port: server.port, path: "/scenarios/s1", headers: ["Cookie": session])
        #expect(page.body.contains("--scenario s1 --scenario-file "))
        #expect(page.body.contains("name=\"yield[y1][typical]\" value=\"3000\""))
        #expect(page.body.contains("<option value=\"event-catering\" selected>"))
    }

    @Test func aBadYieldIsRefusedAtItsFieldAndNothingIsWritten() throws {
        let (server, _, headers) = try Self.served()
        defer { try? FileManager.default.removeItem(at: server.folder) }
        let file = server.folder.appendingPathComponent("scenarios.xml").path
        let variant = server.folder.appendingPathComponent("scenarios/s1.xml").path
        let before = try [
            String(contentsOfFile: file, encoding: .utf8), String(contentsOfFile: variant, encoding: .utf8),
        ]
        let cases: [(field: String, value: String, at: String, words: String)] = [
            ("yield[y1][typical]", "10.00.0", "yield-y1-typical", "is geen bedrag"),
            ("yield[y1][minimum]", "20.000", "yield-y1-typical", "het minimum mag niet boven"),
            ("cap[c1][perYear]", "", "cap-c1-perYear", "Geef het maximum per jaar"),
            ("cap[c1][model]", "no-such-model", "cap-c1-model", "Kies een verdienmodel"),
        ]
        for bad in cases {
            let pairs = Self.change.map { $0.0 == bad.field ? (bad.field, bad.value) : $0 }
            let answer = try LoopbackHTTP.send(
                port: server.port, method: "POST", path: "/scenarios/s1", headers: headers, body: Self.form(pairs))
            #expect(answer.status == 422, "\(bad.field)=\(bad.value)")
            #expect(answer.body.contains("href=\"#\(bad.at)\""), "the summary links to \(bad.at)")
            #expect(answer.body.contains("id=\"\(bad.at)-error\""), "the message stands at \(bad.at)")
            #expect(answer.body.contains(bad.words), "\(bad.field)=\(bad.value): \(answer.body)")
            if bad.field.hasSuffix("[typical]") || bad.field.hasSuffix("[minimum]") {
                #expect(answer.body.contains("value=\"\(bad.value)\""), "what was typed stays")
            }
        }
        let after = try [
            String(contentsOfFile: file, encoding: .utf8), String(contentsOfFile: variant, encoding: .utf8),
        ]
        #expect(after == before)
    }

    @Test func addAnotherAndRemoveWorkWithoutJavaScript() throws {
        let (server, _, headers) = try Self.served()
        defer { try? FileManager.default.removeItem(at: server.folder) }
        let pairs = Self.change.filter { $0.0 != "action" } + [("action", "add-yield")]
        let added = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios/s1", headers: headers, body: Self.form(pairs))
        #expect(added.status == 200)
        #expect(added.body.contains("id=\"yield-y2-model\" name=\"yield[y2][model]\" autofocus"))
        #expect(added.body.contains("name=\"yield[y1][typical]\" value=\"3.000\""))
        let removed = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios/s1", headers: headers,
            body: Self.form(Self.change.filter { $0.0 != "action" } + [("action", "remove:cap-c1")]))
        #expect(removed.status == 200 && !removed.body.contains("value=\"8.000\""))
        #expect(
            !(try String(contentsOfFile: server.folder.appendingPathComponent("scenarios.xml").path, encoding: .utf8))
                .contains("<yield"))
    }

    @Test func theComparisonMarksWhatTheOverridesChangeAndPromotingStillWorks() throws {
        let (server, session, headers) = try Self.served()
        defer { try? FileManager.default.removeItem(at: server.folder) }
        _ = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios/s1", headers: headers, body: Self.form(Self.change))
        let page = try LoopbackHTTP.send(
            port: server.port, path: "/scenarios?show=s1", headers: ["Cookie": session + "; fundplan_lang=en"])
        #expect(page.status == 200)
        let rows = page.body.matches(of: /<tr><th scope="row">([^<]*)<\/th>(.*?)<\/tr>/).map {
            (String($0.1), String($0.2))
        }
        let marked = Set(rows.filter { $0.1.contains("class=\"differs\"") }.map(\.0))
        #expect(marked.contains("Other yields and caps"), "\(marked)")
        #expect(rows.contains { $0.0 == "Other yields and caps" && $0.1.contains("at most €8,000 a year") })
        #expect(marked.contains { $0.hasSuffix("amount over all years") }, "\(marked)")
        #expect(marked.contains { $0.contains("P10 / P50 / P90") }, "\(marked)")
        let promoted = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios/s1/promote", headers: headers,
            body: Array("revision=0".utf8))
        #expect(promoted.status == 303 && promoted.header("location") == "/")
    }

    /// A variant made before `scenarios.xml` existed is planned without overrides.
    ///
    /// Its page shows the command without `--scenario`, and saving gives it its `<scenario>`.
    /// Labels follow the page's language.
    @Test func aVariantWithoutItsScenarioInTheFileStillPlansAndGetsOneWhenSaved() throws {
        let (server, session, headers) = try Self.served()
        defer { try? FileManager.default.removeItem(at: server.folder) }
        let file = server.folder.appendingPathComponent("scenarios.xml")
        try FileManager.default.removeItem(at: file)
        let page = try LoopbackHTTP.send(
            port: server.port, path: "/scenarios/s1", headers: ["Cookie": session + "; fundplan_lang=en"])
        #expect(page.status == 200 && !page.body.contains("--scenario s1"))
        #expect(page.body.contains("<option value=\"venue-hire\">Venue hire</option>"))
        #expect(page.body.contains("<label for=\"yield-y1-typical\">Typical yield a year (euros)</label>"))
        let download = try LoopbackHTTP.send(
            port: server.port, path: "/scenarios/s1/plan.xml", headers: ["Cookie": session])
        let output = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let cli = try TestSupport.run([
            "plan", server.folder.appendingPathComponent("scenarios/s1.xml").path, "-o", output.path, "--lang", "nl",
        ])
        #expect(cli.status == 0)
        #expect(download.body == (try String(contentsOf: output.appendingPathComponent("plan.xml"), encoding: .utf8)))
        let saved = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios/s1", headers: headers, body: Self.form(Self.change))
        #expect(saved.status == 303)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("<scenario id=\"s1\">"))
    }

    /// A `scenarios.xml` that cannot be used (here: made for another network) is named on the
    /// scenario's page and above the comparison, never silently planned without.
    @Test func anUnusableScenarioFileIsSaidNotIgnored() throws {
        let (server, session, headers) = try Self.served()
        defer { try? FileManager.default.removeItem(at: server.folder) }
        let file = server.folder.appendingPathComponent("scenarios.xml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "network=\"tafel-van-de-wijk\"", with: "network=\"ander-netwerk\"").write(
            to: file, atomically: true, encoding: .utf8)
        for path in ["/scenarios/s1", "/scenarios?show=s1"] {
            let page = try LoopbackHTTP.send(port: server.port, path: path, headers: ["Cookie": session])
            #expect(
                page.status == 200 && page.body.contains("scenarios.xml: ") && page.body.contains("ander-netwerk"),
                "\(path)")
        }
        let saved = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/scenarios/s1", headers: headers, body: Self.form(Self.change))
        #expect(saved.status == 303)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("network=\"tafel-van-de-wijk\""))
    }

    @Test func theNewRoutesKeepTheSafetyRules() throws {
        let (server, session, _) = try Self.served()
        defer { try? FileManager.default.removeItem(at: server.folder) }
        let before = try String(contentsOf: server.folder.appendingPathComponent("scenarios.xml"), encoding: .utf8)
        for path in ["/scenarios/s1", "/scenarios/s1/plan.xml"] {
            #expect(try LoopbackHTTP.send(port: server.port, path: path).status == 403, "no cookie: \(path)")
            #expect(
                try LoopbackHTTP.send(port: server.port, path: path, headers: ["Cookie": session], host: "evil.example")
                    .status == 421, "foreign host: \(path)")
        }
        for headers in [["Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"], ["Origin": "null"], [:]] {
            let answer = try LoopbackHTTP.send(
                port: server.port, method: "POST", path: "/scenarios/s1",
                headers: headers.merging(["Cookie": session, "Content-Type": "application/x-www-form-urlencoded"]) {
                    a, _ in a
                },
                body: Self.form(Self.change))
            #expect(answer.status == 403, "\(headers)")
        }
        #expect(
            try String(contentsOf: server.folder.appendingPathComponent("scenarios.xml"), encoding: .utf8) == before)
        for path in ["/scenarios/s1", "/scenarios/s9/plan.xml", "/scenarios/..%2Fprofile/plan.xml"] {
            let answer = try LoopbackHTTP.send(port: server.port, path: path, headers: ["Cookie": session])
            let policy = answer.header("content-security-policy") ?? ""
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe"), "\(path)")
            #expect(path == "/scenarios/s1" ? answer.status == 200 : answer.status == 404, "\(path): \(answer.status)")
            for script in answer.body.matches(of: /<script[^>]*>/) {
                #expect(script.0.contains("src=\"/assets/"), "inline script in \(path)")
            }
        }
    }
}
