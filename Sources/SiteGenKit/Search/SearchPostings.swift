import Foundation

/// Every distinct term of a language's documents with its postings (document number, weight),
/// gathered for the shard files: terms are told apart by their UTF-8 bytes in a table of its
/// own (no `Dictionary` of strings: a language has a few hundred thousand postings), and the
/// postings of all terms sit in two flat arrays, each term's in document order.
struct SearchPostings {
    /// Distinct terms, numbered in order of first appearance.
    private(set) var terms: [String] = []
    /// Term `n`'s postings are `documents[starts[n]..<starts[n + 1]]`, with their weights.
    private(set) var starts: [Int] = []
    private(set) var documents: [Int32] = []
    private(set) var weights: [UInt8] = []

    init(_ records: [SearchRecord]) {
        var table = Table()
        var ids: [Int32] = []
        ids.reserveCapacity(records.reduce(0) { $0 + $1.terms.count })
        for record in records {
            for term in record.terms { ids.append(table.number(of: term, terms: &terms)) }
        }
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for id in ids { starts[Int(id) + 1] += 1 }
        for index in 0..<terms.count { starts[index + 1] += starts[index] }
        var next = starts
        documents = [Int32](repeating: 0, count: ids.count)
        weights = [UInt8](repeating: 0, count: ids.count)
        var position = 0
        for (number, record) in records.enumerated() {
            for weight in record.weights {
                let id = Int(ids[position])
                documents[next[id]] = Int32(number)
                weights[next[id]] = weight
                next[id] += 1
                position += 1
            }
        }
        self.starts = starts
    }

    /// Appends term `index`'s postings in the shard format (`SearchIndexFormat.encodePostings`),
    /// the weights as written among `count` documents (`SearchIndexFormat.writtenWeight`).
    func encode(_ index: Int, documents count: Int, into out: inout [UInt8]) {
        var previous = 0
        let common = SearchIndexFormat.isCommon(frequency: starts[index + 1] - starts[index], documents: count)
        for position in starts[index]..<starts[index + 1] {
            let weight = SearchIndexFormat.writtenWeight(weights[position], common: common)
            SearchIndexFormat.encodePosting(gap: Int(documents[position]) - previous, weight: weight, into: &out)
            previous = Int(documents[position])
        }
    }

    /// Open addressing over the terms' bytes, hashed as `TermCounter` hashes them.
    private struct Table {
        var slots = [Int32](repeating: -1, count: 1 << 12)
        var hashes: [UInt32] = []
        var count = 0

        mutating func number(of term: String, terms: inout [String]) -> Int32 {
            let hash = term.isEmpty ? 0 : term.utf8.withContiguousStorageIfAvailable { TermCounter.hash($0.baseAddress!, $0.count) }
                ?? Array(term.utf8).withUnsafeBufferPointer { TermCounter.hash($0.baseAddress!, $0.count) }
            var mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let number = Int(slots[slot])
                if hashes[number] == hash, Self.same(terms[number], term) { return Int32(number) }
                slot = (slot + 1) & mask
            }
            terms.append(term)
            hashes.append(hash)
            slots[slot] = Int32(count)
            count += 1
            if count * 2 > slots.count {
                slots = [Int32](repeating: -1, count: slots.count * 2)
                mask = slots.count - 1
                for (number, hash) in hashes.enumerated() {
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] >= 0 { slot = (slot + 1) & mask }
                    slots[slot] = Int32(number)
                }
            }
            return Int32(count - 1)
        }

        /// Whether two strings have the same bytes (`==` would compare them as Unicode text).
        private static func same(_ a: String, _ b: String) -> Bool {
            guard a.utf8.count == b.utf8.count else { return false }
            // Short terms are stored in the string itself: `==` compares those bits first.
            if a.utf8.count <= 15 { return a == b }
            return a.utf8.withContiguousStorageIfAvailable { a in
                b.utf8.withContiguousStorageIfAvailable { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
            }.flatMap { $0 } ?? a.utf8.elementsEqual(b.utf8)
        }
    }
}
