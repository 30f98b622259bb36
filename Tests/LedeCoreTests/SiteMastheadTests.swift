@testable import LedeCore
import Testing

/// The site's name atop the page is no headline when the footer's sentence names it as the publisher.
@Suite struct SiteMastheadTests {
    @Test func theMastheadTheFooterNamesIsNoHeadline() {
        let body = ["La Audiencia Provincial de Málaga juzga desde este martes al exalcalde por la adjudicación de un contrato de limpieza.",
                    "La Fiscalía pide nueve años de inhabilitación. La defensa sostiene que el contrato siguió todos los trámites legales."]
        let text = (["La Voz de Málaga", "Portada", "Málaga", "Sucesos", "Comienza el juicio contra el exalcalde de Benalmádena", "Efe",
                     "Málaga, 10 mar 2026"] + body + ["Comentarios", "Sé el primero en comentar", "Lo más leído",
                     "La Voz de Málaga es una publicación de Ediciones Costa del Sol. Queda prohibida la reproducción total o parcial."])
            .joined(separator: "\n")
        let lines = PageParser.split(text)
        #expect(SiteMasthead.line(in: lines, below: 8) == 0)
        #expect(SiteMasthead.line(in: Array(lines.prefix(12)), below: 8) == nil)
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.headline == "Comienza el juicio contra el exalcalde de Benalmádena")
    }

    /// Under a cookie banner and sign-in links, the site's name that the copyright line names:
    /// the masthead, though the body names the city it is named for.
    @Test func theMastheadTheCopyrightLineNamesIsNoHeadline() {
        let body = ["A 16-inch water main ruptured shortly before 6 a.m. Tuesday beneath Fulton Avenue in Harbor City, flooding the road.",
                    "Harbor City Water Department crews shut off the line by 7:30 a.m., and about 140 homes were without water for hours."]
        let top = ["We value your privacy", "We and our partners use cookies to store and access information on your device.",
                   "Accept all", "Reject all", "Subscribe for $1", "Sign in", "The Harbor City Ledger", "Tuesday, March 12, 2024", "News", "Local"]
        let text = (top + ["Water main break closes stretch of Fulton Avenue during morning commute", "Dana Whitcombe",
                           "Published March 12, 2024 at 9:41 a.m.", ""] + body.flatMap { [$0, ""] }
                    + ["Most Read", "Contact us", "© 2024 The Harbor City Ledger. All rights reserved."]).joined(separator: "\n")
        let lines = PageParser.split(text)
        #expect(SiteMasthead.line(in: lines, below: 17) == 6)
        // No copyright line under the article: no masthead.
        #expect(SiteMasthead.line(in: Array(lines.dropLast()), below: 17) == nil)
        // A copyright line that names the line further on, not as its holder, names no masthead.
        let excerpt = Array(lines.dropLast()) + PageParser.split("Excerpted from The Harbor City Ledger: A History. Copyright © 2024 Tidewater Press.")
        #expect(SiteMasthead.line(in: excerpt, below: 17) == nil)
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.headline == "Water main break closes stretch of Fulton Avenue during morning commute")
    }

    static let clubBody = [
        "After years of planning and saving, the two new pitches at the Veldkamp sports park were opened on Saturday by the mayor and the oldest member of Harbour Swallows FC.",
        "The old grass pitches were often under water in winter, so that youth teams could not train for weeks on end, the Harbour Swallows chairman said.",
    ]

    /// A club's site: its name atop the page and again over its address in the footer. The
    /// body names the club (its words made the name look the headline), but the name is no headline.
    @Test func theMastheadTheFooterAddressRepeatsIsNoHeadline() throws {
        let menu = ["Home", "Club", "Teams", "Fixtures", "Results", "Tables", "Training", "Volunteers", "Sponsors", "Canteen", "Contact", "News"]
        let text = (["Harbour Swallows FC"] + menu + ["Posted on 26 August 2024 by the editors", "New pitches officially opened at last"]
                    + Self.clubBody + ["Share this post", "Our sponsors", "Bakery Stahl", "Harbour Swallows FC", "Veldkamp Sports Park",
                                       "12 Veldkamp Road", "Privacy"]).joined(separator: "\n")
        let lines = PageParser.split(text)
        #expect(SiteMasthead.line(in: lines, below: 16, start: 15) == 0)
        // Without the article's first line, no address block is asked.
        #expect(SiteMasthead.line(in: lines, below: 16) == nil)
        let story = try #require(PageParser().parse(text, path: "p.txt").stories.first)
        #expect(story.headline == "New pitches officially opened at last")
    }

    /// A page that opens with its headline, which a most-read box in the footer repeats: the
    /// headline still.
    @Test func aHeadlineAtopThePageThatTheFooterRepeatsIsTheHeadline() throws {
        let text = (["New pitches opened at last", "By Ann Lee"] + Self.clubBody
                    + ["Most read", "New pitches opened at last", "Canteen reopens after works"]).joined(separator: "\n")
        let lines = PageParser.split(text)
        #expect(SiteMasthead.line(in: lines, below: 3, start: 2) == nil)
        let story = try #require(PageParser().parse(text, path: "p.txt").stories.first)
        #expect(story.headline == "New pitches opened at last")
        // Far above the article, under its byline and a share bar, and the box ranking it: the headline still.
        let shared = (["New pitches opened at last", "The Valley Echo", "News", "By Ann Lee", "Local Democracy Reporter", "7 November 2024",
                       "Share", "Facebook", "X", "WhatsApp", "Email", "Copy link", "Listen to this article", "3 min read"] + Self.clubBody
                      + ["Most read", "1", "New pitches opened at last", "2", "Canteen reopens after works"]).joined(separator: "\n")
        let sharedLines = PageParser.split(shared)
        #expect(SiteMasthead.line(in: sharedLines, below: 15, start: 14) == nil)
        #expect(PageParser().parse(shared, path: "p.txt").stories.first?.headline == "New pitches opened at last")
    }
}
