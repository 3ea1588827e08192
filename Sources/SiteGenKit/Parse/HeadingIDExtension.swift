/// Gives every heading an id that is stable, unique on the page and readable in any script:
/// explicit `{#id}` first, then a slug of the heading text ("Dépannage avancé" →
/// "dépannage-avancé", "請求書の確認" stays as is), numbered on collision.
enum HeadingIDExtension {
    static func apply(_ document: inout MarkdownNode, file: String, diagnostics: inout [Diagnostic]) {
        var used: Set<String> = []
        document.forEachBlock { node in
            guard case .heading(let info) = node.kind, let id = info.id else { return }
            if !used.insert(id).inserted {
                diagnostics.append(.warning(file, line: node.range.start.line, column: node.range.start.column, code: "heading.duplicate-id", "duplicate heading id '\(id)'"))
            }
        }
        assign(&document, used: &used)
    }

    private static func assign(_ node: inout MarkdownNode, used: inout Set<String>) {
        if case .heading(var info) = node.kind {
            if info.id == nil {
                let base = slug(node.plainText)
                var candidate = base
                var counter = 1
                while used.contains(candidate) {
                    candidate = "\(base)-\(counter)"
                    counter += 1
                }
                used.insert(candidate)
                info.id = candidate
                node.kind = .heading(info)
            }
            return
        }
        if node.holdsBlocks {
            for index in node.children.indices { assign(&node.children[index], used: &used) }
        }
    }

    /// Lowercased letters, digits and marks of any script; runs of anything else become one `-`.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "_" || properties.isWhitespace || scalar == "\u{3000}" {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : result
    }
}
