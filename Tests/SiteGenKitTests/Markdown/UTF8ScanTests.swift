import Testing
@testable import SiteGenKit

/// The byte searches the parser and escaping rely on. (Their generic fallback, for strings not
/// stored contiguously, is not reached on Linux, where even bridged strings are native.)
@Suite("UTF-8 byte scans")
struct UTF8ScanTests {
    @Test(arguments: [
        ("", [""]),
        ("abc", ["abc"]),
        ("\0", ["", ""]),
        ("a\0b\0", ["a", "b", ""]),
        ("\0\0é\0日本", ["", "", "é", "日本"]),
    ])
    func splitKeepsEmptyPieces(text: String, pieces: [String]) {
        #expect(UTF8Scan.split(text, at: 0).map(String.init) == pieces)
        // Always one piece more than there are separators: PreparedBody counts on it.
        #expect(UTF8Scan.split(text, at: 0).count == text.utf8.filter { $0 == 0 }.count + 1)
    }

    @Test func containsFindsBytesAnywhere() {
        #expect(UTF8Scan.contains("a|b", byte: UInt8(ascii: "|")))
        #expect(UTF8Scan.contains("|", byte: UInt8(ascii: "|")))
        #expect(!UTF8Scan.contains("", byte: UInt8(ascii: "|")))
        #expect(!UTF8Scan.contains("日本語", byte: UInt8(ascii: "|")))
        #expect(UTF8Scan.contains("日本語"[...].dropFirst(), where: { $0 >= 0x80 }))
        #expect(!UTF8Scan.contains("plain text", where: { $0 == UInt8(ascii: "<") }))
    }

    @Test("HTML escaping replaces exactly the five characters, and only where asked for `'`")
    func escaping() {
        #expect(HTMLEscaping.escape("Tom & Jerry's <b>\"x\"</b> – é", apostrophe: true) == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;x&quot;&lt;/b&gt; – é")
        #expect(HTMLEscaping.escapeHTML("it's <ok>") == "it's &lt;ok&gt;")
        #expect(HTMLEscaping.escapeHTML("nothing to do") == "nothing to do")
    }
}
