import Foundation

/// The benchmark's command line, parsed by hand (the brief allows no new dependencies, and the
/// benchmark stays independent of sitegen's own ArgumentParser-based CLI).
struct Options {
    var articles = 2000
    var languages = 5
    var sitegen: String?
    var templates = "templates"
    var work: String?
    var keep = false
    var runs = 3
    /// A site this benchmark generated and kept: only its search figures are measured.
    var searchOnly: String?
    /// A site this benchmark generated and kept: only `sitegen serve`'s figures are measured.
    var serveOnly: String?

    static let usage = """
        usage: sitegen-bench [--articles N] [--languages 1-5] [--sitegen PATH] [--templates DIR]
                             [--work DIR] [--keep] [--runs N] [--search-only SITE] [--serve-only SITE]

          --articles N    source (English) articles to generate (default 2000)
          --languages N   languages: en, fr, de, ja, ar, the first N (default 5)
          --sitegen PATH  the sitegen binary to time (default: `sitegen` next to this program)
          --templates DIR the theme copied into the synthetic site (default ./templates)
          --work DIR      where to generate (default: a fresh temporary folder)
          --keep          keep the generated sites instead of deleting them at the end
          --runs N        runs per timed phase; the median is reported (default 3)
          --search-only SITE  only the search figures, on a site kept by an earlier --keep run
                          (WORK/site): one clean full build, then the index work and transfers
          --serve-only SITE   only `sitegen serve`'s figures on SITE (generated first when it has
                          no content/): save-to-reload-event times (one article, one
                          template) and the server's memory
        Run in release mode from the repository root:
          swift build -c release && .build/release/sitegen-bench
        """

    struct UsageError: Error { let message: String }

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError(message: "\(flag) needs a value") }
            return next
        }
        func number(_ flag: String, in range: ClosedRange<Int>) throws -> Int {
            let text = try value(flag)
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), range.contains(number) else {
                throw UsageError(message: "\(flag) must be a whole number in \(range.lowerBound)...\(range.upperBound), not \(text)")
            }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--articles": articles = try number(argument, in: 1...1_000_000)
            case "--languages": languages = try number(argument, in: 1...LanguageProfile.all.count)
            case "--sitegen": sitegen = try value(argument)
            case "--templates": templates = try value(argument)
            case "--work": work = try value(argument)
            case "--keep": keep = true
            case "--runs": runs = try number(argument, in: 1...100)
            case "--search-only": searchOnly = try value(argument)
            case "--serve-only": serveOnly = try value(argument)
            case "-h", "--help": throw UsageError(message: "")
            default: throw UsageError(message: "unknown argument \(argument)")
            }
        }
    }
}
