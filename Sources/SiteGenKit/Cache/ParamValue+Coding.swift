/// Parameters in the document cache's binary records (`SourceDocument+Coding.swift`).
extension ParamValue {
    func encode(into writer: inout BinaryWriter) {
        switch self {
        case .string(let text): writer.write("s"); writer.write(text)
        case .number(let text): writer.write("n"); writer.write(text)
        case .bool(let flag): writer.write("b"); writer.write(flag)
        case .list(let items):
            writer.write("l"); writer.write(items.count)
            for item in items { item.encode(into: &writer) }
        case .map(let map):
            writer.write("m"); writer.write(map.count)
            for (key, value) in map.sorted(by: { $0.key < $1.key }) { writer.write(key); value.encode(into: &writer) }
        }
    }

    static func decode(from reader: inout BinaryReader, depth: Int = 0) -> ParamValue? {
        guard depth < 64, let tag = reader.string() else { return nil }
        switch tag {
        case "s": return reader.string().map(ParamValue.string)
        case "n": return reader.string().map(ParamValue.number)
        case "b": return reader.bool().map(ParamValue.bool)
        case "l":
            guard let count = reader.int(), count >= 0 else { return nil }
            var items: [ParamValue] = []
            for _ in 0..<count {
                guard let item = decode(from: &reader, depth: depth + 1) else { return nil }
                items.append(item)
            }
            return .list(items)
        case "m":
            guard let count = reader.int(), count >= 0 else { return nil }
            var map: [String: ParamValue] = [:]
            for _ in 0..<count {
                guard let key = reader.string(), let value = decode(from: &reader, depth: depth + 1) else { return nil }
                map[key] = value
            }
            return .map(map)
        default: return nil
        }
    }
}
