import Foundation
import Hummingbird

/// Small helpers for the answers the workspace gives.
enum Reply {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ object: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func file(_ bytes: [UInt8], type: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A same-site path to go back to: starts with one `/`, never `//` (no other host).
    static func safeBack(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            path.allSatisfy({ $0.isASCII && !$0.isWhitespace })
        else { return "/" }
        return path
    }
}

/// Reads the one file of a `multipart/form-data` upload (the profile picker).
enum MultipartFile {
    /// The bytes of the part named `field`, or `nil` when the body has no such part.
    static func extract(_ body: [UInt8], contentType: String, field: String) -> [UInt8]? {
        parts(body, contentType: contentType).first { $0.name == field }?.bytes
    }

    /// Every part: its field name, the file name the browser gave (if any) and its bytes.
    static func parts(_ body: [UInt8], contentType: String) -> [(name: String, fileName: String, bytes: [UInt8])] {
        guard let range = contentType.range(of: "boundary=") else { return [] }
        var boundary = String(contentType[range.upperBound...])
        if let end = boundary.firstIndex(of: ";") { boundary = String(boundary[..<end]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty, boundary.count <= 70 else { return [] }
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var start: Int?
        var index = 0
        while index + delimiter.count <= body.count {
            if body[index] == delimiter[0], Array(body[index..<(index + delimiter.count)]) == delimiter {
                if let start { parts.append(body[start..<max(start, index - 2)]) }
                index += delimiter.count
                start = index + 2
                continue
            }
            index += 1
        }
        let separator: [UInt8] = [13, 10, 13, 10]
        var found: [(String, String, [UInt8])] = []
        for part in parts {
            guard let split = firstIndex(of: separator, in: part) else { continue }
            let headers = String(decoding: part[part.startIndex..<split], as: UTF8.self)
            let name = headers.firstMatch(of: /; name="([^"]*)"/).map { String($0.1) } ?? ""
            let fileName = headers.firstMatch(of: /filename="([^"]*)"/).map { String($0.1) } ?? ""
            found.append((name, fileName, Array(part[(split + 4)...])))
        }
        return found
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
