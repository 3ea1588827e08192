/// Where a link or image destination goes in a `PreparedBody`, and where it was in the source
/// (for diagnostics about it).
struct LinkSlot: Sendable, Equatable {
    var destination: String
    var line: Int
    var column: Int
}

/// A document body rendered to HTML once, with each link and image destination left open.
///
/// A body appears on its own page and on the fallback pages of other languages, and every page
/// resolves links for its own language and location; everything else in the HTML is the same.
/// Rendering it at load, while the syntax tree is at hand, means pages never parse Markdown
/// again: filling the slots is a single pass over the string.
struct PreparedBody: Sendable {
    /// The HTML, split at the slots: one more part than there are slots.
    private let parts: [Substring]
    let slots: [LinkSlot]
    let unsafe: Bool

    init(_ body: MarkdownNode, unsafe: Bool, labels: MarkdownLabels) {
        let (rendered, slots) = HTMLRenderer.renderWithSlots(body, unsafe: unsafe, labels: labels)
        // Kept for the whole build: a copy sized exactly, not the doubling buffer it grew in.
        let html = String(decoding: Array(rendered.utf8), as: UTF8.self)
        // cmark turns NUL bytes of the input into U+FFFD, so every NUL is a slot; should that
        // ever not hold, the body renders without slots rather than splicing in the wrong place.
        let parts = UTF8Scan.split(html, at: 0)
        if parts.count == slots.count + 1 {
            (self.parts, self.slots) = (parts, slots)
        } else {
            (self.parts, self.slots) = ([Substring(HTMLRenderer.render(body, unsafe: unsafe, labels: labels))], [])
        }
        self.unsafe = unsafe
    }

    /// The HTML with each slot filled with `resolve(slot)`, made safe and escaped exactly as a
    /// destination written by `HTMLRenderer`.
    func html(_ resolve: (LinkSlot) -> String) -> String {
        var out = String(parts[0])
        out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count } + 64 * slots.count)
        for (index, slot) in slots.enumerated() {
            out += HTMLRenderer.safeURL(resolve(slot), unsafe: unsafe)
            out += parts[index + 1]
        }
        return out
    }
}
