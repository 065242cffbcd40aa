import PeaceBoardCore

extension Reading {
    /// The findings as the record stores them: compact JSON, each with the offsets (UTF-16) of
    /// its evidence, and the sentence for events and provisions.
    public var findings: JSONValue {
        /// An object located by `span`, sized once for all its members: growing a dictionary
        /// member by member rehashed it several times for each finding.
        func object(at span: TextSpan, _ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
            var object = [String: JSONValue](minimumCapacity: members.count + 2)
            object["start"] = .integer(Int64(span.start))
            object["end"] = .integer(Int64(span.end))
            for (key, value) in members {
                if let value { object[key] = value }
            }
            return .object(object)
        }
        func participant(_ participant: EventParticipant) -> JSONValue {
            var object: [String: JSONValue] = ["name": .string(participant.name)]
            if let state = participant.state { object["state"] = .string(state) }
            // The body a person speaks for ("EU foreign policy chief Kaja Kallas"), or that acts itself.
            if let organisation = participant.organisation, organisation != participant.name { object["organisation"] = .string(organisation) }
            return .object(object)
        }
        var seenPeople = Set<String>()
        let people: [JSONValue] = self.people.filter { seenPeople.insert($0.name).inserted }.map { person in
            object(
                at: person.span,
                [
                    "name": .string(person.name), "office": person.office.map(JSONValue.string), "state": person.state.map(JSONValue.string),
                    "organisation": person.organisation.map(JSONValue.string),
                ])
        }
        let quotes: [JSONValue] = self.quotes.map { quote in
            object(at: quote.span, ["text": .string(quote.text), "speaker": quote.speaker.map(JSONValue.string), "verb": quote.verb.map(JSONValue.string)])
        }
        let events: [JSONValue] = self.events.map { event in
            object(
                at: event.sentence,
                [
                    "kind": .string(event.kind.rawValue), "cameo": .string(event.cameo.code), "goldsteinTenths": .integer(Int64(event.cameo.goldsteinTenths)),
                    "actors": .array(event.actors.map(participant)), "targets": .array(event.targets.map(participant)), "negated": .bool(event.negated),
                    "hedged": .bool(event.hedged), "trigger": .string(event.trigger.text),
                ])
        }
        let provisions: [JSONValue] = self.provisions.map { provision in
            object(at: provision.sentence, ["type": .string(provision.type), "parameters": .object(provision.parameters)])
        }
        let amounts: [JSONValue] = self.amounts.map { amount in
            object(at: amount.span, ["minorUnits": .integer(amount.amount.minorUnits), "currency": .string(amount.amount.currency.rawValue)])
        }
        let dates: [JSONValue] = self.dates.map { date in
            object(at: date.span, ["date": .string(date.date.description), "precision": .string(date.precision.rawValue)])
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
