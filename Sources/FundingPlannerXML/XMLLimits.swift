/// Limits that bound the work any single input can cause.
package struct XMLLimits: Sendable, Hashable {
    /// Largest accepted input file, in bytes.
    package var maximumFileSize: Int
    /// Most attributes accepted on one element (libxml2 2.9 checks duplicates quadratically).
    package var maximumAttributesPerElement: Int
    /// Stop collecting after this many errors in one document.
    package var maximumErrors: Int
    /// What to tell the user when a file is over ``maximumFileSize``.
    package var sizeAdvice: String

    package init(
        maximumFileSize: Int = 128 << 20, maximumAttributesPerElement: Int = 256, maximumErrors: Int = 100,
        sizeAdvice: String = "split it into smaller files"
    ) {
        self.maximumFileSize = maximumFileSize
        self.maximumAttributesPerElement = maximumAttributesPerElement
        self.maximumErrors = maximumErrors
        self.sizeAdvice = sizeAdvice
    }

    /// The limits used when nothing else is said: 128 MiB, 256 attributes, 100 errors.
    package static let standard = XMLLimits()

    /// Deepest element nesting libxml2 accepts without `XML_PARSE_HUGE` (which we never set).
    package static let maximumDepth = 256
}
