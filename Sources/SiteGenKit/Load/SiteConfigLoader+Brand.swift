import Foundation

extension SiteConfigLoader {
    /// The theme's backgrounds (templates/assets/site.css), light and dark.
    static let lightBackground = "#ffffff"
    static let darkBackground = "#111418"

    /// Reads `brand:`. The accent colours links on light pages, so it needs 4.5:1 against white;
    /// on dark pages it only marks borders and the current page, which need 3:1.
    static func readBrand(_ value: YAMLValue?, languages: Set<String>, diagnostics: inout Diagnostics) -> SiteBrand {
        guard let value else { return SiteBrand() }
        guard let pairs = value.pairs else {
            diagnostics.append(value.error(code: "config.type", "brand must be a mapping (logo, accent, support, favicon, links)"))
            return SiteBrand()
        }
        var brand = SiteBrand()
        for pair in pairs {
            switch pair.key {
            case "logo": brand.logo = url(pair.value, what: "brand.logo", diagnostics: &diagnostics)
            case "support": brand.support = url(pair.value, what: "brand.support", diagnostics: &diagnostics)
            case "favicon": brand.favicon = url(pair.value, what: "brand.favicon", diagnostics: &diagnostics)
            case "accent":
                guard let text = pair.value.string(diagnostics: &diagnostics, what: "brand.accent") else { continue }
                guard ColorContrast.rgb(text) != nil else {
                    diagnostics.append(pair.value.error(code: "config.invalid-value", "brand.accent must be a colour written #rrggbb, not '\(text)'"))
                    continue
                }
                let light = ColorContrast.ratio(text, lightBackground) ?? 0, dark = ColorContrast.ratio(text, darkBackground) ?? 0
                if light < 4.5 {
                    diagnostics.append(pair.value.warning(code: "brand.low-contrast", "brand.accent \(text) has a contrast of \(String(format: "%.1f", light)):1 on white; links need 4.5:1 (the theme's default link colour is kept)"))
                } else {
                    brand.accent = text.lowercased()
                }
                if dark < 3 {
                    diagnostics.append(pair.value.warning(code: "brand.low-contrast", "brand.accent \(text) has a contrast of \(String(format: "%.1f", dark)):1 on the dark theme's background; borders need 3:1"))
                }
            case "links":
                guard let items = pair.value.items else {
                    diagnostics.append(pair.value.error(code: "config.type", "brand.links must be a list of {title, url}"))
                    continue
                }
                for item in items {
                    guard let link = item["url"].flatMap({ url($0, what: "brand.links url", diagnostics: &diagnostics) }), let title = item["title"] else {
                        if item["url"] == nil || item["title"] == nil {
                            diagnostics.append(item.error(code: "config.invalid-value", "each entry of brand.links needs a title and a url"))
                        }
                        continue
                    }
                    let titles = title.scalar.map { text in Dictionary(uniqueKeysWithValues: languages.map { ($0, text) }) }
                        ?? names(title, what: "brand.links title", languages: languages, diagnostics: &diagnostics)
                    brand.links.append(.init(titles: titles, url: link))
                }
            default:
                diagnostics.append(pair.keyValue.warning(code: "config.unknown-key", "unknown setting 'brand.\(pair.key)' (ignored)"))
            }
        }
        return brand
    }

    private static func url(_ value: YAMLValue, what: String, diagnostics: inout Diagnostics) -> String? {
        guard let text = value.string(diagnostics: &diagnostics, what: what) else { return nil }
        guard SiteBrand.isAllowedURL(text) else {
            diagnostics.append(value.error(code: "brand.unsafe-url", "\(what) '\(text)' must be a path of the site or an http(s) or mailto URL"))
            return nil
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
