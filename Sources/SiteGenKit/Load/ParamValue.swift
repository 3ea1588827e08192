/// A front-matter value sitegen has no built-in meaning for (`tags`, `difficulty`, `author`…),
/// kept as written and handed to templates as `page.params.<key>`.
public indirect enum ParamValue: Sendable, Equatable {
    case string(String)
    /// A plain YAML number, kept as its text so it prints as written.
    case number(String)
    case bool(Bool)
    case list([ParamValue])
    case map([String: ParamValue])

    /// A YAML value as a parameter; nil for `null` and aliases.
    init?(_ value: YAMLValue) {
        if let pairs = value.pairs {
            var map: [String: ParamValue] = [:]
            for pair in pairs { map[pair.key] = ParamValue(pair.value) }
            self = .map(map)
        } else if let items = value.items {
            self = .list(items.compactMap(ParamValue.init))
        } else if case .scalar(let scalar) = value.node {
            guard scalar.style == .plain else {
                self = .string(scalar.string)
                return
            }
            let text = scalar.string
            if ["~", "null", "Null", "NULL", ""].contains(text) { return nil }
            if let flag = value.node.bool {
                self = .bool(flag)
            } else if Int(text) != nil || Double(text) != nil {
                self = .number(text)
            } else {
                self = .string(text)
            }
        } else {
            return nil
        }
    }
}
