/// A part of an article between two top-level headings, with a hash of its source text, so a
/// change in the source can be located in its translations ("the section 'Refund fees'
/// changed").
public struct SourceSection: Sendable, Equatable {
    /// The heading id ("_intro" for the text before the first heading).
    public var id: String
    public var title: String
    /// 8 hex digits of the section's text (whitespace at line ends ignored).
    public var hash: String
    /// 1-based line of the heading in its file.
    public var line: Int

    public static let introID = "_intro"
}
