import PeaceBoardCore

extension Reading {
    /// The findings as the record stores them: compact JSON, each with the offsets (UTF-16) of
    /// its evidence, and the sentence for events and provisions.
    public var findings: JSONValue {
        func span(_ span: TextSpan) -> [String: JSONValue] { ["start": .integer(Int64(span.start)), "end": .integer(Int64(span.end))] }
        func participant(_ participant: EventParticipant) -> JSONValue {
            var object: [String: JSONValue] = ["name": .string(participant.name)]
            if let state = participant.state { object["state"] = .string(state) }
            return .object(object)
        }
        var seenPeople = Set<String>()
        let people: [JSONValue] = self.people.filter { seenPeople.insert($0.name).inserted }.map { person in
            var object = span(person.span)
            object["name"] = .string(person.name)
            if let office = person.office { object["office"] = .string(office) }
            if let state = person.state { object["state"] = .string(state) }
            return .object(object)
        }
        let quotes: [JSONValue] = self.quotes.map { quote in
            var object = span(quote.span)
            object["text"] = .string(quote.text)
            if let speaker = quote.speaker { object["speaker"] = .string(speaker) }
            if let verb = quote.verb { object["verb"] = .string(verb) }
            return .object(object)
        }
        let events: [JSONValue] = self.events.map { event in
            var object = span(event.sentence)
            object["kind"] = .string(event.kind.rawValue)
            object["cameo"] = .string(event.cameo.code)
            object["goldsteinTenths"] = .integer(Int64(event.cameo.goldsteinTenths))
            object["actors"] = .array(event.actors.map(participant))
            object["targets"] = .array(event.targets.map(participant))
            object["negated"] = .bool(event.negated)
            object["hedged"] = .bool(event.hedged)
            object["trigger"] = .string(event.trigger.text)
            return .object(object)
        }
        let provisions: [JSONValue] = self.provisions.map { provision in
            var object = span(provision.sentence)
            object["type"] = .string(provision.type)
            object["parameters"] = .object(provision.parameters)
            return .object(object)
        }
        let amounts: [JSONValue] = self.amounts.map { amount in
            var object = span(amount.span)
            object["minorUnits"] = .integer(amount.amount.minorUnits)
            object["currency"] = .string(amount.amount.currency.rawValue)
            return .object(object)
        }
        let dates: [JSONValue] = self.dates.map { date in
            var object = span(date.span)
            object["date"] = .string(date.date.description)
            object["precision"] = .string(date.precision.rawValue)
            return .object(object)
        }
        return .object([
            "people": .array(people), "quotes": .array(quotes), "events": .array(events), "provisions": .array(provisions),
            "amounts": .array(amounts), "dates": .array(dates),
            "states": .array(Array(Set(states.map(\.state))).sorted().map(JSONValue.string)),
            "organisations": .array(Array(Set(organisations.map(\.name))).sorted().map(JSONValue.string)),
            "notUnderstood": .array(foreignPassages.map { .object(["start": .integer(Int64($0.span.start)), "end": .integer(Int64($0.span.end)), "reason": .string($0.reason.rawValue)]) }),
        ])
    }
}
