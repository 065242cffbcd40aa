import Testing
@testable import PeaceBoardNews

/// Praise given by what a deal is said to be or by heralding it, and quotations given to a state or a
/// body (the sentences here are the house's own).
@Suite struct DealsJudgedAndBodiesQuotedTests {
    @Test func aDealCalledAStepInsideAQuotationIsItsSpeakersPraise() {
        let quoted = "“The accord signed in Arusha is an important step towards lasting peace,” Kenyan Foreign Minister Joseph Mwangi said."
        #expect(TestReading.actors(.support, in: TestReading.events(quoted)) == ["KEN"])
        let turningPoint = "“The truce marks a turning point for the region,” the African Union said in a statement."
        #expect(TestReading.actors(.support, in: TestReading.events(turningPoint)) == ["African Union"])
    }

    @Test func aDealCalledAMilestoneInReportedSpeechIsTheSayersPraise() {
        let named = "Ugandan President Tomas Okello said the ceasefire was a milestone for the region."
        #expect(TestReading.actors(.support, in: TestReading.events(named)) == ["UGA"])
        let pronoun = "Ugandan President Tomas Okello met the delegations in Arusha. He added that the talks were the biggest breakthrough in years."
        #expect(TestReading.actors(.support, in: TestReading.events(pronoun)) == ["UGA"])
    }

    @Test func noPraiseWithoutASpeakerOrAGoodWord() {
        // The writer's own judgement, a step back, a denial, and "this", which may stand for anything.
        let unsaid = [
            "The agreement is an important step towards peace.",
            "“The deal is a step back,” Ugandan President Tomas Okello said.",
            "“The truce is not a breakthrough,” Ugandan President Tomas Okello said.",
            "“This is a first step,” Ugandan President Tomas Okello said.",
        ]
        for text in unsaid {
            #expect(TestReading.actors(.support, in: TestReading.events(text)).isEmpty, "\(text)")
        }
    }

    @Test func heraldingADealOrPraiseForItIsSupport() {
        let heralded = "Ugandan President Tomas Okello heralded a pair of historic agreements in a ceremony on Tuesday."
        #expect(TestReading.actors(.support, in: TestReading.events(heralded)) == ["UGA"])
        let praise = "The foreign ministers of Kenya and Uganda were equally sweeping in their praise for the pacts."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(praise))) == ["KEN", "UGA"])
        // Praise as a thing talked of is no praise given.
        #expect(TestReading.actors(.support, in: TestReading.events("Kenya had no praise left to give.")).isEmpty)
    }

    @Test func aQuotationGivenToAStateIsThatStatesWord() {
        let text = "“We accept the proposal,” the Kremlin said on Monday."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["RUS"])
    }
}
