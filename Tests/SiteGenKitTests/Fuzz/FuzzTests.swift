import Foundation
import Testing
@testable import SiteGenKit

/// A property-based fuzzing pass: generated Markdown and front matter through `render` and
/// whole-site `build`. The properties hold for every input: no crash or hang, output that is
/// the same every time, tags that close in order, no script URL or raw script in safe mode,
/// and a cached rebuild equal to a clean build.
///
/// A short pass runs with every `swift test`; run longer with, for example,
/// `SITEGEN_FUZZ_ITERATIONS=20000 swift test --filter Fuzz`, and replay one input with
/// `SITEGEN_FUZZ_SEED=<seed from the failure>`.
@Suite("Fuzzing", .timeLimit(.minutes(10)))
struct FuzzTests {
    static var iterations: Int { ProcessInfo.processInfo.environment["SITEGEN_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 150 }
    static var seeds: [UInt64] {
        if let seed = ProcessInfo.processInfo.environment["SITEGEN_FUZZ_SEED"].flatMap(UInt64.init) { return [seed] }
        return (0..<UInt64(iterations)).map { 0x5173_0000 &+ $0 }
    }

    private static let voidTags: Set<String> = ["br", "hr", "img", "input", "meta", "link", "col", "source", "wbr"]

    /// Whether the non-void tags of `html` close in the order they opened (cmark writes XHTML-style void tags).
    static func tagsBalance(_ html: String) -> Bool {
        var stack: [Substring] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else { return false }
            let tag = rest[..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            let closing = tag.hasPrefix("/")
            let name = (closing ? tag.dropFirst() : tag).prefix { $0.isLetter || $0.isNumber }.lowercased()
            if name.isEmpty || voidTags.contains(name) || tag.hasSuffix("/") { continue }
            if closing {
                guard stack.last.map(String.init) == name else { return false }
                stack.removeLast()
            } else {
                stack.append(Substring(name))
            }
        }
        return stack.isEmpty
    }

    /// Attribute values of `href` and `src`, decoded enough to see a scheme.
    static func urls(_ html: String) -> [String] {
        ["href=\"", "src=\""].flatMap { marker in
            html.components(separatedBy: marker).dropFirst().map { String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&").lowercased() }
        }
    }

    /// The `href` values of a page as a browser reads them (entities decoded, case kept).
    static func hrefs(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The file in the in-memory site that a relative `href` on `page` (`site/public/…`) opens
    /// as a browser resolves it; nil for URLs that leave the site (a scheme, `//host`, `#x`).
    static func target(of href: String, from page: String) -> String? {
        guard !href.isEmpty, !href.hasPrefix("#"), !href.hasPrefix("//"),
              href.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) == nil else { return nil }
        let path = String(href.prefix { $0 != "#" && $0 != "?" })
        guard let decoded = path.removingPercentEncoding else { return "undecodable: " + href }
        var parts = decoded.hasPrefix("/") ? ["site", "public"] : page.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..": if parts.count > 2 { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/") + (decoded.hasSuffix("/") || decoded.isEmpty || decoded.hasSuffix("/.") ? "/index.html" : "")
    }

    static func isScriptURL(_ url: String) -> Bool {
        let trimmed = url.drop { $0 == " " || $0 == "\t" }
        return ["javascript:", "vbscript:", "data:"].contains { trimmed.hasPrefix($0) }
    }

    @Test("render: no crash, deterministic, balanced tags, no script URLs or raw HTML in safe mode")
    func renderProperties() {
        var checked = 0
        for seed in Self.seeds {
            var generator = InputGenerator(seed: seed)
            let text = (generator.chance(40) ? generator.frontMatter(title: generator.inline()) : "") + generator.markdown()
            let data = Data(text.utf8)
            let first = MarkdownFileRenderer.render(data, file: "fuzz.md")
            let second = MarkdownFileRenderer.render(data, file: "fuzz.md")
            #expect(first.html == second.html && first.diagnostics == second.diagnostics, "seed \(seed): output differs between runs")
            #expect(Self.tagsBalance(first.html), "seed \(seed): tags do not balance\n\(text)\n---\n\(first.html)")
            #expect(!first.html.lowercased().contains("<script"), "seed \(seed): raw script\n\(text)")
            for url in Self.urls(first.html) { #expect(!Self.isScriptURL(url), "seed \(seed): \(url)\n\(text)") }
            checked += 1
        }
        #expect(checked == Self.seeds.count && checked > 0)
    }

    @Test("build: no crash, published pages are whole, no script URLs, a cached rebuild equals a clean build")
    func buildProperties() async throws {
        let builds = max(1, Self.seeds.count / 10)
        var published = 0
        var hrefsChecked = 0
        for seed in Self.seeds.prefix(builds) {
            var generator = InputGenerator(seed: seed)
            generator.mild = seed % 2 == 0
            var content: [String: String] = [:]
            for index in 0..<generator.int(1...4) {
                let name = generator.pick(["fuzz-\(index)", "javascript:x\(index)", "data:\(index)", "a b \(index)", "é\(index)", "\(index)#x", "\(index)?q"])
                let language = generator.pick(["en", "en", "fr"])
                let folder = generator.pick(["billing", "start", "new"])
                content["content/\(language)/\(folder)/\(name).md"] = generator.frontMatter(title: generator.inline()) + generator.markdown()
            }
            let fs = Fixture.fileSystem(Fixture.validContent.merging(content) { _, new in new })
            let builder = SiteBuilder(fileSystem: fs)
            let report = await builder.build(BuildOptions(root: "site"))
            guard report.published else {
                #expect(report.diagnostics.hasErrors, "seed \(seed): not published without an error: \(report.lines)")
                continue
            }
            published += 1
            let pages = fs.allFiles.filter { $0.hasPrefix("site/public/") && $0.hasSuffix(".html") }
            for page in pages {
                let html = fs.text(page) ?? ""
                #expect(html.contains("</html>"), "seed \(seed): \(page) is cut short")
                for url in Self.urls(html) { #expect(!Self.isScriptURL(url), "seed \(seed): \(page) has \(url)") }
                for href in Self.hrefs(html) {
                    guard let file = Self.target(of: href, from: page) else { continue }
                    hrefsChecked += 1
                    #expect(fs.fileExists(file), "seed \(seed): \(page) links to \(href), which reaches no written file (\(file))")
                }
            }
            // Touch one source: the rebuild goes through the caches and must equal a clean build.
            if let (path, text) = content.first {
                try fs.writeFile("site/" + path, Data((text + "\nEdited.\n").utf8))
            }
            let rebuilt = await builder.build(BuildOptions(root: "site"))
            var sources: [String: String] = [:]
            for path in fs.allFiles where path.hasPrefix("site/content/") || path.hasPrefix("site/templates/") {
                sources[String(path.dropFirst("site/".count))] = fs.text(path)
            }
            let fresh = Fixture.fileSystem(sources, theme: false)
            let clean = await SiteBuilder(fileSystem: fresh).build(BuildOptions(root: "site", useCache: false))
            #expect(rebuilt.published == clean.published && rebuilt.lines == clean.lines, "seed \(seed): cached and clean builds report differently: \(Set(rebuilt.lines).symmetricDifference(clean.lines).sorted())")
            if rebuilt.published {
                let cached = fs.allFiles.filter { $0.hasPrefix("site/public/") }
                #expect(cached == fresh.allFiles.filter { $0.hasPrefix("site/public/") }, "seed \(seed): different files")
                for path in cached where fs.text(path) != fresh.text(path) { Issue.record("seed \(seed): \(path) differs from a clean build") }
            }
        }
        #expect(published > 0, "some generated sites build (\(builds) tried)")
        #expect(hrefsChecked > 0, "internal links were checked")
    }
}
