import Foundation
import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// Entity keys: built from typed parts, printed in the form that orders them, read back from a
/// record by their parts.
@Suite struct EntityKeyTests {
    let norway = EntityKey.country("NO")
    let lima = EntityKey.person("ana lima")

    @Test func eachKindOfKeyPrintsItsParts() {
        #expect(lima.description == "person:ana lima")
        #expect(EntityKey.agency("trade ministry", country: "NO").description == "agency:trade ministry|country:NO")
        #expect(EntityKey.agency("fishing council").description == "agency:fishing council")
        #expect(
            EntityKey.policy("tariff", [.rate(text: "25%"), .goods(family: "salmon"), .year(text: "2031")]).description
                == "policy:tariff|25%|salmon|2031")
        #expect(EntityKey.policy("ban", [.author(key: norway)]).adding(.scope(document: "d1")).description == "policy:ban|by:country:NO|in:d1")
        #expect(EntityKey.meeting(.people(keys: [lima, .person("ole berg")]), nil).description == "meeting:people:person:ana lima+person:ole berg")
        #expect(
            EntityKey.meeting(.visit(visitor: lima, destination: .place("bergen")), "visit").description
                == "meeting:visit:person:ana lima@place:bergen|visit")
        #expect(EntityKey.meeting(.visit(visitor: lima, destination: nil), "visit").description == "meeting:visit:person:ana lima@|visit")
    }

    @Test func partsAreReadAsFieldsNotFromThePrintedKey() {
        let ministry = EntityKey.agency("trade ministry", country: "NO")
        #expect(ministry.type == .agency)
        #expect(ministry.name == "trade ministry")
        #expect(ministry.agencyCountry == "NO")
        #expect(ministry.unqualified == .agency("trade ministry"))
        #expect(norway.countryCode == "NO")
        let quota = EntityKey.policy("quota", [.author(key: ministry)])
        #expect(GeneralPolicies.isGeneral(quota))
        #expect(GeneralPolicies.author(quota) == ministry)
        #expect(GeneralPolicies.distinguishingMarks(quota).isEmpty)
        #expect(!GeneralPolicies.isGeneral(.policy("quota", [.month(name: "may")])))
    }

    /// A name holding the characters the printed form separates parts with is still one part.
    @Test func keysWithSeparatorsInANameStayDistinct() {
        let odd = EntityKey.agency("a|country:NO")
        #expect(odd != EntityKey.agency("a", country: "NO"))
        #expect(odd.agencyCountry == nil)
    }

    @Test func aRecordKeepsEveryKeyByItsParts() throws {
        let keys: [EntityKey] = [
            lima, norway, .agency("trade ministry", country: "NO"),
            .policy("sanction", [.target(key: norway), .purpose(words: "to end the blockade"), .about(key: lima)]),
            .meeting(.organisation(key: .agency("nordic council")), "summit"),
            .meeting(.parties(keys: [norway, .country("SE")]), "talks"),
            .meeting(.mark(text: "december"), "summit"), .meeting(.name(text: "ocean forum"), "conference"),
        ]
        let data = try JSONEncoder().encode(keys)
        #expect(try JSONDecoder().decode([EntityKey].self, from: data) == keys)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("person:ana lima"))
    }
}
