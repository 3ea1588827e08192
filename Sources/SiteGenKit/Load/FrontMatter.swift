/// A calendar date without time or zone, as written in front matter (`2025-05-05`).
public struct SimpleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Accepts `YYYY-MM-DD`, optionally followed by a time (`T10:00:00Z`), which is ignored.
    public init?(_ text: String) {
        // The usual `YYYY-MM-DD` is read straight from its bytes: every cached document's date
        // is parsed on every build. Anything else takes the general path below.
        let bytes = Array(text.utf8.prefix(11))
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (0x30...0x39).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           bytes.count == 10 || bytes[10] < 0x80,
           let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) {
            guard (1...12).contains(month), (1...SimpleDate.days(inMonth: month, year: year)).contains(day) else { return nil }
            (self.year, self.month, self.day) = (year, month, day)
            return
        }
        let datePart = text.prefix(10)
        let parts = datePart.split(separator: "-")
        guard datePart.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...SimpleDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            let bytes: [UInt8] = [
                UInt8(48 + year / 1000), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10), 0x2D,
                UInt8(48 + month / 10), UInt8(48 + month % 10), 0x2D, UInt8(48 + day / 10), UInt8(48 + day % 10),
            ]
            return String(decoding: bytes, as: UTF8.self)
        }
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Which products, and which of their tiers, an article applies to.
public struct Availability: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var product: String
        public var tiers: [String]
    }

    public var entries: [Entry]
}

/// How a translation was made; machine translations get a banner linking to the original.
public enum TranslationMethod: String, Sendable {
    case machine, human
}

/// The YAML header of a Markdown file, checked and typed.
public struct FrontMatter: Sendable {
    public var title: String?
    public var description: String?
    public var updated: SimpleDate?
    public var order: Int?
    public var draft = false
    public var availability: Availability?
    public var translationMethod: TranslationMethod?
    public var translationStamp: TranslationStamp?
    /// Keys sitegen has no meaning for, kept for templates (`page.params.<key>`).
    public var params: [String: ParamValue] = [:]
    /// 1-based lines of keys a translation must not set (they are inherited), for warnings.
    var inheritedKeyLines: [String: Int] = [:]

    public init() {}
}
