/// Gives every heading an id that is stable, unique on the page and readable in any script:
/// explicit `{#id}` first, then a slug of the heading text ("Dépannage avancé" →
/// "dépannage-avancé", "請求書の確認" stays as is), numbered on collision.
enum HeadingIDExtension {
    static func apply(_ document: inout MarkdownNode, file: String, diagnostics: inout Diagnostics) {
        var probes = 0
        apply(&document, file: file, diagnostics: &diagnostics, probes: &probes)
    }

    /// - Parameter probes: how many candidate ids were tried, for tests that check the work
    ///   grows linearly with the number of headings.
    static func apply(_ document: inout MarkdownNode, file: String, diagnostics: inout Diagnostics, probes: inout Int) {
        var allocator = IDAllocator()
        document.forEachBlock { node in
            guard case .heading(let info) = node.kind, let id = info.id else { return }
            if !allocator.used.insert(id).inserted {
                diagnostics.append(.warning(file, line: node.range.start.line, column: node.range.start.column, code: "heading.duplicate-id", "duplicate heading id '\(id)'"))
            }
        }
        assign(&document, allocator: &allocator)
        probes += allocator.probes
    }

    private static func assign(_ node: inout MarkdownNode, allocator: inout IDAllocator) {
        if case .heading(var info) = node.kind {
            if info.id == nil {
                info.id = allocator.unique(slug(node.plainText))
                node.kind = .heading(info)
            }
            return
        }
        if node.holdsBlocks {
            for index in node.children.indices { assign(&node.children[index], allocator: &allocator) }
        }
    }

    /// Numbers colliding ids `base`, `base-1`, `base-2`… Each base remembers where its
    /// numbering got to, so n headings with one title cost n probes, not n²/2.
    struct IDAllocator {
        var used: Set<String> = []
        private var next: [String: Int] = [:]
        private(set) var probes = 0

        mutating func unique(_ base: String) -> String {
            var counter = next[base] ?? 0
            while true {
                let candidate = counter == 0 ? base : "\(base)-\(counter)"
                probes += 1
                counter += 1
                if used.insert(candidate).inserted {
                    next[base] = counter
                    return candidate
                }
            }
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
