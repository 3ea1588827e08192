import Foundation
import Synchronization

/// The facts the files of this build read, each with one position: those of the last build keep
/// theirs, so reused entries stay valid, and new ones are added as pages record them.
final class FactTable: Sendable {
    private struct State {
        var facts: [SiteFact]
        var digests: [UInt64]
        /// Positions of the facts added in this build.
        var added: [SiteFact: UInt32] = [:]
    }

    /// Positions of the last build's facts: read without the lock by every page that renders.
    private let known: [SiteFact: UInt32]
    private let state: Mutex<State>

    /// - Parameter positions: each fact's position, when the last build left them.
    init(facts: [SiteFact], digests: [UInt64], positions: [SiteFact: UInt32]?) {
        if let positions {
            known = positions
        } else {
            var built: [SiteFact: UInt32] = [:]
            built.reserveCapacity(facts.count)
            for (index, fact) in facts.enumerated() { built[fact] = UInt32(index) }
            known = built
        }
        state = Mutex(State(facts: facts, digests: digests))
    }

    func positions(of facts: Set<SiteFact>, in site: Site) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(facts.count)
        var unknown: [SiteFact] = []
        for fact in facts {
            if let position = known[fact] { result.append(position) } else { unknown.append(fact) }
        }
        guard !unknown.isEmpty else { return result.sorted() }
        // Digests of new facts are computed outside the lock.
        let reads = SiteReads(site)
        let fresh = unknown.map { ($0, $0.digest(in: reads)) }
        return state.withLock { state in
            for (fact, digest) in fresh {
                if let position = state.added[fact] {
                    result.append(position)
                    continue
                }
                let position = UInt32(state.facts.count)
                state.facts.append(fact)
                state.digests.append(digest)
                state.added[fact] = position
                result.append(position)
            }
            return result.sorted()
        }
    }

    func fact(at position: Int) -> SiteFact { state.withLock { $0.facts[position] } }

    var contents: ([SiteFact], [UInt64]) { state.withLock { ($0.facts, $0.digests) } }

    /// Every fact's position: the last build's, with those added in this one.
    var positions: [SiteFact: UInt32] {
        let added = state.withLock { $0.added }
        return added.isEmpty ? known : known.merging(added) { old, _ in old }
    }
}

