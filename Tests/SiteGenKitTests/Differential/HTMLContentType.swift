import Mustache
@testable import SiteGenKit

/// swift-mustache's HTML escaping (`&`, `<`, `>`, `"`, `'`) done on UTF-8 bytes, returning the
/// string untouched when nothing needs escaping — the common case. Escaping was a tenth of a
/// full build's time. Templates opt in with `{{% CONTENT_TYPE: HTML }}`, which this replaces;
/// a template without it gets the library's own (identical, slower) escaping.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text, apostrophe: true)
    }

    /// Installs this escaping under the name `HTML`, once, before templates are parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
        return true
    }()
}

// Without this, every string a template prints goes through a failed cast, an Optional check and
// `String(describing:)`, which copies it (the article body included). The conformance gives the
// library its direct path: the same text, escaped the same way. Retroactive, so it is safe only
// while swift-mustache does not declare it itself: the dependency is pinned to exactly 2.1.1,
// and an upgrade must check for it.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
