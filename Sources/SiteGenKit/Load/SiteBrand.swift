import Foundation

/// The site's own look from `site.yml`'s `brand:`: logo, accent colour, support link, footer
/// links and favicon. Every URL is checked for its scheme when read; relative paths are
/// resolved against the output root by the layout (files of `static/`).
public struct SiteBrand: Sendable, Equatable {
    public struct Link: Sendable, Equatable {
        /// Per-language titles; one string stands for every language.
        public var titles: [String: String]
        public var url: String
    }

    public var logo: String?
    /// `#rrggbb`, checked for contrast against the theme's light and dark backgrounds.
    public var accent: String?
    public var support: String?
    public var favicon: String?
    public var links: [Link] = []

    public init(logo: String? = nil, accent: String? = nil, support: String? = nil, favicon: String? = nil, links: [Link] = []) {
        self.logo = logo
        self.accent = accent
        self.support = support
        self.favicon = favicon
        self.links = links
    }

    /// Whether `url` is relative (a file of the site) or uses a scheme a page may link to.
    static func isAllowedURL(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { return false }
        guard let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("/") else { return true }
        return ["http", "https", "mailto"].contains(trimmed[..<colon].lowercased())
    }

    /// Whether `url` is a path of the site rather than a URL elsewhere.
    static func isRelative(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return true }
        return url[..<colon].contains("/")
    }
}

/// WCAG 2 contrast between two sRGB colours written `#rrggbb` (or `#rgb`).
enum ColorContrast {
    static func rgb(_ hex: String) -> (Double, Double, Double)? {
        var digits = Array(hex.dropFirst())
        guard hex.hasPrefix("#"), digits.allSatisfy(\.isHexDigit), digits.count == 3 || digits.count == 6 else { return nil }
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        let values = stride(from: 0, to: 6, by: 2).compactMap { Int(String(digits[$0...$0 + 1]), radix: 16) }
        return (Double(values[0]) / 255, Double(values[1]) / 255, Double(values[2]) / 255)
    }

    static func luminance(_ hex: String) -> Double? {
        guard let (r, g, b) = rgb(hex) else { return nil }
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    static func ratio(_ a: String, _ b: String) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}
