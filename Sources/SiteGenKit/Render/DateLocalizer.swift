import Foundation

/// Writes dates the way a language does ("5 mai 2025", "2025年5月5日"), from ICU's locale data.
struct DateLocalizer: Sendable {
    private let formatters: [String: DateFormatter]

    init(languages: [String]) {
        var formatters: [String: DateFormatter] = [:]
        for code in languages {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: code)
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateStyle = .long
            formatter.timeStyle = .none
            formatters[code] = formatter
        }
        self.formatters = formatters
    }

    /// A site has a few hundred distinct dates shown on thousands of pages: each is formatted
    /// once per language (the formatter also needs the lock, which threads queued on).
    func format(_ date: SimpleDate, language: String) -> String {
        let key = language + "|" + date.description
        if let known = DateLocalizer.lock.withLock({ DateLocalizer.formatted[key] }) { return known }
        let text = formatUncached(date, language: language)
        DateLocalizer.lock.withLock { DateLocalizer.formatted[key] = text }
        return text
    }

    private func formatUncached(_ date: SimpleDate, language: String) -> String {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day
        components.hour = 12
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let formatter = formatters[language], let value = calendar.date(from: components) else { return date.description }
        // DateFormatter is not thread-safe; rendering runs concurrently.
        return DateLocalizer.lock.withLock { formatter.string(from: value) }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var formatted: [String: String] = [:]
}

