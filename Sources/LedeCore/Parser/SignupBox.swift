/// A newsletter's sign-up box: a heading ("Newsletter"), a pitch ("Sign up for shop news and new
/// print releases.", "Be the first to hear about author events…"), an address field ("Your
/// email") and a button ("Subscribe"). The pitch is a sentence that often does not speak to the
/// reader, and read alone it passes for prose: on a one-paragraph post it outweighed the post.
/// Its place between the heading and the field or button gives it away.
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

    /// Marks as calls to action the lines of `lines` that pitch a sign-up box: a line between an
    /// address field with a call to action (its button) within `reach` lines under it and the
    /// box's heading, a call to action or promotion right over it; and a short pitch right
    /// under a promotion's heading ("SUBSCRIBE TO OUR NEWSLETTER" / "Get the week's best arts
    /// coverage."), or between a heading and a promotion's button ("Support local journalism" /
    /// "Subscribe to the Courier for unlimited access." / "Subscribe now"), with its heading,
    /// each line right under the other, the pitch over a blank line or the box's own lines.
    static func mark(in lines: inout [Line]) {
        markPitchesOverFields(in: &lines)
        for index in lines.indices.dropFirst() where isShortPitch(lines[index]) {
            let above = lines[index - 1]
            let isHeading = !above.isBlank && above.wordCount <= headingWords && !above.isParagraph
            guard isHeading else { continue }
            let below = index + 1 < lines.count ? lines[index + 1] : nil
            // (The box ends under its pitch, a blank line or its button or small print: a
            // subheading "How to sign up" has the article's text going on under its sentence.)
            guard below.map({ $0.isBlank || $0.isPromotion || $0.isCallToAction || $0.isLegalNotice }) ?? true else { continue }
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

    /// The pitch and heading over an address field (see `mark`).
    private static func markPitchesOverFields(in lines: inout [Line]) {
        for field in lines.indices where lines[field].isAddressField {
            let below = lines[(field + 1)...].lazy.filter { !$0.isBlank }.prefix(reach)
            guard below.contains(where: \.isCallToAction) else { continue }
            // The box's heading, a call to action ("Newsletter", "Join our mailing list"), right
            // over the field or over its pitch: the lines over a bare field may be the article's.
            var over: [Int] = [], above = field - 1
            while above >= 0, over.count < reach {
                if !lines[above].isBlank { over.append(above) }
                above -= 1
            }
            guard let heading = over.last(where: { lines[$0].isCallToAction || lines[$0].isPromotion }) else { continue }
            for index in over where index >= heading && lines[index].wordCount <= pitchWords { lines[index].markAsCallToAction() }
        }
    }
}
