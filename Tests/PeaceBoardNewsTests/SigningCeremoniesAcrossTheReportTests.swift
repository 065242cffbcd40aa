import Testing
@testable import PeaceBoardNews

/// A signing ceremony, told anywhere in a report or by a witness who signed, is where its signers met,
/// with whoever presided over it (the sentences here are the house's own).
@Suite struct SigningCeremoniesAcrossTheReportTests {
    @Test func signersMeetAtACeremonyToldBeforeTheSigning() {
        let text = """
            Kenyan President Amara Diallo greets guests during the peace accord signing ceremony in Arusha on Friday.
            Diallo and Ugandan President Tomas Okello signed the accord, which ends a decade of border clashes.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func signersBesideOneWhoSignedAsAWitnessMet() {
        let text = "Kenya and Uganda signed the accord, alongside Tanzanian President Joseph Mwangi, who signed as a witness."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA", "TZA"])
    }

    @Test func whoACeremonyWasPresidedOverOrOverseenByWasThere() {
        let presided = "Kenya and Uganda signed the accord at a nationally televised ceremony presided over by Tanzanian President Joseph Mwangi."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(presided))) == ["KEN", "UGA", "TZA"])
        let overseen = "The signing ceremony was overseen by Tanzanian President Joseph Mwangi."
        #expect(TestReading.actors(.meet, in: TestReading.events(overseen)) == ["TZA"])
        // What else is overseen is no meeting.
        #expect(TestReading.actors(.meet, in: TestReading.events("The army's withdrawal was overseen by Tanzania.")).isEmpty)
    }

    @Test func aCeremonyToComeOrNoneMeansNoMeeting() {
        let planned = """
            The signing ceremony is scheduled for next week in Arusha.
            Kenyan President Amara Diallo and Ugandan President Tomas Okello signed the accord on Friday.
            """
        #expect(TestReading.actors(.meet, in: TestReading.events(planned)).isEmpty)
        let none = "Kenyan President Amara Diallo and Ugandan President Tomas Okello signed the accord on Friday."
        #expect(TestReading.actors(.meet, in: TestReading.events(none)).isEmpty)
    }
}
