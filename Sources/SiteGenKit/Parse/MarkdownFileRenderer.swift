import Foundation

/// Renders one stand-alone Markdown file, outside any site: what `sitegen render` prints.
public enum MarkdownFileRenderer {
    public struct Output: Sendable {
        public var html: String
        public var diagnostics: Diagnostics
    }

    /// Decodes, strips front matter, parses with the extensions and renders with English labels.
    public static func render(_ data: Data, file: String, unsafe: Bool = false) -> Output {
        guard let text = String(validatingUTF8Data: data) else {
            return Output(html: "", diagnostics: [.error(file, code: "file.not-utf8", "file is not valid UTF-8")])
        }
        let split = FrontMatterSplitter.split(text)
        let parsed = MarkdownParser.parse(split.body, file: file, lineOffset: split.bodyLineOffset)
        return Output(html: HTMLRenderer.render(parsed.document, unsafe: unsafe), diagnostics: parsed.diagnostics)
    }
}

extension String {
    /// Strict UTF-8 decoding: nil on any invalid byte, rather than replacement characters.
    init?(validatingUTF8Data data: Data) {
        guard let decoded = String(bytes: data, encoding: .utf8) else { return nil }
        self = decoded
    }
}
