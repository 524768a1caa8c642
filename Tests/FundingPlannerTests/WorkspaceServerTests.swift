import Foundation
import Testing

/// `fundplan serve`'s safety rules, against the built binary on a free loopback port: each hostile
/// request is refused with the right status and nothing is written in the workspace folder.
@Suite(.serialized)
struct WorkspaceServerTests {
    /// The files the server writes when a change is accepted.
    static func written(_ folder: URL) -> [String] {
        ["draft.json", "profile.xml", "outputs"].filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
    }

    static let purpose =
        "revision=0&name=Samen+Koken&purpose=Samen+koken+we+met+nieuwkomers+zodat+ze+Nederlands+leren.&themes%5B%5D=language-and-integration&targetGroups%5B%5D=newcomers&regionName=Gent&founded=01%2F09%2F2024&legalForm=nonprofit-association"

    @Test func aForeignHostIsRefused() throws {
        let server = try ServedWorkspace()
        let session = try server.session()
        for host in [
            "evil.example", "evil.example:\(server.port)", "127.0.0.1:1", "localhost.evil.example:\(server.port)",
        ] {
            let answer = try LoopbackHTTP.send(port: server.port, path: "/", headers: ["Cookie": session], host: host)
            #expect(answer.status == 421, "Host \(host): \(answer.status)")
        }
        let post = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/section/purpose",
            headers: [
                "Cookie": session, "Origin": "http://evil.example", "Content-Type": "application/x-www-form-urlencoded",
            ],
            body: Array(Self.purpose.utf8), host: "evil.example")
        #expect(post.status == 421)
        #expect(Self.written(server.folder).isEmpty)
        for host in ["127.0.0.1:\(server.port)", "localhost:\(server.port)"] {
            #expect(
                try LoopbackHTTP.send(port: server.port, path: "/", headers: ["Cookie": session], host: host).status
                    == 200)
        }
    }

    @Test func theLaunchTokenIsNeededOnceAndBecomesAStrictCookie() throws {
        let server = try ServedWorkspace()
        #expect(try LoopbackHTTP.send(port: server.port, path: "/").status == 403)
        #expect(try LoopbackHTTP.send(port: server.port, path: "/section/purpose").status == 403)
        #expect(
            try LoopbackHTTP.send(port: server.port, path: "/?token=" + String(repeating: "0", count: 64)).status == 403
        )
        let first = try LoopbackHTTP.send(port: server.port, path: server.launchPath)
        #expect(first.status == 303)
        let cookie = try #require(first.header("set-cookie"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
        #expect(!cookie.contains(server.launchPath.dropFirst("/?token=".count)), "the cookie is not the token")
        // The token works once: a second use (someone who saw the terminal) is refused.
        #expect(try LoopbackHTTP.send(port: server.port, path: server.launchPath).status == 403)
        let session = String(cookie.prefix { $0 != ";" })
        let home = try LoopbackHTTP.send(port: server.port, path: "/", headers: ["Cookie": session])
        #expect(home.status == 200)
        #expect(
            try LoopbackHTTP.send(port: server.port, path: "/", headers: ["Cookie": "fundplan_session=guess"]).status
                == 403)
        let post = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/section/purpose",
            headers: ["Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded"],
            body: Array(Self.purpose.utf8))
        #expect(post.status == 403)
        #expect(Self.written(server.folder).isEmpty)
    }

    @Test func crossSitePostsAreRefusedAndWriteNothing() throws {
        let server = try ServedWorkspace()
        let session = try server.session()
        let refused: [[String: String]] = [
            ["Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"],
            ["Sec-Fetch-Site": "same-site", "Origin": "http://127.0.0.1:1"],  // another app on this machine
            ["Origin": "http://evil.example"],  // an older browser: no Fetch Metadata
            ["Origin": "null"],
            [:],  // neither header
        ]
        for headers in refused {
            for path in [
                "/section/purpose", "/versions", "/upload", "/history/20260101T000000Z-0001/restore", "/plan", "/pdf",
                "/review", "/review/upload", "/scenarios",
            ] {
                let answer = try LoopbackHTTP.send(
                    port: server.port, method: "POST", path: path,
                    headers: headers.merging(["Cookie": session, "Content-Type": "application/x-www-form-urlencoded"]) {
                        a, _ in a
                    },
                    body: Array(Self.purpose.utf8))
                #expect(answer.status == 403, "\(headers) \(path): \(answer.status)")
            }
        }
        #expect(Self.written(server.folder).isEmpty)
        let accepted = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/section/purpose",
            headers: [
                "Cookie": session, "Origin": "http://127.0.0.1:\(server.port)",
                "Content-Type": "application/x-www-form-urlencoded",
            ],
            body: Array(Self.purpose.utf8))
        #expect(accepted.status == 303)
        #expect(Self.written(server.folder) == ["draft.json"])
    }

    @Test func pathsFromTheBrowserNeverLeaveTheWorkspace() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        try "secret".write(to: parent.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let server = try ServedWorkspace(folder: parent.appendingPathComponent("workspace"))
        let session = try server.session()
        let paths = [
            "/download/..%2Fsecret.txt", "/download/..%2F..%2Fsecret.txt", "/download/%2e%2e%2fsecret.txt",
            "/download/draft.json", "/download/.fundplan-serve.lock", "/download/..", "/download/%2Fetc%2Fpasswd",
            "/assets/..%2F..%2F..%2FPackage.swift", "/assets/%2e%2e%2flayout.mustache",
            "/history/..%2F..%2Fsecret/restore", "/diff?from=..%2F..%2Fsecret&to=current",
            "/download/..%2Foutputs%2Fdossier.zip", "/download/outputs%2Fplan.pdf", "/download/dossier.zip%00.txt",
            "/review/compare?plan=..%2F..%2Fsecret.txt&plan=..%2Fsecret.txt",
        ]
        for path in paths {
            let answer = try LoopbackHTTP.send(port: server.port, path: path, headers: ["Cookie": session])
            #expect([400, 404].contains(answer.status), "\(path): \(answer.status)")
            #expect(!answer.body.contains("secret") && !answer.body.contains("root:"), "\(path)")
        }
        let restore = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/history/..%2F..%2Fsecret/restore",
            headers: [
                "Cookie": session, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded",
            ],
            body: Array("revision=0".utf8))
        #expect(restore.status == 404)
        #expect(Self.written(server.folder).isEmpty)
    }

    /// A ZIP of plans for the reviewer's desk with a path leaving the archive, too many files or a
    /// bomb is refused with the reason, and nothing is written.
    @Test func hostileZipsOfPlansAreRefused() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let maker = parent.appendingPathComponent("zips.py")
        try """
        import sys, zipfile
        folder = sys.argv[1]
        with zipfile.ZipFile(folder + "/escape.zip", "w") as z: z.writestr("../escape.xml", "<plan/>")
        with zipfile.ZipFile(folder + "/many.zip", "w") as z:
            for i in range(101): z.writestr(f"p{i}.xml", "<plan/>")
        with zipfile.ZipFile(folder + "/bomb.zip", "w", zipfile.ZIP_DEFLATED) as z: z.writestr("bomb.xml", bytes(40 << 20))
        """.write(to: maker, atomically: true, encoding: .utf8)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", maker.path, parent.path]
        try python.run()
        python.waitUntilExit()
        let server = try ServedWorkspace(folder: parent.appendingPathComponent("workspace"))
        let session = try server.session()
        let boundary = "fundplanboundary"
        let reasons = [
            // The page is in Dutch: so is the reason.
            "escape.zip": "buiten de map van het archief", "many.zip": "meer dan 100 bestanden",
            "bomb.zip": "uitgepakt groter dan",
        ]
        for (file, reason) in reasons.sorted(by: { $0.key < $1.key }) {
            let zip = try [UInt8](Data(contentsOf: parent.appendingPathComponent(file)))
            let body =
                Array(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"zip\"; filename=\"\(file)\"\r\n\r\n".utf8)
                + zip + Array("\r\n--\(boundary)--\r\n".utf8)
            let answer = try LoopbackHTTP.send(
                port: server.port, method: "POST", path: "/review/upload",
                headers: [
                    "Cookie": session, "Sec-Fetch-Site": "same-origin",
                    "Content-Type": "multipart/form-data; boundary=\(boundary)",
                ],
                body: body)
            #expect(answer.status == 422, "\(file)")
            #expect(
                answer.body.contains(reason) && answer.body.contains("Niets is gewijzigd"), "\(file): \(answer.body)")
        }
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("review").path))
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.xml").path))
    }

    /// The plan's Word document and dossier are made with the plan; without a Chromium on `PATH`
    /// the PDF button is replaced by a note, and asking for PDFs anyway says why none is made.
    @Test func withoutChromiumThePDFSaysWhy() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: Examples.path("social-restaurant"), toPath: folder.appendingPathComponent("profile.xml").path)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = folder.path
        let server = try ServedWorkspace(folder: folder, environment: environment)
        let session = try server.session()
        let headers = [
            "Cookie": session, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded",
        ]
        let plan = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/plan", headers: headers, body: Array("revision=0".utf8))
        #expect(plan.status == 303)
        let outputs = folder.appendingPathComponent("outputs")
        for name in ["plan.xml", "plan-funder.html", "plan-funder.docx", "dossier.zip"] {
            #expect(FileManager.default.fileExists(atPath: outputs.appendingPathComponent(name).path), "\(name)")
        }
        let page = try LoopbackHTTP.send(port: server.port, path: "/downloads", headers: ["Cookie": session])
        #expect(page.body.contains("id=\"pdf-unavailable\"") && !page.body.contains("action=\"/pdf\""))
        let pdf = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/pdf", headers: headers, body: Array("revision=0".utf8))
        #expect(pdf.status == 503)
        #expect(pdf.body.contains("chromium"), "\(pdf.body)")
        #expect(!FileManager.default.fileExists(atPath: outputs.appendingPathComponent("plan.pdf").path))
        let docx = try LoopbackHTTP.send(
            port: server.port, path: "/download/plan-funder.docx", headers: ["Cookie": session])
        #expect(docx.status == 200 && docx.header("content-disposition") == "attachment; filename=\"plan-funder.docx\"")
    }

    /// A file name from the browser (`../../x.xml`) is reduced to a name inside `review/`.
    @Test func uploadedFileNamesStayInsideTheWorkspace() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let server = try ServedWorkspace(folder: parent.appendingPathComponent("workspace"))
        let session = try server.session()
        let boundary = "fundplanboundary"
        var body = ""
        for name in ["../../escaped.xml", "/etc/cron.d/evil.xml", "..\\win.xml", ".hidden.xml", "notes.txt"] {
            body +=
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"plans\"; filename=\"\(name)\"\r\n\r\n<plan/>\r\n"
        }
        body += "--\(boundary)--\r\n"
        let answer = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/review/upload",
            headers: [
                "Cookie": session, "Sec-Fetch-Site": "same-origin",
                "Content-Type": "multipart/form-data; boundary=\(boundary)",
            ],
            body: Array(body.utf8))
        #expect(answer.status == 303)
        let review = try FileManager.default.contentsOfDirectory(
            atPath: server.folder.appendingPathComponent("review").path)
        #expect(review.sorted() == ["escaped.xml", "evil.xml", "win.xml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["workspace"])
    }

    @Test func oversizedAndHostileUploadsAreRefused() throws {
        let server = try ServedWorkspace()
        let session = try server.session()
        let boundary = "fundplanboundary"
        func upload(_ content: String) throws -> LoopbackHTTP.Answer {
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"profile\"; filename=\"p.xml\"\r\nContent-Type: text/xml\r\n\r\n"
                + content
                + "\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"revision\"\r\n\r\n0\r\n--\(boundary)--\r\n"
            return try LoopbackHTTP.send(
                port: server.port, method: "POST", path: "/upload",
                headers: [
                    "Cookie": session, "Sec-Fetch-Site": "same-origin",
                    "Content-Type": "multipart/form-data; boundary=\(boundary)",
                ],
                body: Array(body.utf8))
        }
        #expect(try upload(String(repeating: "<a/>", count: 600_000)).status == 413)
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE n [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><network xmlns="urn:fundingplanner:network:1">&c;</network>
            """
        let hostile = try upload(laughs)
        #expect(hostile.status == 422)
        #expect(hostile.body.contains("Niets is gewijzigd"))
        let external = try upload(
            "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><network>&x;</network>")
        #expect(external.status == 422)
        #expect(!external.body.contains("root:"))
        #expect(Self.written(server.folder).isEmpty, "a refused file writes nothing")
        // A profile with a wrong amount in its second cost line: opened as the working draft (never
        // as profile.xml), the problem placed in its section and row, and linked to its field.
        let example = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("catalogues/examples/social-restaurant.xml"),
            encoding: .utf8)
        let costs = example.ranges(of: "<cost ")
        let second = try #require(costs.count > 1 ? costs[1] : nil)
        let amount = try #require(example.range(of: "amount=\"", range: second.upperBound..<example.endIndex))
        var broken = example
        broken.insert(contentsOf: "x", at: amount.upperBound)
        let wrong = try upload(broken)
        #expect(wrong.status == 200)
        #expect(wrong.body.contains("Begroting per jaar en categorie, kostenlijn 2 (regel "), "\(wrong.body)")
        #expect(wrong.body.contains("<a href=\"/section/budget?check=1#cost-r"), "\(wrong.body)")
        #expect(wrong.body.contains("Kostenlijn 2: bedrag: &#39;x"), "\(wrong.body)")
        let form = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/section/purpose",
            headers: [
                "Cookie": session, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded",
            ],
            body: Array(("revision=0&name=" + String(repeating: "x", count: 1_100_000)).utf8))
        #expect(form.status == 413)
        #expect(Self.written(server.folder) == ["draft.json"])
    }

    @Test func everyAnswerCarriesAStrictPolicyAndNoInlineScript() throws {
        let server = try ServedWorkspace()
        let session = try server.session()
        for path in [
            "/", "/section/purpose", "/section/partners", "/section/contributions", "/section/assets",
            "/section/budget", "/section/preferences", "/history", "/downloads", "/nothing-here", "/review",
            "/review/compare?plan=a.xml&plan=b.xml", "/scenarios", "/section/budget?check=1",
        ] {
            let answer = try LoopbackHTTP.send(port: server.port, path: path, headers: ["Cookie": session])
            let policy = answer.header("content-security-policy") ?? ""
            #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), "\(path)")
            #expect(!policy.contains("unsafe"), "\(path)")
            #expect(answer.header("x-content-type-options") == "nosniff")
            #expect(answer.header("x-frame-options") == "DENY")
            for script in answer.body.matches(of: /<script[^>]*>/) {
                #expect(script.0.contains("src=\"/assets/"), "inline or foreign script in \(path)")
            }
            #expect(
                !answer.body.contains("http://") && !answer.body.contains("https://"), "an external address in \(path)")
        }
    }

    @Test func aStaleFormIsAConflictNotAnOverwrite() throws {
        let server = try ServedWorkspace()
        let session = try server.session()
        let headers = [
            "Cookie": session, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded",
        ]
        #expect(
            try LoopbackHTTP.send(
                port: server.port, method: "POST", path: "/section/purpose", headers: headers,
                body: Array(Self.purpose.utf8)
            ).status == 303)
        let draft = try String(contentsOf: server.folder.appendingPathComponent("draft.json"), encoding: .utf8)
        // A second tab still holds revision 0.
        let stale = Self.purpose.replacingOccurrences(of: "Samen+Koken", with: "Other+name")
        let answer = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/section/purpose", headers: headers, body: Array(stale.utf8))
        #expect(answer.status == 409)
        #expect(answer.body.contains("gewijzigd"))
        #expect(try String(contentsOf: server.folder.appendingPathComponent("draft.json"), encoding: .utf8) == draft)
        let autosave = try LoopbackHTTP.send(
            port: server.port, method: "POST", path: "/section/purpose/autosave", headers: headers,
            body: Array(stale.utf8))
        #expect(autosave.status == 409)
        #expect(try String(contentsOf: server.folder.appendingPathComponent("draft.json"), encoding: .utf8) == draft)
    }

    @Test func sigtermStopsGracefullyAndTheDraftSurvivesARestart() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let server = try ServedWorkspace(folder: folder)
            let session = try server.session()
            let headers = [
                "Cookie": session, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded",
            ]
            let saved = try LoopbackHTTP.send(
                port: server.port, method: "POST", path: "/section/purpose/autosave", headers: headers,
                body: Array(Self.purpose.utf8))
            #expect(saved.status == 200)
            #expect(saved.body.contains("\"revision\":1"))
            // A second server on the same folder is refused while the first runs.
            let second = try TestSupport.run(["serve", folder.path, "--port", "0"])
            #expect(second.status == 1)
            #expect(second.standardError.contains("another fundplan serve"))
            #expect(server.stop() == 0)
        }
        let again = try ServedWorkspace(folder: folder)
        let session = try again.session()
        let page = try LoopbackHTTP.send(port: again.port, path: "/section/purpose", headers: ["Cookie": session])
        #expect(page.body.contains("value=\"Samen Koken\""))
        let home = try LoopbackHTTP.send(port: again.port, path: "/", headers: ["Cookie": session])
        #expect(home.body.contains("concept van de vorige keer"))
    }
}
