import Foundation

/// Content written for other generators often starts its text with `# Title` instead of (or as
/// well as) a `title:` key. That heading is the page title: it is taken out of the body so the
/// page does not show two `<h1>`, and gives the title when the front matter has none.
enum LeadingTitle {
    /// Removes a level-1 heading that opens `body` when there is no `title` or it says the
    /// same; returns its text. A different first heading is the author's and stays.
    static func take(from body: inout MarkdownNode, title: String?) -> String? {
        guard let first = body.children.first, case .heading(let info) = first.kind, info.level == 1 else { return nil }
        let text = first.plainText.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let title, title.trimmingCharacters(in: .whitespaces).lowercased() != text.lowercased() { return nil }
        body.children.removeFirst()
        return text
    }
}
