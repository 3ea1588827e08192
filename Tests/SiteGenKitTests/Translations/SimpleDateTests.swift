import Testing
@testable import SiteGenKit

/// Front-matter dates: `updated:` drives the "Last updated" line, the sitemap and the manifest.
@Suite("Front-matter dates")
struct SimpleDateTests {
    @Test("YYYY-MM-DD, with or without a time after it", arguments: [
        ("2025-05-06", "2025-05-06"),
        ("2025-05-06T10:00:00Z", "2025-05-06"),
        ("2024-02-29", "2024-02-29"),
        ("2000-02-29", "2000-02-29"),
        ("0999-12-31", "0999-12-31"),
        // Past the tenth byte: read by the general path, which looks at the first 10 characters.
        ("2025-05-06é", "2025-05-06"),
    ])
    func valid(text: String, normalized: String) throws {
        let date = try #require(SimpleDate(text))
        #expect(date.description == normalized)
        #expect(SimpleDate(date.description) == date)
    }

    @Test("impossible or malformed dates are rejected", arguments: [
        "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-04-00",
        "2025/04/01", "25-04-01", "2025-4-1", "", "yesterday", "2025-05-0x", "2025-05-01\u{301}",
    ])
    func invalid(text: String) {
        #expect(SimpleDate(text) == nil, "\(text)")
    }
}
