import Foundation
import Testing
@testable import PeaceBoardCore

@Suite struct HashChainTests {
    let recordedAt = Timestamp(canonical: "2026-01-19T10:00:00.000Z")!

    func draft(_ text: String) -> EntryDraft {
        EntryDraft(
            effectiveDate: LocalDate(iso8601: "2026-01-19")!, author: "secretariat:test", kind: EntryKind("record.note"),
            payload: .object(["text": .string(text)]), source: "seed")
    }

    func chain(_ count: Int) -> [LedgerEntry] {
        var entries: [LedgerEntry] = []
        for index in 0..<count {
            entries.append(LedgerEntry(sealing: draft("fact \(index)"), after: entries.last?.head, recordedAt: recordedAt))
        }
        return entries
    }

    @Test func canonicalJSONSortsKeysAndEscapesMinimally() {
        let value = JSONValue.object([
            "b": .integer(-3), "a": .array([.null, .bool(true), .string("say \"hi\"\n\u{01}é")]),
        ])
        #expect(value.canonicalText == #"{"a":[null,true,"say \"hi\"\n\u0001é"],"b":-3}"#)
        let reparsed = try! JSONDecoder().decode(JSONValue.self, from: Data(value.canonicalText.utf8))
        #expect(reparsed.canonicalText == value.canonicalText)
    }

    @Test func canonicalJSONEscapesEveryControlCharacterAndKeepsOtherScalars() {
        let value = JSONValue.string("\\ \t\r\u{08}\u{0C}\u{1F}\u{7F} «中文» 🕊")
        #expect(value.canonicalText == #""\\ \t\r\b\f\u001f\#u{7F} «中文» 🕊""#)
        let reparsed = try! JSONDecoder().decode(JSONValue.self, from: Data(value.canonicalText.utf8))
        #expect(reparsed == value)
    }

    @Test func entriesLinkToTheirPredecessor() {
        let entries = chain(3)
        #expect(entries.map(\.sequence) == [1, 2, 3])
        #expect(entries[0].previousHash == ChainHead.genesisHash)
        #expect(entries[1].previousHash == entries[0].hash)
        #expect(entries[2].previousHash == entries[1].hash)
        #expect(Set(entries.map(\.hash)).count == 3)
        #expect(entries.allSatisfy { $0.hash.count == 64 })
    }

    @Test func verifierAcceptsAnIntactChain() throws {
        var verifier = ChainVerifier()
        for entry in chain(5) { try verifier.check(entry) }
        #expect(verifier.head?.sequence == 5)
    }

    @Test func verifierNamesTheFirstAlteredEntry() {
        var entries = chain(5)
        let original = entries[2]
        entries[2] = LedgerEntry(
            sequence: original.sequence, recordedAt: original.recordedAt, effectiveDate: original.effectiveDate,
            author: original.author, kind: original.kind, payloadText: #"{"text":"forged"}"#,
            supersedes: nil, source: original.source, previousHash: original.previousHash, hash: original.hash)
        var verifier = ChainVerifier()
        #expect(throws: ChainVerifier.Break.contentAltered(sequence: 3)) {
            for entry in entries { try verifier.check(entry) }
        }
    }

    @Test func verifierNamesAGap() {
        var entries = chain(4)
        entries.remove(at: 1)
        var verifier = ChainVerifier()
        #expect(throws: ChainVerifier.Break.sequenceGap(expected: 2, found: 3)) {
            for entry in entries { try verifier.check(entry) }
        }
    }

    @Test func fieldsCannotImitateEachOther() {
        var first = draft("x")
        first.author = "a\nb"
        first.source = "c"
        var second = draft("x")
        second.author = "a"
        second.source = "b\nc"
        #expect(
            LedgerEntry(sealing: first, after: nil, recordedAt: recordedAt).hash
                != LedgerEntry(sealing: second, after: nil, recordedAt: recordedAt).hash)
    }
}

@Suite struct JSONParsingTests {
    @Test(arguments: [
        #"{"a":[null,true,false,-12,0],"b":{"c":"d"},"e":""}"#,
        #"{"text":"say \"hi\"\n\t\\ \u0001 é ✓ 😀"}"#,
        #"[]"#, #"{}"#, #"9223372036854775807"#,
    ])
    func parsingAgreesWithFoundation(_ text: String) throws {
        let ours = try JSONValue(parsing: text.utf8)
        let foundations = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(ours == foundations)
        #expect(try JSONValue(parsing: ours.canonicalText.utf8) == ours)
    }

    @Test func escapesAndSurrogatePairsAreDecoded() throws {
        let value = try JSONValue(parsing: #" { "k" : "\u00e9\ud83d\ude00\/" } "#.utf8)
        #expect(value == .object(["k": .string("é😀/")]))
    }

    @Test(arguments: [#"{"a":1.5}"#, #"{"a":1e3}"#, #"{"a":}"#, #"{"a":1,}"#, #"{"a":1"#, #"["a" "b"]"#, #""\ud800""#, "\"a\u{01}\"", #"{"a":1,"a":2}"#, #"tru"#, #"{} x"#, #"99999999999999999999"#])
    func malformedOrFractionalInputIsRefused(_ text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue(parsing: text.utf8) }
    }
}
