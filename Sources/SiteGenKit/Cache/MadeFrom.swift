/// The one rule for reusing a value made from a single document: its search record, its
/// rendered body. The document cache decides by a file's stamp whether the file needs reading
/// at all (`DocumentCache.record(_:stamp:)`); once read or taken from that cache, the
/// document's revision (a hash of the file's bytes) decides for everything made of it. A value
/// carries the revision it was made from and a key of whatever else went into it (for a body,
/// the UI strings its labels show and the safe-mode setting), and stands for the document while
/// both are unchanged: `SearchRecords`, `SearchRecordCache` and `BodyStore` ask `holds`, and
/// keep no rule of their own.
struct MadeFrom: Sendable, Hashable {
    /// The revision of the document the value was made from.
    var revision: String
    /// A key of the value's other inputs; empty when it has none.
    var inputs: String

    init(revision: String, inputs: String = "") {
        self.revision = revision
        self.inputs = inputs
    }

    /// What a value made now from `document`, with `inputs`, is made from.
    init(_ document: SourceDocument, inputs: String = "") {
        self.init(revision: document.revision, inputs: inputs)
    }

    /// Whether the value may stand for the document at `revision`, made with `inputs`.
    func holds(revision: String, inputs: String = "") -> Bool {
        self.revision == revision && self.inputs == inputs
    }

    /// Whether the value may stand for `document` as loaded now, made with `inputs`.
    func holds(for document: SourceDocument, inputs: String = "") -> Bool {
        holds(revision: document.revision, inputs: inputs)
    }

    /// The key under which work on this revision of `document` is kept for a short while within
    /// one build, whose other inputs do not change (`BodyStore`'s recent parses and bodies).
    static func workKey(_ document: SourceDocument) -> String {
        document.displayPath + "\u{0}" + document.revision
    }
}
