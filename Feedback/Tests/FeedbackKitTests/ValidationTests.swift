import Foundation
import Testing
@testable import FeedbackKit

/// What the collector accepts, checked against the sample site's real manifest.
struct ValidationTests {
    let catalog: SiteCatalog
    let validator: VoteValidator

    init() async throws {
        catalog = try await SampleSite.catalog()
        validator = VoteValidator(catalog: catalog)
    }

    func revision(_ article: String, _ language: String) -> String { catalog.pageRevision(article, in: language)! }

    func fields(_ pairs: [String: [String]]) -> FormFields { FormFields(pairs) }

    func valid(_ extra: [String: [String]] = [:]) -> [String: [String]] {
        ["article": ["billing/refunds"], "language": ["fr"], "revision": [revision("billing/refunds", "fr")], "helpful": ["no"]]
            .merging(extra) { $1 }
    }

    @Test func formEncodingDecodesPlusPercentAndRepeatedFields() throws {
        let parsed = try FormFields.formEncoded(Array("comment=caf%C3%A9+au+lait&reasons=inaccurate&reasons=other&empty=".utf8))
        #expect(parsed["comment"] == "café au lait")
        #expect(parsed.all("reasons") == ["inaccurate", "other"])
        #expect(parsed["empty"] == "")
    }

    @Test func invalidUTF8AndBadEscapesAreRefused() {
        #expect(throws: FormFields.ParseError.invalidUTF8) { try FormFields.formEncoded(Array("comment=%C3%28".utf8)) }
        #expect(throws: FormFields.ParseError.invalidUTF8) { try FormFields.formEncoded([0x63, 0x3D, 0xFF, 0xFE]) }
        #expect(throws: FormFields.ParseError.self) { try FormFields.formEncoded(Array("comment=%G1".utf8)) }
        #expect(throws: FormFields.ParseError.invalidUTF8) { try FormFields.json([0x7B, 0x22, 0xFF, 0x22, 0x7D]) }
    }

    @Test func jsonBodiesTakeStringsBooleansAndLists() throws {
        let parsed = try FormFields.json(Array(#"{"helpful": false, "reasons": ["other"], "comment": "x", "skip": null}"#.utf8))
        #expect(parsed["helpful"] == "false")
        #expect(parsed.all("reasons") == ["other"])
        #expect(parsed["skip"] == nil)
        #expect(throws: FormFields.ParseError.self) { try FormFields.json(Array("[1, 2]".utf8)) }
    }

    @Test func aValidVoteKeepsItsIDAndTheSourceRevision() throws {
        let vote = try validator.vote(from: fields(valid(["vote": ["abcd-1234-efgh"], "reasons": ["other,inaccurate"], "comment": ["  Too short \u{7}\n"]])),
                                      clientHash: "h", now: 5)
        #expect(vote.id == "abcd-1234-efgh")
        #expect(vote.helpful == false)
        #expect(vote.reasons == [.inaccurate, .other])
        #expect(vote.comment == "Too short")
        #expect(vote.sourceRevision == revision("billing/refunds", "en"))
    }

    @Test func aFormWithoutJavaScriptGetsAFreshVoteID() throws {
        let first = try validator.vote(from: fields(valid()), clientHash: "h", now: 5)
        let second = try validator.vote(from: fields(valid()), clientHash: "h", now: 5)
        #expect(first.id != second.id)
        #expect(VoteValidator.isValidID(first.id))
    }

    @Test func aFallbackPageVotesWithTheSourceRevision() throws {
        let source = revision("billing/invoice", "en")
        let vote = try validator.vote(from: fields(["article": ["billing/invoice"], "language": ["de"], "revision": [source], "helpful": ["yes"]]), clientHash: "h", now: 1)
        #expect(vote.language == "de")
        #expect(catalog.states("billing/invoice", in: "de") == ["fallback"])
    }

    @Test(arguments: [
        (["article": ["billing/nope"]], 422),
        (["language": ["pt"]], 422),
        (["revision": ["0123456789abcdef"]], 422),
        (["helpful": ["maybe"]], 400),
        (["helpful": [""]], 400),
        (["reasons": ["spam"]], 400),
        (["vote": ["short"]], 400),
        (["vote": ["<script>alert(1)</script>"]], 400),
        (["comment": [String(repeating: "é", count: 2001)]], 400),
    ] as [([String: [String]], Int)])
    func badSubmissionsAreRefusedWithTheirStatus(_ change: [String: [String]], _ status: Int) {
        #expect(throws: Rejection(status, "")) {
            do { _ = try validator.vote(from: fields(valid(change)), clientHash: "h", now: 1) } catch let rejection as Rejection {
                throw Rejection(rejection.status, "")
            }
        }
    }

    @Test func missingFieldsAreRefused() {
        for name in ["article", "language", "revision", "helpful"] {
            var pairs = valid()
            pairs[name] = nil
            #expect(throws: Rejection(400, "missing \(name)"), "\(name)") { try validator.vote(from: fields(pairs), clientHash: "h", now: 1) }
        }
    }

    @Test func pagesOfAnEarlierBuildStayValid() throws {
        let earlier = VoteValidator(catalog: catalog, earlierPages: [VoteValidator.pageKey("billing/refunds", "fr", "feedfeedfeedfeed")])
        #expect(throws: Never.self) { try earlier.vote(from: fields(valid(["revision": ["feedfeedfeedfeed"]])), clientHash: "h", now: 1) }
    }

    @Test func returnAddressesStayOnTheSite() {
        let catalog = catalog
        #expect(catalog.isOnSite("https://help.example.test/docs/fr/billing/refunds/"))
        #expect(catalog.isOnSite("HTTPS://HELP.example.test/docs/x"))
        #expect(!catalog.isOnSite("https://help.example.test.evil.test/docs/"))
        #expect(!catalog.isOnSite("https://evil.test/docs/"))
        #expect(!catalog.isOnSite("//evil.test/docs/"))
        #expect(!catalog.isOnSite("https://user@help.example.test/docs/"))
        #expect(!catalog.isOnSite("https://help.example.test/other/"))
        #expect(!catalog.isOnSite("javascript:alert(1)"))
        #expect(!catalog.isOnSite("http://help.example.test/docs/"))
    }
}
