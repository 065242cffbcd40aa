import Foundation
import Testing
@testable import PeaceBoardNews

/// Talks named by a phrase around the clause of those who held them, talks between three or more,
/// officials listed each with their state, and ceasefires declared together (the sentences here
/// are the house's own).
@Suite struct TalksHeldAndListedOfficialsTests {
    @Test func whoAgreeAfterTalksMetThere() {
        let following = "Kenya and Uganda agreed to reopen the border following talks in Nairobi mediated by Tanzania."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(following))) == ["KEN", "UGA"])
        let deliberations = "Kenya and Uganda agreed to reopen the border after two days of deliberations."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(deliberations))) == ["KEN", "UGA"])
        // Talks still to come, or talks that failed, were not where they agreed.
        let next = "Kenya and Uganda agreed to reopen the border after the next round of talks."
        #expect(TestReading.actors(.meet, in: TestReading.events(next)).isEmpty)
        let collapsed = "Kenya agreed to the plan after talks collapsed."
        #expect(TestReading.actors(.meet, in: TestReading.events(collapsed)).isEmpty)
    }

    @Test func whoOpensWithTalksHeldWithSomeoneMetThem() {
        let text = "After six hours of talks with Ruto, Museveni said the border would reopen."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        // The phrase's list goes on past its first comma; the subject is whom the verb follows.
        let listed = "After talks with Kenya, Uganda and Rwanda, Tanzania said the border would reopen."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(listed))) == ["KEN", "UGA", "RWA", "TZA"])
        let reported = "Museveni said after talks with Ruto that the border would reopen."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(reported))) == ["KEN", "UGA"])
        // Talks to come were held by nobody yet.
        let planned = "After the next talks with Ruto, Museveni will decide."
        #expect(TestReading.actors(.meet, in: TestReading.events(planned)).isEmpty)
    }

    @Test func talksBetweenThreeOrMoreAreHeldByAll() {
        let states = "Talks between Kenya, Uganda and Rwanda ended on Friday without agreement."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(states))) == ["KEN", "UGA", "RWA"])
        let officials = "The deal came after talks between Kenyan President William Ruto, Ugandan President Yoweri Museveni and AU officials."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(officials))) == ["KEN", "UGA", "African Union"])
        // Asked for, they are not held.
        let sought = "Tanzania called for talks between Uganda, Rwanda and Burundi."
        #expect(TestReading.events(sought).filter { $0.kind == .meet && !$0.hedged }.isEmpty)
    }

    @Test func officialsListedEachWithTheirStateActTogether() {
        let possessives = "Kenya's Ruto, Uganda's Museveni and Rwanda's Kagame initialled the accord on Friday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(possessives))) == ["KEN", "UGA", "RWA"])
        let singular = "The Kenyan minister and the Ugandan envoy signed the deal."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(singular))) == ["KEN", "UGA"])
        let portfolio = "The Kenyan and Ugandan foreign ministers met on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(portfolio))) == ["KEN", "UGA"])
        let teams = "The Kenyan and Ugandan teams met again in Arusha."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(teams))) == ["KEN", "UGA"])
    }

    @Test func aStateNamedAgainIsNoSecondParty() {
        let text = "Kenya and an alliance of rebel groups agreed to a truce brokered by Tanzania, the Tanzanian foreign ministry said. "
            + "The Tanzanian foreign ministry said both sides had agreed to withdraw."
        #expect(!TestReading.actors(.accept, in: TestReading.events(text)).contains("TZA"))
    }

    @Test func aCeasefireDeclaredTogetherIsAccepted() {
        let text = "Uganda and Kenya declared a truce on Friday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA"])
        // Declared with the other side, it is one side's.
        let unilateral = "In July, Kenyan President Amara Diallo declared a ceasefire with the Lord's Resistance Army."
        #expect(TestReading.actors(.accept, in: TestReading.events(unilateral)) == ["KEN"])
    }
}

/// Who acts alongside the one named first, a state's official before a relative clause, and
/// mediation owned by whoever's name stands before it (the sentences here are the house's own).
@Suite struct CompanionsOfficialsAndOwnedMediationTests {
    @Test func whoActsAlongsideTheFirstActsToo() {
        let alongside = "Tanzania, alongside the United States and the African Union, facilitated months of talks."
        #expect(Set(TestReading.actors(.mediate, in: TestReading.events(alongside))) == ["TZA", "USA", "African Union"])
        let together = "Kenya, together with Tanzania and Ethiopia, brokered the deal."
        #expect(Set(TestReading.actors(.mediate, in: TestReading.events(together))) == ["KEN", "TZA", "ETH"])
        let asWell = "Kenya, as well as Tanzania, signed the accord."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(asWell))) == ["KEN", "TZA"])
    }

    @Test func aStatesOfficialBeforeARelativeClauseActsForIt() {
        let possessive = "Norway's ambassador, who has facilitated the latest negotiations, travelled to Jaffna."
        #expect(TestReading.actors(.mediate, in: TestReading.events(possessive)) == ["NOR"])
        let office = "Kenya's foreign minister, who brokered the deal, said it would hold."
        #expect(TestReading.actors(.mediate, in: TestReading.events(office)) == ["KEN"])
    }

    @Test func mediationOwnedByANameIsItsMediation() {
        let opening = "Kenya's mediation led to the deal."
        #expect(TestReading.actors(.mediate, in: TestReading.events(opening)) == ["KEN"])
        let agent = "Mediation by Kenya led to the deal."
        #expect(TestReading.actors(.mediate, in: TestReading.events(agent)) == ["KEN"])
        let after = "The deal came after Kenyan mediation."
        #expect(TestReading.actors(.mediate, in: TestReading.events(after)) == ["KEN"])
        // Mediation refused was not given.
        let refused = "Uganda rejected Kenyan mediation."
        #expect(TestReading.actors(.mediate, in: TestReading.events(refused)).isEmpty)
    }
}

/// Support named by its noun and recognition granted (the sentences here are the house's own).
@Suite struct SupportNamedByItsNounTests {
    @Test func whoseSupportSomethingHasSupportsIt() {
        let with = "The truce was extended with the support of Kenya and Uganda."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(with))) == ["KEN", "UGA"])
        let won = "The plan won the full backing of the African Union."
        #expect(TestReading.actors(.support, in: TestReading.events(won)) == ["African Union"])
        // Support asked for, or lost, is not given.
        let lost = "Tomas Okello lost the support of Uganda."
        #expect(TestReading.actors(.support, in: TestReading.events(lost)).isEmpty)
    }

    @Test func recognitionGrantedIsSupport() {
        let text = "The northern government is only recognised by Kenya."
        let recognition = TestReading.events(text).filter { $0.kind == .support }
        #expect(recognition.map(\.cameo.code) == ["054"])
        #expect(TestReading.actors(.support, in: recognition) == ["KEN"])
    }
}

/// A list of officials past an aside about its first member, and "his" counterpart (the sentences
/// here are the house's own).
@Suite struct ListsPastAsidesTests {
    @Test func aListGoesOnPastAnAsideAboutItsFirstMember() {
        let office = "Kenyan envoy Amara Diallo, the head of the AU mission, and Ugandan President Tomas Okello welcomed the commitment."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(office))) == ["KEN", "UGA"])
        let former = "Kenyan Foreign Minister Amara Diallo, former head of the AU mission, and his Ugandan counterpart Tomas Okello "
            + "welcomed the commitment and urged Rwanda to comply."
        #expect(Set(TestReading.actors(.demand, in: TestReading.events(former))) == ["KEN", "UGA"])
    }

    @Test func hisCounterpartIsListedWithHim() {
        let text = "Kenyan Foreign Minister Amara Diallo and his Ugandan counterpart Tomas Okello welcomed the commitment."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(text))) == ["KEN", "UGA"])
        // "his government" opens a clause of its own.
        let clause = "Kenyan President Amara Diallo spoke in Kampala, and his government welcomed the commitment."
        #expect(TestReading.actors(.support, in: TestReading.events(clause)) == ["KEN"])
    }
}

/// An agreement reached or not, as opposed to one aimed at (the sentences here are the house's own).
@Suite struct AgreementsReachedOrNotTests {
    @Test func anAgreementNotReachedIsNegated() {
        for text in ["Kenya and Uganda failed to reach an agreement.", "Kenya and Uganda were unable to reach a deal on Friday.", "Kenya and Uganda could not reach a deal."] {
            let accepted = TestReading.events(text).filter { $0.kind == .accept }
            #expect(Set(TestReading.actors(.accept, in: accepted)) == ["KEN", "UGA"])
            #expect(accepted.allSatisfy { $0.negated })
        }
        let reached = TestReading.events("Kenya and Uganda were able to reach an agreement.").filter { $0.kind == .accept }
        #expect(Set(TestReading.actors(.accept, in: reached)) == ["KEN", "UGA"])
        #expect(!reached.contains { $0.negated })
    }

    @Test func anAgreementAimedAtIsNoAct() {
        for text in ["Mediators continued efforts to reach a deal.", "Tanzania has been engaging with the parties to reach a truce."] {
            #expect(TestReading.actors(.accept, in: TestReading.events(text)).isEmpty)
        }
    }
}

/// Old wire copy's quotation marks, pages broken at random, offices in the plural, popes, requests and
/// invitations named by their nouns (the sentences here are the house's own).
@Suite struct WireMarksBrokenLinesAndRequestsTests {
    @Test func graveAccentsAndApostrophesMarkAQuotation() {
        let quotes = NewsReader.read("Talks\n``We have made peace,'' said Kenyan President Amara Diallo.").quotes
        #expect(quotes.map(\.text) == ["We have made peace,"])
        #expect(quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func shortLinesThatGoOnInLowerCaseAreOneParagraph() {
        let text = "Kenya and Uganda Sign Treaty\nNAIROBI\n-- The presidents of Kenya and Uganda signed a treaty here Monday to\nopen\ntheir borders\nand trade freely."
        let reading = NewsReader.read(text)
        // One sentence, its line breaks kept where the page put them.
        #expect(reading.sentences.contains { $0.text.replacingOccurrences(of: "\n", with: " ").contains("signed a treaty here Monday to open their borders and trade freely.") })
        #expect(Set(TestReading.actors(.accept, in: reading.events)) == ["KEN", "UGA"])
    }

    @Test func wordsAfterAnOfficeInThePluralAreItsRemit() {
        let reading = NewsReader.read("Talks\nThe meeting was held between the Director Generals of Military Operations of India and Pakistan.")
        #expect(reading.people.isEmpty)
        #expect(Set(TestReading.actors(.meet, in: reading.events)) == ["IND", "PAK"])
    }

    @Test func aPopeIsNamedWithTheTitle() {
        #expect(NewsReader.read("Talks\nThe visit by Pope Francis was welcomed.").people.map(\.name) == ["Pope Francis"])
    }

    @Test func requestsAndInvitationsNamedByTheirNouns() {
        let request = "The decision was made by Kenya at the request of Tanzania and Ethiopia."
        #expect(Set(TestReading.actors(.demand, in: TestReading.events(request))) == ["TZA", "ETH"])
        let invitation = "Kenyan President Amara Diallo travelled to Luanda at the invitation of Angola."
        #expect(TestReading.actors(.invite, in: TestReading.events(invitation)) == ["AGO"])
    }

    @Test func termedPraiseAndResistedCalls() {
        let termed = "Kenyan Foreign Minister Amara Diallo termed the agreement “an important step” in reducing tensions."
        #expect(TestReading.actors(.support, in: TestReading.events(termed)) == ["KEN"])
        let resisted = "Kenyan President Amara Diallo has resisted calls for wider autonomy."
        let events = TestReading.events(resisted)
        #expect(TestReading.actors(.reject, in: events) == ["KEN"])
        #expect(TestReading.actors(.demand, in: events).isEmpty)
    }

    @Test func aGovtIsAGovernment() {
        let text = "Kenyan govt representatives met the rebels in Arusha."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
    }
}

/// Congratulations offered and presidents described by their states (the sentences here are the house's own).
@Suite struct CongratulationsAndPresidentsTests {
    @Test func congratulationsOfferedCongratulate() {
        let text = "Kenyan President Amara Diallo, who had met with the Ugandan and Rwandan presidents in Nairobi, offered his congratulations."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.congratulate, in: events) == ["KEN"])
        #expect(Set(TestReading.actors(.meet, in: events)) == ["KEN", "UGA", "RWA"])
        // An offer of terms is a proposal.
        #expect(TestReading.actors(.congratulate, in: TestReading.events("Kenya offered a ceasefire.")).isEmpty)
    }

    @Test func americanSpellingsOfAStatesAdjective() {
        #expect(NewsReader.read("Talks\nEcuadoran President Jamil Mahuad signed the treaty.").people.map(\.state) == ["ECU"])
    }
}

/// Who leads something, and a surname that is a known person's short form (the sentences here are the house's own).
@Suite struct LeadersAndOtherPeoplesSurnamesTests {
    @Test func whoeverLeadsSomethingIsAPerson() {
        #expect(NewsReader.read("Talks\nThe delegation was headed by Rahmatullah Karimi.").people.map(\.name) == ["Rahmatullah Karimi"])
        #expect(NewsReader.read("Talks\nThe faction, led by Pagan Amum, signed.").people.map(\.name) == ["Pagan Amum"])
        // A state or a body leading is none.
        #expect(NewsReader.read("Talks\nThe coalition, led by Saudi Arabia, agreed.").people.isEmpty)
    }

    @Test func aKnownShortFormAfterAnotherNameIsAnotherPerson() {
        let other = NewsReader.read("Talks\nDeputy Interior Minister Rahmatullah Najib led the delegation.").people.map(\.name)
        #expect(other == ["Rahmatullah Najib"])
        let known = NewsReader.read("Talks\nMalaysian Prime Minister Najib Razak spoke. Later Najib said he was happy.").people.map(\.name)
        #expect(Set(known) == ["Najib Razak"])
        // A particle of the name itself stands before the surname: "Fayez Al Sarraj" is Fayez al-Sarraj.
        let particle = NewsReader.read("Talks\nPrime Minister Fayez Al Sarraj met the envoy.").people.map(\.name)
        #expect(particle == ["Fayez al-Sarraj"])
    }
}

/// Talks a sentence opens with, and talks held with those named after "with" (the sentences here are the house's own).
@Suite struct OpeningTalksAndTalksHeldWithTests {
    @Test func whoAgreeAfterTheTalksASentenceOpensWithMetInThem() {
        let text = "After marathon talks, Kenya and Uganda agreed to a ceasefire."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        let later = "After the next round of talks, Kenya and Uganda agreed to sign."
        #expect(TestReading.actors(.meet, in: TestReading.events(later)).isEmpty)
    }

    @Test func talksHeldWithThoseNamedAfterWith() {
        let text = "A new round of negotiations took place in Naivasha with the government of Kenya and the Lord's Resistance Army."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "Lord's Resistance Army"])
        // Who facilitated or supported them helped; they did not meet.
        let helped = "The meeting started on 24 January with African Union facilitation and United Nations support."
        #expect(TestReading.actors(.meet, in: TestReading.events(helped)).isEmpty)
    }
}

/// Who was present, who endorsed, who reports on talks just held, and a state's team led by someone
/// (the sentences here are the house's own).
@Suite struct PresenceEndorsementsAndReportedTalksTests {
    @Test func whoWasPresentMet() {
        let present = "The AU's chairperson, Amara Diallo, and Ugandan Foreign Minister Tomas Okello were present as well."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(present))) == ["African Union", "UGA"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Russian troops were present in Syria.")).isEmpty)
        let caption = "At the signing of the peace deal on August 7, from left, Kenyan President Amara Diallo, Ugandan President Tomas Okello and "
            + "European Union foreign affairs chief Federica Mogherini."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(caption))) == ["KEN", "UGA", "European Union"])
    }

    @Test func anEndorsementGivenSupports() {
        #expect(TestReading.actors(.support, in: TestReading.events("German Chancellor Angela Merkel gave her endorsement of the declaration.")) == ["DEU"])
    }

    @Test func whoReportsOnTalksJustHeldTookPart() {
        let text = "The participants agreed to end all support, Merkel said after about four hours of talks at the chancellery."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["DEU"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President Amara Diallo said after the next talks he would decide.")).isEmpty)
    }

    @Test func aStatesTeamLedBySomeoneIsTheStates() {
        let text = "The envoy mediated talks between Lebanon and the Israeli negotiating team led by Eyal Hulata."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["LBN", "ISR"])
    }
}
