import Testing
@testable import PeaceBoardNews

@Suite struct EventTests {
    func events(_ body: String) -> [EventMention] { NewsReader.read("Report\n" + body).events }

    func summary(_ event: EventMention) -> String {
        "\(event.kind.rawValue) \(event.actors.map { $0.state ?? $0.name }.joined(separator: "+")) \(event.negated ? "negated " : "")\(event.hedged ? "hedged " : "")\(event.cameo.code)"
    }

    @Test func eachEventIsCodedWithCAMEOAndItsGoldsteinScore() throws {
        let found = events("Several European leaders threatened to impose new sanctions on Russia. Turkey offered to host the talks.")
        let threat = try #require(found.first { $0.kind == .threaten })
        #expect(threat.cameo.code == "1312" && threat.cameo.goldsteinTenths == -58 && threat.cameo.description.contains("sanction"))
        #expect(threat.targets.map(\.state) == ["RUS"])
        #expect(found.first { $0.kind == .offerToHost }.map(summary) == "offerToHost TUR 036")
    }

    @Test func negationAndHedgingAreRespected() {
        #expect(events("The paramilitary group has not committed to attending the talks.").map(summary) == ["accept  negated 030"])
        let committed = events("Only Hungary has officially committed to the initiative. Russia has not committed to it.")
        #expect(committed.map(summary) == ["accept HUN 030", "accept RUS negated 030"])
        let hedged = events("Putin is likely to demand Ukraine's neutrality. Brussels threatened new sanctions if Russia rejects the ceasefire.")
        #expect(hedged.map(summary) == ["demand RUS hedged 100", "threaten BEL 1312", "reject RUS hedged 127"])
        #expect(events("Russia has never refused dialogue.").map(summary) == ["reject RUS negated 120"])
    }

    @Test func actorsAreTheSubjectNotTheNearestName() {
        // An apposition, a relative clause and a place between the subject and its verb.
        #expect(events("Only Hungary, led by Prime Minister Viktor Orban—a close ally of Trump—has officially committed to the initiative.").map(summary) == ["accept HUN 030"])
        #expect(events("Cuba and Norway, which guarantee the process, called on both sides to respect the truce.").map(summary) == ["demand CUB+NOR 100"])
        // The place is not who endorses; the plan is proposed by the state its adjective names.
        #expect(events("Arab leaders meeting in Cairo endorsed an Egyptian plan.").map(summary) == ["support  051", "propose EGY 037"])
        // A list of subjects, and the agents of a passive.
        #expect(events("The leaders of Ukraine, France, Germany, Poland, the UK, and the EU proposed a 30-day ceasefire.").first.map(summary)
            == "propose UKR+FRA+DEU+POL+GBR+European Union 037")
        #expect(events("The plan was brokered by Egypt, Qatar and the United States.").first?.actors.map(\.state) == ["EGY", "QAT", "USA"])
        // The one who reports an event is not its subject, and a pair named nowhere is nobody to code.
        #expect(events("Rubio said both governments had agreed to start talks.").map(summary).isEmpty)
    }

    @Test func theSeedsEventsAreFound() throws {
        let reading = NewsReader.read(try Seeds.text("004"))
        let kinds = Set(reading.events.map(\.kind))
        #expect(kinds.isSuperset(of: [.support, .propose, .mediate, .threaten, .consider, .demand]))
        let proposal = try #require(reading.events.first { $0.kind == .propose && $0.actors.count == 6 })
        #expect(proposal.sentence.text.hasPrefix("This comes after the leaders of Ukraine"))
    }
}
