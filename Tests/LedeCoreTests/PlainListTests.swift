@testable import LedeCore
import Testing

/// A list of plain short lines between an article's text (a checklist under its headings, a
/// review's specifications) is the article's; a comment's header lines under a short article,
/// or lines over a legal notice, are not such a list.
@Suite struct PlainListTests {
    let introduction = "You do not need much for a few hours on a marked trail. But a handful of items make the difference between a nice day and a bad one."
    let checklist = ["The essentials", "Water, at least two liters", "Salty snacks", "Rain jacket", "Phone with offline map", "",
                     "Nice to have", "Trekking poles", "Extra socks", "Headlamp"]
    let closing = "Tell someone where you are going and when you expect to be back. That one habit matters more than any piece of gear."

    /// Before, the article ended at its introduction: each item read as a menu's entry, and the
    /// list and the closing paragraph under it were left out.
    @Test func aChecklistAndTheTextUnderItAreTheArticles() {
        let page = (["Home", "Hiking", "Camping", "Gear", "", "What to pack for your first day hike", "By Josie Haverford", "June 2, 2024", "",
                     introduction, ""] + checklist + ["", closing, "", "Advertisement", "", "Related",
                     "Ten easy hikes near the city", "Trail etiquette for beginners", "", "© 2024 Trailhead Journal"])
            .joined(separator: "\n")
        let story = PageParser().parse(page, path: "hike.txt").stories.first
        #expect(story?.headline == "What to pack for your first day hike")
        #expect(story?.paragraphs == [introduction] + checklist.filter { !$0.isEmpty } + [closing])
    }

    /// The items and the text under them are raised; a list with text above but no text under
    /// it, or only a legal notice under it, a menu and a tag list, are left as the model read them.
    @Test func onlyAListBetweenTextIsRaised() {
        // (The page's footer under the lines asked about: a list in a page's last fifth is its footer's.)
        let footer = ["", "Related", "Ten easy hikes near the city", "Trail etiquette for beginners", "", "About us", "Contact", "Careers", "© 2024 Trailhead Journal"]
        let lifted = { (page: [String]) -> [Double] in
            let lines = PageParser.split((page + footer).joined(separator: "\n"))
            return Array(PlainLists.lifted(lines.map { $0.isBlank ? -.infinity : ($0.isParagraph ? 2 : -3) }, lines: lines).prefix(page.count))
        }
        let items = Array(checklist.prefix(5))
        #expect(lifted([introduction] + items + [closing]) == [2, 0.5, 0.5, 0.5, 0.5, 0.5, 2])
        // An ad slot's label set into the list is passed over, and stays as the model read it.
        #expect(lifted([introduction] + items.prefix(3) + ["Advertisement"] + items.dropFirst(3) + [closing]) == [2, 0.5, 0.5, 0.5, -3, 0.5, 0.5, 2])
        // Text under the list that is a comment, its "Reply" under it, is no text of the article's.
        #expect(lifted([introduction] + items + [closing, "Reply"]) == [2, -3, -3, -3, -3, -3, 2, -3])
        #expect(lifted([introduction] + items) == [2, -3, -3, -3, -3, -3])
        let notice = "We use cookies and similar technologies to remember your settings and to show you relevant ads on this site."
        #expect(lifted([introduction] + items + [notice]) == [2, -3, -3, -3, -3, -3, 2])
        // A menu, its entries capitalised as menus write them, between an article and a teaser.
        let menu = ["Top Picks", "Insect Sting Allergies", "Housecleaning Tips for Indoor Allergies", "The Truth About Mucus", "Allergies Home"]
        #expect(lifted([introduction] + menu + [closing]) == [2, -3, -3, -3, -3, -3, 2])
        // The same at the page's very end: a footer's menu over the publisher's line.
        let end = PageParser.split(([introduction] + items + [closing]).joined(separator: "\n"))
        let logits = end.map { $0.isParagraph ? 2.0 : -3.0 }
        #expect(PlainLists.lifted(logits, lines: end) == logits)
        // A download box's names, most of them a capitalised word alone.
        let platforms = ["Download Firefox — English (US)", "Windows", "OS X", "Linux", "Linux 64-bit", "Android"]
        #expect(lifted([introduction] + platforms + [closing]) == [2, -3, -3, -3, -3, -3, -3, 2])
        // A German review's specifications, each a label and its value, every noun capitalised:
        // no menu's entries (QA: the verdict under "Pro" and "Contra" was left out).
        let specifications = ["Technische Daten", "Saugleistung: 8.000 Pa", "Navigation: LiDAR, 3D-Hinderniserkennung", "Staubbeutel Station: 3 Liter",
                              "Frischwassertank: 4 Liter", "Pro", "präzise Kartierung", "Contra", "Probleme auf Hochflor"]
        #expect(lifted([introduction] + specifications + [closing]) == [2] + Array(repeating: 0.5, count: 9) + [2])
        // A header's stack under a standfirst the model reads as text, the page set with no blank
        // line (a writer's name, address, time, share button and paywall label): no list (QA).
        let header = ["Anders Holm Pedersen", "ahp@sydfynsdagblad.dk", "I dag kl. 14.05", "Del", "Kun for abonnenter"]
        #expect(lifted([introduction] + header + [closing]) == [2, -3, -3, -3, -3, -3, 2])
        // A tag list's single words.
        let tags = ["energy", "prices", "winter", "households", "grid"]
        #expect(lifted([introduction] + tags + [closing]) == [2, -3, -3, -3, -3, -3, 2])
    }

    /// A short article's one paragraph, then the thread's heading and its order each set apart,
    /// and a comment's header (a name and a place): no three of those lines stand together as
    /// a list's items do.
    @Test func linesSetApartAreNoList() {
        let comment = "I walked that trail last spring and the water advice is right, take more than you think you need."
        let lines = PageParser.split([introduction, "", "Discussion", "", "Newest first", "", "Harbour Reader", "Keel Town", "", comment]
            .joined(separator: "\n"))
        let logits = lines.map { $0.isBlank ? -Double.infinity : ($0.isParagraph ? 2 : -3) }
        #expect(PlainLists.lifted(logits, lines: lines) == logits)
    }
}
