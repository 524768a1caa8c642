import Foundation

/// A word as a POSIX shell reads it back unchanged, for the commands the pages show to be
/// copied into a terminal.
///
/// Plain words (letters, digits and `_ / . , : @ % + = -`) stay as they are; any other is put
/// between single quotes, a single quote inside written as `'\''`. So a workspace folder named
/// `Buurtkeuken Ledeberg` gives `'…/Buurtkeuken Ledeberg/scenarios.xml'`, one argument.
enum ShellWord {
    private static let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_/.,:@%+=-")

    /// `word`, quoted when the shell would otherwise split or expand it.
    static func quoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy(plain.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
