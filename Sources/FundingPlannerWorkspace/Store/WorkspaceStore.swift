public import Foundation
public import FundingPlanner

/// Why the store refused a change.
public enum StoreError: Error, Sendable {
    /// The form was loaded at an older revision: another tab (or a restore) saved in between.
    case conflict(current: ProfileForm)
    /// A file could not be written or read.
    case io(DiagnosticsError)
    /// The version asked for does not exist.
    case noSuchVersion
}

/// The workspace folder: `profile.xml` (what every `fundplan` command reads), `draft.json` (the
/// form as typed, autosaved), `history/` (each saved version with its note) and `outputs/`.
///
/// Every write goes through ``AtomicFile``; one actor serialises them, and the form's revision
/// detects a second tab that edits the same profile (never merged silently).
public actor WorkspaceStore {
    /// The workspace folder.
    public nonisolated let folder: URL
    private(set) var form: ProfileForm
    /// When the draft was last written (for the "saved 14:02" status).
    private(set) var savedAt: Date?
    /// Whether the server started from a draft left by an earlier run.
    public private(set) var recovered: Bool

    /// Opens (or creates) a workspace folder, starting from the draft, else from `profile.xml`.
    public init(folder: URL, checker: ProfileChecker) throws(DiagnosticsError) {
        self.folder = folder
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder.appendingPathComponent("history"), withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot create the workspace folder: \(error)", file: folder.path,
                    isInputOutput: true)
            ])
        }
        let draftPath = folder.appendingPathComponent("draft.json").path
        let profilePath = folder.appendingPathComponent("profile.xml").path
        if let data = manager.contents(atPath: draftPath), data.count < 4_000_000,
            let draft = try? JSONDecoder().decode(ProfileForm.self, from: data)
        {
            form = draft
            // A draft that says what profile.xml says is not news; one that differs was left unsaved.
            let saved = manager.contents(atPath: profilePath).map { String(decoding: $0, as: UTF8.self) }
            recovered = saved == nil ? draft.revision > 0 : checker.check(draft, language: .nl).xml != saved
        } else if manager.fileExists(atPath: profilePath) {
            form = ProfileForm(try NetworkProfile.load(path: profilePath, catalogue: checker.catalogue).profile)
            recovered = false
        } else {
            form = ProfileForm()
            form.startYear = "\(Calendar(identifier: .gregorian).component(.year, from: Date()) + 1)"
            recovered = false
        }
    }

    /// The current form.
    public func current() -> ProfileForm { form }

    /// The time of the last draft write, if any.
    public func lastSaved() -> Date? { savedAt }

    /// Replaces the form with `new` when `revision` is the current one; writes the draft, and
    /// `profile.xml` too when `xml` is given (a complete, valid profile).
    @discardableResult
    public func apply(_ new: ProfileForm, expecting revision: Int, xml: String?) throws(StoreError) -> ProfileForm {
        guard revision == form.revision else { throw .conflict(current: form) }
        var next = new
        next.revision = form.revision + 1
        try write(next)
        if let xml {
            do { try AtomicFile.write(xml, to: path("profile.xml")) } catch { throw .io(error) }
        }
        form = next
        return next
    }

    /// Writes a complete profile as a new version in `history/`, with its note, and as `profile.xml`.
    public func saveVersion(xml: String, note: String, expecting revision: Int) throws(StoreError) -> String {
        guard revision == form.revision else { throw .conflict(current: form) }
        let id = VersionID.make(now: Date(), existing: versionIDs())
        do {
            try AtomicFile.write(xml, to: path("profile.xml"))
            try AtomicFile.write(note, to: path("history/\(id).txt"))
            try AtomicFile.write(xml, to: path("history/\(id).xml"))
        } catch { throw .io(error) }
        var next = form
        next.revision += 1
        try write(next)
        form = next
        return id
    }

    /// Every saved version, newest first, with its note.
    public func versions() -> [(id: String, note: String)] {
        versionIDs().reversed().map { id in
            (id, (try? String(contentsOfFile: path("history/\(id).txt"), encoding: .utf8)) ?? "")
        }
    }

    /// The XML bytes of a saved version (`id` must be a version id, never a path).
    public func versionBytes(_ id: String) throws(StoreError) -> [UInt8] {
        guard VersionID.isValid(id), versionIDs().contains(id),
            let data = FileManager.default.contents(atPath: path("history/\(id).xml"))
        else { throw .noSuchVersion }
        return Array(data)
    }

    /// The bytes of `profile.xml`, if it exists.
    public func profileBytes() -> [UInt8]? {
        FileManager.default.contents(atPath: path("profile.xml")).map(Array.init)
    }

    private func versionIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("history"))) ?? []
        return names.filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }.filter(VersionID.isValid).sorted()
    }

    private func write(_ next: ProfileForm) throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(next)) ?? Data()
        do { try AtomicFile.write(Array(data), to: path("draft.json")) } catch { throw .io(error) }
        savedAt = Date()
    }

    /// A path inside the workspace folder; `name` is always one of the store's own fixed names.
    nonisolated func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }
}

/// Version ids: the UTC time of the save and a sequence number, `20261129T140211Z-0003`.
enum VersionID {
    static func make(now: Date, existing: [String]) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let stamp = String(
            format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        return stamp + String(format: "-%04d", existing.count + 1)
    }

    static func isValid(_ id: String) -> Bool {
        id.wholeMatch(of: /\d{8}T\d{6}Z-\d{4}/) != nil
    }

    /// `2026-11-29 14:02 UTC` for people.
    static func readable(_ id: String) -> String {
        let d = Array(id)
        guard d.count >= 15 else { return id }
        return
            "\(String(d[0..<4]))-\(String(d[4..<6]))-\(String(d[6..<8])) \(String(d[9..<11])):\(String(d[11..<13])) UTC"
    }
}

extension StoreError {
    /// The form now in the store, when `error` is a conflict.
    static func theirs(_ error: any Error) -> ProfileForm? {
        if case StoreError.conflict(let current) = error { return current }
        return nil
    }
}
