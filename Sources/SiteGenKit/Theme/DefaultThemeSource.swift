/// Writes `DefaultTheme+Files.swift` from the theme's files, so the default theme ships inside
/// the binary. `ThemeOverrideTests` compares the checked-in file with this output, and
/// regenerates it with `SITEGEN_UPDATE_THEME=1 swift test --filter ThemeOverrideTests`.
enum DefaultThemeSource {
    /// - Parameter files: `templates/…` path → text.
    static func swiftSource(_ files: [String: String]) -> String {
        var lines = [
            "// Generated from templates/ by `SITEGEN_UPDATE_THEME=1 swift test --filter ThemeOverrideTests`: do not edit.",
            "// The default theme, built into sitegen so that a site needs no templates/ folder.",
            "",
            "extension DefaultTheme {",
            "    /// Path below `templates/` → the file's text.",
            "    static let files: [String: String] = [",
        ]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let relative = path.hasPrefix("templates/") ? String(path.dropFirst("templates/".count)) : path
            // A raw multi-line literal keeps every byte but `\r`; ##"""…"""## never occurs in a theme file.
            precondition(!text.contains("\"\"\"##") && !text.contains("\\##") && !text.contains("\r"), "\(path) cannot be embedded as is")
            lines.append("        \"\(relative)\": ##\"\"\"\n\(text)\n\"\"\"##,")
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }
}
