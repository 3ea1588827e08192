/// A problem in a template, found when the theme loads. Each kind has a stable code.
struct TemplateError: Error, Sendable, Hashable {
    enum Kind: String, Sendable {
        /// A tag that is not closed, a bad delimiter, an empty name.
        case syntax = "theme.syntax"
        /// `{{/b}}` closing `{{#a}}`, or a closing tag with nothing open.
        case unclosedSection = "theme.unclosed-section"
        /// A name that no context in scope has.
        case unknownName = "theme.unknown-name"
        /// `{{> name}}` or `{{< name}}` naming no template.
        case unknownPartial = "theme.unknown-partial"
        /// Lambdas and transforms (`{{name(x)}}`): sitegen's contexts hold data only.
        case lambda = "theme.lambda"
        /// `{{>*name}}`: the partial's name would come from data.
        case dynamicName = "theme.dynamic-name"
        /// Printing a list or an object (`{{page}}`).
        case notText = "theme.not-text"
        /// Partials or parents that include themselves without end.
        case recursion = "theme.recursion"
        /// A page template sitegen renders is missing.
        case missingTemplate = "theme.missing-template"
        /// The file cannot be read or is not UTF-8.
        case unreadable = "file.unreadable"
    }

    var kind: Kind
    var file: String
    var position: TemplatePosition?
    var message: String

    init(_ kind: Kind, _ file: String, _ position: TemplatePosition?, _ message: String) {
        self.kind = kind
        self.file = file
        self.position = position
        self.message = message
    }

    var diagnostic: Diagnostic {
        .error(file, line: position?.line, column: position?.column, code: kind.rawValue, message)
    }

    /// `file:line:col: error: message (code)`, as the build prints it.
    var description: String { diagnostic.description }
}
