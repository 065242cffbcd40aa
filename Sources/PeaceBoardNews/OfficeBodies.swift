/// "UN envoy for Libya Stephanie Williams", "AU mediator Thabo Mbeki": the body named just before an
/// office is whom its holder speaks for where so named, and in what "she" says next ("She also welcomed …").
extension PersonFinder {
    static func withBodiesBeforeOffices(_ mentions: [PersonMention], in paragraphs: [TextSpan], organisations: [OrganisationMention]) -> [PersonMention] {
        guard !organisations.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.state == nil, mention.organisation == nil, let office = mention.office,
                let paragraph = paragraphs.first(where: { $0.start <= mention.span.start && mention.span.start < $0.end })
            else { return mention }
            // The office written just before the name, and a space before the office.
            let officeStart = mention.span.start - office.utf16.count - 1
            guard officeStart > paragraph.start,
                paragraph.text.utf16Slice(from: officeStart - 1 - paragraph.start, to: mention.span.start - paragraph.start) == " " + office + " ",
                let body = organisations.last(where: { $0.span.end == officeStart - 1 })
            else { return mention }
            var resolved = mention
            resolved.organisation = body.name
            return resolved
        }
    }
}
