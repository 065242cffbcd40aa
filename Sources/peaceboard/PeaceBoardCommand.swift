import ArgumentParser

@main
struct PeaceBoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peaceboard",
        abstract: "The operations and record system of the Board of Peace.",
        subcommands: [
            Serve.self, Standing.self, TokenCommand.self, Verify.self, Export.self, Import.self, Demo.self, Record.self, Read.self,
            Dossiers.self, DossierCommand.self, Timeline.self, Changes.self, Positions.self, Show.self, Evaluate.self, Ingest.self,
        ])
}
