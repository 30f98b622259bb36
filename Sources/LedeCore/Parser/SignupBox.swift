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

    /// Marks as calls to action the lines of `lines` that head or pitch a sign-up box: the
    /// `reach` non-blank lines over an address field with a call to action (its button) within
    /// `reach` lines under it, up to a line longer than a pitch.
    static func mark(in lines: inout [Line]) {
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
