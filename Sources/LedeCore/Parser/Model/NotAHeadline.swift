/// Lines whose form says they are furniture, never a story's headline, whatever else they look
/// like: a date and time alone, a trail of links, a line of code or of a drawn table. Asked
/// only of the few dozen headline candidates of an article.
enum NotAHeadline {
    static func applies(to line: Line) -> Bool {
        line.isTableRow || isTimestamp(line.lower) || isTrail(line.text) || isCode(line.text)
            || neighbourLinks.first(opening: line.lower) != nil
    }

    /// Links to the posts before and after this one: "Next article These Weeks in Firefox: …".
    static let neighbourLinks = Prefixes([
        "next article", "previous article", "next post", "previous post", "next story", "previous story",
        "older post", "newer post", "prev post", "next:", "previous:", "prev:", "up next",
    ])

    /// Nothing but a date or time: "on December 27, 2014 at 12:06 PM, updated …", "3 hours ago",
    /// "sexta-feira, 22 de outubro de 2010 às 20:13". Every word holds a digit or is a month,
    /// a weekday, a clock or a joining word, and one at least holds a digit (a headline has
    /// a word of its own).
    static func isTimestamp(_ lower: String) -> Bool {
        guard !lower.isEmpty else { return false }
        var sawDigit = false
        for word in lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if word.contains(where: \.isNumber) {
                // "12:06", "27th", "2014年12月27日", "10h30": digits with a suffix at most.
                guard word.allSatisfy({ $0.isNumber || dateSuffixes.contains($0) }) || ordinals.contains(word.drop(while: \.isNumber)) else { return false }
                sawDigit = true
            } else if !dateWords.contains(String(word)) {
                return false
            }
        }
        return sawDigit
    }

    /// Letters a number may carry in a date or time: "10h30", "2014年", "5m".
    private static let dateSuffixes: Set<Character> = ["h", "m", "s", "d", "w", "y", "年", "月", "日", "时", "時", "分", "秒", "号", "號", "일", "월", "년", "시", "분"]
    private static let ordinals: Set<Substring> = ["st", "nd", "rd", "th", "er", "e", "º", "ª", "am", "pm", "min", "mins", "hrs", "hr"]

    private static let dateWords: Set<String> = Phrases.monthNames.union([
        // Clock, joins and what a dateline says of itself.
        "on", "at", "of", "the", "am", "pm", "a", "p", "m", "updated", "published", "posted", "modified",
        "last", "and", "de", "del", "às", "as", "le", "à", "el", "um", "den", "der", "il", "op", "om", "en", "h",
        "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "hrs", "hr", "yesterday", "today",
        "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "ist", "aest", "aedt",
        // Weekdays.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira",
        "lunes", "martes", "miércoles", "jueves", "viernes",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        // Months other than English and Portuguese (`Phrases.months` has those).
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
        "enero", "febrero", "marzo", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    ])

    /// A trail of links: "Home > News > World", "首页 >> 教育资讯", "Tournament »". A headline
    /// has no arrow standing between spaces (French quotes, « so », are not arrows).
    static func isTrail(_ text: String) -> Bool {
        let quoted = text.contains("«") || text.contains("‹")
        return text.split(separator: " ").contains { trailArrows.contains($0) && !(quoted && ($0 == "»" || $0 == "›")) }
    }

    private static let trailArrows: Set<Substring> = [">", ">>", "»", "›", "→", "＞"]

    /// Code (`CodeLine`) or a drawn table ("│ zscore │").
    static func isCode(_ text: String) -> Bool {
        CodeLine.matches(text) || text.unicodeScalars.contains { $0.value >= 0x2500 && $0.value <= 0x257F }
    }
}
