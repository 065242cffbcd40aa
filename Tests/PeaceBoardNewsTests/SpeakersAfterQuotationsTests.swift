import Testing

@testable import PeaceBoardNews

/// Who speaks a quotation: the person a report names after it, a name with a particle, the
/// last person when the framing verb follows their name, and names written with initials.
@Suite struct SpeakersAfterQuotationsTests {
    private func speakers(_ text: String) -> [String?] {
        NewsReader.read("Talks\n" + text).quotes.map(\.speaker)
    }

    @Test func thePersonNamedAfterTheQuotationSpeaksIt() {
        #expect(
            speakers("\"This is the end of a long night for Casamance,\" said Senegal's Prime Minister Ousmane Sonko, who attended the ceremony.")
                == ["Ousmane Sonko"])
        #expect(
            speakers("\"Our patience has limits,\" Houthi political bureau member Mohammed al-Bukhaiti said in a post on X.")
                == ["Mohammed al-Bukhaiti"])
    }

    @Test func theLastPersonSpeaksWhenTheFramingVerbFollowsTheirName() {
        #expect(
            speakers(
                "Turkish Foreign Minister Hakan Fidan said last month that Ankara would coordinate with Baku, and Armenian Prime Minister Nikol Pashinyan welcomed the decision as \"an important step\".")
                == ["Nikol Pashinyan"])
        // "… for what he called": the sentence's subject still.
        #expect(
            speakers("Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev on Saturday for what he called a \"tragic incident\".")
                == ["Vladimir Putin"])
    }

    @Test func namesWithInitialsAndOfficesOfParliament() {
        let people = NewsReader.read(
            "Talks\nThe government's interlocutor, A.K. Mishra, met the group's leaders. Ruben Rubinyan, deputy speaker of Armenia's parliament, led the delegation."
        ).people.map(\.name)
        #expect(people.contains("A.K. Mishra"))
        #expect(people.contains("Ruben Rubinyan"))
    }

    @Test func theSpeakersBodyBetweenTheNameAndTheVerb() {
        let text = "Talks\n“It was agreed to advance the talks,” Senator Amara Diallo of the negotiating team told reporters."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Amara Diallo"])
        // An office's own "of" is no body after the name.
        let office = "Talks\n“The war ends today,” Secretary of State Amara Diallo said at the ceremony."
        #expect(NewsReader.read(office).quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func wordsOfAssessingAttributeAQuotation() {
        let text = "Talks\nKenyan President Amara Diallo spoke after the meeting. “We both made our limits known,” he assessed."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func anAttributionThatOpensWithItsAuxiliaryNamesNoOne() {
        // The words before the verb are the auxiliary alone: no name, and nothing to look past.
        let text = "Talks\n“We agree to the terms,” was quoted as saying by the minister."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == [nil])
    }
}
