import Foundation
import Yams

/// Plain data a template can read without a schema: what `sitegen theme render --data` loads
/// from JSON or YAML, and open data inside typed contexts (front matter `params`). Names below
/// a dynamic value are looked up at render time and never reported.
enum TemplateValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Falsey values skip sections and show inverted ones: null, false, empty lists.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }

    subscript(name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }

    /// The value at `path` below this one; null when any part is missing.
    func at(_ path: ArraySlice<String>) -> TemplateValue {
        var value = self
        for part in path {
            guard let next = value[part] else { return .null }
            value = next
        }
        return value
    }

    /// Text as interpolation prints it: numbers without a needless `.0`, lists and objects as nothing.
    var text: String {
        switch self {
        case .null, .list, .object: return ""
        case .bool(let value): return value ? "true" : "false"
        case .string(let value): return value
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        }
    }
}

extension TemplateValue {
    /// Parses JSON text.
    static func parse(json data: Data) throws -> TemplateValue {
        try JSONDecoder().decode(TemplateValue.self, from: data)
    }

    /// From a YAML node: plain scalars become numbers, booleans and null as YAML 1.2 reads them.
    init(yaml node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if ["~", "null", "Null", "NULL", ""].contains(scalar.string) { self = .null; return }
                if let bool = node.bool { self = .bool(bool); return }
                if let number = Double(scalar.string), scalar.string.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
                    self = .number(number); return
                }
            }
            self = .string(scalar.string)
        case .sequence(let sequence): self = .list(sequence.map(TemplateValue.init(yaml:)))
        case .mapping(let mapping):
            var fields: [String: TemplateValue] = [:]
            for pair in mapping { fields[pair.key.string ?? ""] = TemplateValue(yaml: pair.value) }
            self = .object(fields)
        case .alias: self = .null
        }
    }

    /// A lambda as the Mustache spec's data files write one (`{"__tag__": "code", …}`), if any.
    var containsLambda: Bool {
        switch self {
        case .object(let fields): return fields["__tag__"] == .string("code") || fields.values.contains { $0.containsLambda }
        case .list(let items): return items.contains { $0.containsLambda }
        default: return false
        }
    }
}

extension TemplateValue: Decodable {
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([TemplateValue].self) { self = .list(value) }
        else { self = .object(try container.decode([String: TemplateValue].self)) }
    }
}

extension TemplateValue: TemplateData {
    static var templateTypeName: String { "data" }

    static func compile(_ use: TemplateUse, rest: ArraySlice<String>, value: TemplateGetter<TemplateValue>, in compiler: inout TemplateCompiler) -> TemplateOp {
        let path = Array(rest)
        let resolved = path.isEmpty ? value : value.map { $0.at(path[...]) }
        switch use.kind {
        case .interpolation(let escaped):
            return { state in state.append(resolved(state).text, escaped: escaped) }
        case .section(let children):
            let body = compiler.compileSection(children, pushing: TemplateValue.self)
            return { state in
                let current = resolved(state)
                guard current.isTruthy else { return }
                if case .list(let items) = current {
                    for item in items { state.with(item, body) }
                } else {
                    state.with(current, body)
                }
            }
        case .inverted(let children):
            let body = compiler.compile(children)
            return { state in if !resolved(state).isTruthy { body(&state) } }
        }
    }

    /// Dynamic frames are found by walking the stack at render time (see
    /// `TemplateCompiler.resolveDynamic`); `{{.}}` reads the frame relative to the top.
    static func scope(depth: Int) -> TemplateScope {
        TemplateScope(typeName: templateTypeName, depth: depth, isDynamic: true, lookup: { _ in nil }) { use, compiler in
            compile(use, rest: [], value: .fromTop(compiler.scopeCount - 1 - depth), in: &compiler)
        }
    }
}
