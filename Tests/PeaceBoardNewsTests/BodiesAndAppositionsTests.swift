import Testing

@testable import PeaceBoardNews

/// Bodies and people as news introduces the ones its readers may not know: initials in
/// brackets, appositions led by an office, capitals written without accents.
@Suite struct BodiesAndAppositionsTests {
    @Test func aBodyDefinedByItsInitialsIsFoundAndSoAreItsInitialsLater() {
        let reading = NewsReader.read("""
            Talks
            The Union for Peace in the Central African Republic (UPC) and the Return, Reclamation and Rehabilitation (3R) group agreed to disarm.
            The UPC said it would respect the commitment.
            """)
        let names = reading.organisations.map(\.name)
        #expect(names == ["Union for Peace in the Central African Republic", "Return, Reclamation and Rehabilitation", "Union for Peace in the Central African Republic"])
        // The state inside the body's name is no actor of its own.
        #expect(reading.states.isEmpty)
        let agreed = reading.events.first { $0.kind == .accept }
        #expect(agreed?.actors.map(\.name) == ["Union for Peace in the Central African Republic", "Return, Reclamation and Rehabilitation"])
    }

    @Test(arguments: [
        "The Democratic Forces for the Liberation of Rwanda (FDLR) rejected the plan.",
        "Fighters of the Democratic Forces for the Liberation of Rwanda (FDLR) rejected the plan.",
    ])
    func initialsInAnotherOrderStillDefineTheBody(sentence: String) {
        let reading = NewsReader.read("Talks\n" + sentence)
        #expect(reading.organisations.map(\.name) == ["Democratic Forces for the Liberation of Rwanda"])
    }

    @Test func bracketsThatAreNoInitialsOfTheNameDefineNothing() {
        let reading = NewsReader.read("Talks\nThe Foreign Ministry (MFA) said talks would resume. Russia (RUS) agreed.")
        #expect(reading.organisations.isEmpty)
    }

    @Test func anAppositionLedByAnOfficeGivesThePersonAndTheBody() {
        let reading = NewsReader.read("""
            Talks
            Omer Celik, spokesman for the ruling AK Party, said the process would take months.
            Separatist leader Cho Ayaba, head of the Ambazonia Governing Council, said his movement had accepted the initiative and called on the international community to press Yaounde.
            """)
        #expect(reading.people.map(\.name) == ["Omer Celik", "Cho Ayaba"])
        #expect(reading.people.first?.office == "spokesman for the ruling AK Party")
        let accepted = reading.events.first { $0.kind == .accept }
        #expect(accepted?.actors.map(\.name) == ["Ambazonia Governing Council"])
        #expect(reading.events.first { $0.kind == .demand }?.actors.map(\.name) == ["Ambazonia Governing Council"])
    }

    @Test func aListOfNamesIsNoAppositionToAnOffice() {
        let reading = NewsReader.read("Talks\nThe summit drew Keir Starmer, President Emmanuel Macron and others.")
        #expect(reading.people.map(\.name) == ["Keir Starmer", "Emmanuel Macron"])
        #expect(reading.people.first?.office == nil)
    }

    @Test func participlesJoinedToNamesAndPlacesAreNoPeople() {
        let reading = NewsReader.read("""
            Talks
            Syria's Kurdish-led SDF said the move did not apply to its forces.
            Troops are stationed at the Second Thomas Shoal, the Department of Foreign Affairs said on Sunday.
            """)
        #expect(reading.people.isEmpty)
    }

    @Test func aCapitalWrittenWithoutItsAccentsIsStillTheState() {
        let reading = NewsReader.read("Talks\nCanada said Yaounde and the separatists had agreed to talks. Officials in Bogota welcomed it.")
        #expect(reading.states.map(\.state) == ["CAN", "CMR", "COL"])
        #expect(reading.events.first { $0.kind == .accept }?.actors.compactMap(\.state) == ["CMR"])
    }

    @Test func breakawayAuthoritiesAreBodiesAndThePopeSpeaksForTheHolySee() {
        let reading = NewsReader.read("""
            Talks
            Moldova rejected a demand by the breakaway region of Transnistria to join the talks.
            Pope Leo XIV offered on Wednesday to host negotiations, telling diplomats that the Holy See was "ready to help bring enemies together".
            """)
        #expect(reading.organisations.map(\.name) == ["Transnistria"])
        #expect(reading.events.first { $0.kind == .demand }?.actors.map(\.name) == ["Transnistria"])
        #expect(reading.events.first { $0.kind == .offerToHost }?.actors.compactMap(\.state) == ["VAT"])
        #expect(reading.quotes.first?.speaker == "Leo XIV")
    }
}
