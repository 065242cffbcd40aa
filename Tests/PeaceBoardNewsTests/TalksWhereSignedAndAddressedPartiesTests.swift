import Testing
@testable import PeaceBoardNews

/// Talks held where a deal was signed, a ceremony told of after its signing, whom a speaker
/// addresses, and a body's official named by the body (the sentences here are the house's own).
@Suite struct TalksWhereSignedAndAddressedPartiesTests {
    @Test func whoAgreedWhereTalksWereHeldMet() {
        let text = """
            The deal was reached between the Kenyan government and the M23, and signed in Tanzania's capital, Dodoma, \
            where talks have been held since late last year.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text).filter { !$0.hedged })) == ["KEN", "M23"])
    }

    @Test func theCeremonyToldOfAfterTheSigningIsWhereTheSignersMet() {
        let text = """
            Kenyan President Amara Diallo and M23 leader Tomas Okello signed the deal in Dodoma. The ceremony was attended \
            by Presidents Joseph Mwangi of Tanzania and Grace Achieng of Rwanda.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "M23", "TZA", "RWA"])
    }

    @Test func whomASpeakerAddressesIsNotTheSpeaker() {
        let text = "Amara Diallo made the announcement in Arusha. “You have reached an agreement on the port,” Diallo said."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)).isEmpty)
        // “We have reached an agreement” is the speaker's own.
        let own = "Kenyan President Amara Diallo spoke in Arusha. “We have reached an agreement on the port,” Diallo said."
        #expect(TestReading.actors(.accept, in: TestReading.events(own)) == ["KEN"])
    }

    @Test func aBodysOfficialNamedByTheBodySpeaks() {
        let text = "UN Secretary-General Amara Diallo spoke in Geneva. The UN chief said that \"mutual understanding\" had been reached."
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Amara Diallo"])
    }
}
