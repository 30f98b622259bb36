/// A newsletter's sign-up box: a heading ("Newsletter"), a pitch ("Sign up for shop news and new
/// print releases.", "Be the first to hear about author events…"), an address field ("Your
/// email") and a button ("Subscribe"). The pitch is a sentence that speaks of the site, not to
/// the reader, and read alone it passes for prose: on a one-paragraph post it outweighed the post.
/// Its place over the field and the button gives it away.
enum SignupBox {
    /// An address field's label, as `Line.shortKey` has it.
    static let fieldLabels = KeySet([
        "email", "emailaddress", "youremail", "youremailaddress", "enteryouremail", "enteryouremailaddress", "yourbestemail",
        "emailadresse", "ihreemailadresse", "deineemailadresse", "ihreemail", "adresseemail", "votreemail", "votreadresseemail",
        "votreadressemail", "correoelectronico", "tucorreoelectronico", "tuemail", "tucorreo", "seuemail", "seuendereçodeemail",
        "enderecodeemail", "iltuoindirizzoemail", "latuaemail", "indirizzoemail", "jouwemailadres", "uwemailadres", "emailadres",
        "twojemail", "adresemail", "epostaadresiniz", "alamatemail",
    ])

    /// How many lines above an address field its box's heading and pitch take, and how far
    /// below it its button is.
    static let reach = 2
    /// The most words of a pitch: a box says little.
    static let pitchWords = 30

    /// The most words of a pitch known by its place between a promotion's heading and button.
    static let shortPitchWords = 16
    /// The most words of a heading over a pitch, and of a button under it.
    static let headingWords = 8
    static let buttonWords = 4

    /// Marks as calls to action the lines of `lines` that head or pitch a sign-up box: the
    /// `reach` non-blank lines over an address field with a call to action (its button) within
    /// `reach` lines under it, up to a line longer than a pitch; and a short pitch right under a
    /// promotion's heading ("SUBSCRIBE TO OUR NEWSLETTER" / "Get the week's best arts
    /// coverage."), or between a heading and a promotion's button ("Support local journalism" /
    /// "Subscribe to the Courier for unlimited access." / "Subscribe now"), with its heading.
    static func mark(in lines: inout [Line]) {
        markPitchesOverFields(in: &lines)
        for index in lines.indices.dropFirst() where isShortPitch(lines[index]) {
            let above = lines[index - 1]
            let isHeading = !above.isBlank && above.wordCount <= headingWords && !above.isParagraph
            guard isHeading else { continue }
            let below = index + 1 < lines.count ? lines[index + 1] : nil
            if above.isPromotion || (below.map { $0.isPromotion && $0.wordCount <= buttonWords } ?? false) {
                lines[index - 1].markAsCallToAction()
                lines[index].markAsCallToAction()
            }
        }
    }

    /// A sentence short enough to be a box's pitch.
    private static func isShortPitch(_ line: Line) -> Bool {
        line.wordCount >= 3 && line.wordCount <= shortPitchWords && line.endsSentence && !line.isCallToAction
    }

    private static func markPitchesOverFields(in lines: inout [Line]) {
        for field in lines.indices where lines[field].isAddressField {
            let below = lines[(field + 1)...].lazy.filter { !$0.isBlank }.prefix(reach)
            guard below.contains(where: \.isCallToAction) else { continue }
            var above = field - 1, marked = 0
            while above >= 0, marked < reach {
                defer { above -= 1 }
                if lines[above].isBlank { continue }
                guard lines[above].wordCount <= pitchWords else { break }
                lines[above].markAsCallToAction()
                marked += 1
            }
        }
    }
}
